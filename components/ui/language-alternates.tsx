import { requestOrigin } from "@/lib/http/origin";
import { pageInEveryLocale } from "@/lib/i18n/page-path";
import { routing } from "@/lib/i18n/routing";

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
