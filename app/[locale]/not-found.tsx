import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("ui");
  return (
    <>
      <h1 className="text-3xl">{t("notFoundTitle")}</h1>
      <p className="mt-4">
        {t("notFoundText")} <Link href="/">{t("backHome")}</Link>.
      </p>
    </>
  );
}
