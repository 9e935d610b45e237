import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader() {
  const [t, locale] = await Promise.all([getTranslations("ui"), getLocale()]);
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="text-xl font-semibold text-ink no-underline hover:text-brand-dark">
          {t("siteName")}
        </Link>
        <div className="flex flex-wrap items-center gap-6">
          <nav aria-label={t("mainNav")}>
            <ul className="flex flex-wrap gap-6">
              <li>
                <Link href="/hankkeet">{t("navSearch")}</Link>
              </li>
              <li>
                <Link href="/tilastot">{t("navStats")}</Link>
              </li>
              <li>
                <a href="/api/openapi.json">{t("navApi")}</a>
              </li>
            </ul>
          </nav>
          <LanguageSwitch
            current={locale as Locale}
            names={{ fi: t("languages.fi"), sv: t("languages.sv"), en: t("languages.en") }}
            label={t("languageNav")}
          />
        </div>
      </div>
    </header>
  );
}
