/**
 * The interface languages and the URL helpers that need nothing else: safe to import from client
 * components (the language switch) without pulling next-intl's runtime into the browser bundle.
 * lib/i18n/routing.ts builds next-intl's routing from these.
 */
export const LOCALES = ["fi", "sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fi";

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/** `value` when it names one of the languages, else Finnish (a URL segment, a query parameter). */
export const localeOrDefault = (value: string | null | undefined): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);

/** The BCP 47 tags the portal formats with: Swedish and English as read in Finland. */
export const FORMAT_LOCALE: Record<Locale, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-FI" };

/** A local path and query without its language prefix (`/sv/hankkeet?q=x` → `/hankkeet?q=x`). */
export function withoutLocalePrefix(path: string): string {
  const url = new URL(path, "http://localhost");
  const [, first, ...rest] = url.pathname.split("/");
  const prefixed = isLocale(first);
  // One leading slash only: `/sv//host` must not become the protocol-relative `//host`.
  const pathname = `/${(prefixed ? rest.join("/") : url.pathname).replace(/^\/+/, "")}`;
  return `${pathname}${url.search}`;
}

/** `path` (Finnish, unprefixed, e.g. `/hankkeet?q=x`) as a link in `locale`. */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}
