/**
 * Finnish formats for what users read: `40 752 €`, `1.9.2019`, `1 365 804`. Intl gives the
 * non-breaking spaces Finnish typography uses between thousands and before the euro sign.
 */
import { FORMAT_LOCALE, type Locale } from "./i18n/routing";

const euros = new Intl.NumberFormat("fi-FI", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const integer = new Intl.NumberFormat("fi-FI", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("fi-FI", { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat("fi-FI", { style: "percent", maximumFractionDigits: 0 });
// Dates are calendar dates stored at UTC midnight: format them in UTC so no zone shifts the day.
const date = new Intl.DateTimeFormat("fi-FI", { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" });

// Short money is a word in each language (milj. €, mn €, M): it follows the interface language.
const compactEuros = Object.fromEntries(
  (["fi", "sv", "en"] as const).map((locale) => [
    locale,
    new Intl.NumberFormat(FORMAT_LOCALE[locale], {
      notation: "compact",
      style: "currency",
      currency: "EUR",
      maximumFractionDigits: 1,
    }),
  ]),
) as Record<Locale, Intl.NumberFormat>;

export const formatEur = (value: number | null | undefined): string => (value == null ? "–" : euros.format(value));
/**
 * Short money for captions and chart labels: `40 752 €` stays whole, `1 400 000` becomes
 * `1,4 milj. €` (Swedish `1,4 mn €`, English `€1.4M`).
 */
export const formatEurShort = (value: number | null | undefined, locale: Locale = "fi"): string =>
  value == null ? "–" : Math.abs(value) < 1_000_000 ? euros.format(value) : compactEuros[locale].format(value);
export const formatInteger = (value: number | null | undefined): string =>
  value == null ? "–" : integer.format(value);
export const formatDecimal = (value: number | null | undefined): string =>
  value == null ? "–" : decimal.format(value);
export const formatPercent = (value: number | null | undefined): string =>
  value == null ? "–" : percent.format(value);
export const formatDate = (value: Date | null | undefined): string => (value ? date.format(value) : "–");
// Moments (edits, sign-ins) are shown in Finnish time, whatever the server's zone.
const dateTime = new Intl.DateTimeFormat("fi-FI", {
  timeZone: "Europe/Helsinki",
  dateStyle: "short",
  timeStyle: "short",
});
export const formatDateTime = (value: Date | string): string =>
  dateTime.format(typeof value === "string" ? new Date(value) : value);
export const isoDate = (value: Date | null | undefined): string | null =>
  value ? value.toISOString().slice(0, 10) : null;

/** Running when today is within the period; ended after it; null when the dates do not say. */
export function projectStatus(
  start: Date | null,
  end: Date | null,
  today = new Date(),
): "running" | "ended" | "upcoming" | null {
  if (end && end < today) return "ended";
  if (start && start > today) return "upcoming";
  if (start && (!end || end >= today)) return "running";
  return null;
}
