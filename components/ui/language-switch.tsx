"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { LOCALES, type Locale, localePath, withoutLocalePrefix } from "@/lib/i18n/locales";

/**
 * The same page and query in the other languages, each named in its own language. A client part
 * because the header stays mounted while links inside the page navigate: it follows the URL.
 */
export function LanguageSwitch({
  current,
  names,
  label,
}: {
  current: Locale;
  names: Record<Locale, string>;
  label: string;
}) {
  const query = useSearchParams().toString();
  const page = withoutLocalePrefix(`${usePathname()}${query ? `?${query}` : ""}`);
  return (
    <nav aria-label={label}>
      <ul className="flex gap-4">
        {LOCALES.filter((locale) => locale !== current).map((locale) => (
          <li key={locale}>
            <a href={localePath(locale, page)} hrefLang={locale} lang={locale}>
              {names[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
