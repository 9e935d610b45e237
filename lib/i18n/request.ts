import { getRequestConfig } from "next-intl/server";
import { localeOrDefault } from "./routing";

/** Each request's language (from the URL, via the proxy) and its message catalogue. */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = localeOrDefault(requested);
  return { locale, messages: (await import(`../../messages/${locale}.json`)).default };
});
