import type messages from "../../messages/fi.json";
import type { routing } from "./routing";

/** next-intl's types: a key missing from the Finnish catalogue, or a wrong locale, fails `tsc`. */
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
