import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { type Locale, localePath } from "./routing";

/**
 * Redirects to `path` (Finnish, unprefixed) in the language of the current request, so that an
 * admin action or a sign-in started on `/sv/…` lands on `/sv/…` again.
 */
export async function redirectInLocale(path: string): Promise<never> {
  redirect(localePath((await getLocale()) as Locale, path));
}
