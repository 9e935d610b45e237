import { headers } from "next/headers";
import { type Locale, localePath, routing, withoutLocalePrefix } from "./routing";

/** Set by the proxy on every page request: the path and query as the visitor asked for them. */
export const PAGE_PATH_HEADER = "x-page-path";

/** The current page in the default language's form (`/sv/hankkeet?q=x` → `/hankkeet?q=x`). */
export async function pagePath(): Promise<string> {
  return withoutLocalePrefix((await headers()).get(PAGE_PATH_HEADER) ?? "/");
}

/** The current page in every language, for the hreflang alternates. */
export async function pageInEveryLocale(): Promise<Array<{ locale: Locale; href: string }>> {
  const path = await pagePath();
  return routing.locales.map((locale) => ({ locale, href: localePath(locale, path) }));
}
