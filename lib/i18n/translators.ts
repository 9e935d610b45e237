/**
 * Translators for code outside React's request scope (chart builders, CSV routes, tests): the
 * same catalogues and ICU formatting as the pages' next-intl, for a locale named explicitly.
 */
import { createTranslator } from "next-intl";
import en from "../../messages/en.json";
import fi from "../../messages/fi.json";
import sv from "../../messages/sv.json";
import { type AdminTranslator, makeAdminTranslator } from "./admin-translator";
import type { Locale } from "./routing";

export const CATALOGUES = { fi, sv, en } satisfies Record<Locale, typeof fi>;

export const statsTranslator = (locale: Locale = "fi") =>
  createTranslator({ locale, messages: CATALOGUES[locale], namespace: "stats" });
export type StatsTranslator = ReturnType<typeof statsTranslator>;

export const statsFiltersTranslator = (locale: Locale = "fi") =>
  createTranslator({ locale, messages: CATALOGUES[locale], namespace: "stats.filters" });
export type StatsFiltersTranslator = ReturnType<typeof statsFiltersTranslator>;

export const feedTranslator = (locale: Locale = "fi") =>
  createTranslator({ locale, messages: CATALOGUES[locale], namespace: "feed" });
export type FeedTranslator = ReturnType<typeof feedTranslator>;

/** The admin area's texts: form labels, validation messages, quality reasons (lib/admin, lib/auth). */
export type { AdminTranslator } from "./admin-translator";

const adminTranslators = new Map<Locale, AdminTranslator>();
export function adminTranslator(locale: Locale = "fi"): AdminTranslator {
  let found = adminTranslators.get(locale);
  if (!found) adminTranslators.set(locale, (found = makeAdminTranslator(locale, CATALOGUES[locale].admin)));
  return found;
}
