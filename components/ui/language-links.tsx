import { getTranslations } from "next-intl/server";
import { requestOrigin } from "@/lib/http/origin";
import { pageInEveryLocale } from "@/lib/i18n/page-path";
import { type Locale, routing } from "@/lib/i18n/routing";

/** In <head>: this page in each language, as absolute URLs, for search engines and browsers (hreflang). */
export async function LanguageAlternates() {
  const [pages, origin] = await Promise.all([pageInEveryLocale(), requestOrigin()]);
  const finnish = pages.find((p) => p.locale === routing.defaultLocale)!;
  return (
    <>
      {pages.map(({ locale, href }) => (
        <link key={locale} rel="alternate" hrefLang={locale} href={origin + href} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={origin + finnish.href} />
    </>
  );
}

/** In the header: the same page in the other languages, each named in its own language. */
export async function LanguageSwitch({ current }: { current: Locale }) {
  const [pages, t] = await Promise.all([pageInEveryLocale(), getTranslations("ui")]);
  return (
    <nav aria-label={t("languageNav")}>
      <ul className="flex gap-4">
        {pages
          .filter((p) => p.locale !== current)
          .map(({ locale, href }) => (
            <li key={locale}>
              <a href={href} hrefLang={locale} lang={locale}>
                {t(`languages.${locale}`)}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}
