import type { Locale } from "../i18n/routing";
import { REGIONS } from "./regions";

const SWEDISH = new Map(REGIONS.map((r) => [r.name, r.nameSv]));

/**
 * A region's name in the interface: Swedish pages use the official Swedish name (Birkaland for
 * Pirkanmaa); Finnish and English ones the Finnish name, as English texts in Finland do.
 */
export function regionName(finnish: string, locale: Locale): string {
  return locale === "sv" ? (SWEDISH.get(finnish) ?? finnish) : finnish;
}

/** A tile-sized name: `Norra Österbotten` → `N-Österbotten`, `Etelä-Pohjanmaa` → `E-Pohjanmaa`. */
export function shortRegionName(name: string): string {
  const parts = name.split(/[\s-]+/);
  return name.length <= 11 || parts.length < 2 ? name : `${parts[0]!.charAt(0)}-${parts.at(-1)}`;
}
