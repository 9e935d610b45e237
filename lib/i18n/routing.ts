import { hasLocale } from "next-intl";
import { defineRouting } from "next-intl/routing";

/**
 * The interface languages and how URLs carry them: Finnish at `/…`, Swedish at `/sv/…`, English at
 * `/en/…`. The language is the URL's, never a cookie's or the browser's guess, so that a cached
 * page and a shared link always show the language they name.
 */
export const routing = defineRouting({
  locales: ["fi", "sv", "en"],
  defaultLocale: "fi",
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

/** `value` when it names one of the languages, else Finnish (a URL segment, a query parameter). */
export const localeOrDefault = (value: string | null | undefined): Locale =>
  hasLocale(routing.locales, value) ? value : routing.defaultLocale;

/** The BCP 47 tags the portal formats with: Swedish and English as read in Finland. */
export const FORMAT_LOCALE: Record<Locale, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-FI" };

/** A local path and query without its language prefix (`/sv/hankkeet?q=x` → `/hankkeet?q=x`). */
export function withoutLocalePrefix(path: string): string {
  const url = new URL(path, "http://localhost");
  const [, first, ...rest] = url.pathname.split("/");
  const prefixed = (routing.locales as readonly string[]).includes(first ?? "");
  // One leading slash only: `/sv//host` must not become the protocol-relative `//host`.
  const pathname = `/${(prefixed ? rest.join("/") : url.pathname).replace(/^\/+/, "")}`;
  return `${pathname}${url.search}`;
}

/** `path` (Finnish, unprefixed, e.g. `/hankkeet?q=x`) as a link in `locale`. */
export function localePath(locale: Locale, path: string): string {
  if (locale === routing.defaultLocale) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}
