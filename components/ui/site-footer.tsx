import { getDictionary } from "@/lib/i18n/locale";

export async function SiteFooter() {
  const t = await getDictionary();
  return (
    <footer className="border-t border-line bg-surface">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
        <p>{t.footer}</p>
      </div>
    </footer>
  );
}
