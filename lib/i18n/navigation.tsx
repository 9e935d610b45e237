import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { type Locale, localePath } from "./routing";

/**
 * A link within the page's language (`/hankkeet` is `/sv/hankkeet` on a Swedish page), resolved
 * on the server: public pages then need no translation runtime in the browser (next-intl's own
 * `Link` reads the locale from a client-side provider).
 */
export async function Link({ href, ...rest }: Omit<ComponentProps<typeof NextLink>, "href"> & { href: string }) {
  const locale = (await getLocale()) as Locale;
  return <NextLink href={localePath(locale, href)} {...rest} />;
}
