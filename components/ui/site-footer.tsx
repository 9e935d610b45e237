import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("ui");
  return (
    <footer className="border-t border-line bg-surface">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
        <p>{t("footer")}</p>
      </div>
    </footer>
  );
}
