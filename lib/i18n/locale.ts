import { cookies } from "next/headers";
import { DICTIONARIES, type Dictionary, LOCALE_COOKIE, type Locale } from "./dictionary";

/** The visitor's interface language: Finnish unless they switched to English. */
export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return value === "en" ? "en" : "fi";
}

export async function getDictionary(): Promise<Dictionary> {
  return DICTIONARIES[await getLocale()];
}
