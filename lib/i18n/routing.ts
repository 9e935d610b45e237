import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "./locales";

export {
  FORMAT_LOCALE,
  type Locale,
  localeOrDefault,
  localePath,
  withoutLocalePrefix,
} from "./locales";

/**
 * The interface languages and how URLs carry them: Finnish at `/…`, Swedish at `/sv/…`, English at
 * `/en/…`. The language is the URL's, never a cookie's or the browser's guess, so that a cached
 * page and a shared link always show the language they name.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
});
