/**
 * The admin area's translator, made from its `admin` messages alone and without importing any
 * catalogue: the browser makes it from what the admin layout gave it (`useMessages().admin`), the
 * server from the catalogue (`adminTranslator` in translators.ts). Same texts, same type.
 */
import { createTranslator } from "next-intl";
import type fi from "../../messages/fi.json";
import type { Locale } from "./routing";

export type AdminMessages = (typeof fi)["admin"];

export const makeAdminTranslator = (locale: Locale, admin: AdminMessages) =>
  createTranslator({ locale, messages: { admin }, namespace: "admin" });
export type AdminTranslator = ReturnType<typeof makeAdminTranslator>;
