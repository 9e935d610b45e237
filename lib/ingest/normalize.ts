/**
 * Normalisation shared by every parser: the sources are copied from web pages and carry
 * non-breaking spaces, decomposed umlauts, `(at)` e-mails and money with spaces as separators.
 */

const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g; // zero-width characters and soft hyphens
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;

/**
 * NFC, one kind of space, `\n` line ends, no trailing blanks. Never adds or removes lines, so line
 * numbers stay those of the source (provenance depends on it).
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .replace(INVISIBLES, "")
    .replace(ODD_SPACES, " ")
    .split("\n")
    .map((line) => line.replace(/\s+$/, ""))
    .join("\n");
}

/** Collapses runs of whitespace inside a value and trims it. */
export function cleanValue(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/** A trimmed value, or null when nothing is left. */
export function nonEmpty(value: string | null | undefined): string | null {
  if (value == null) return null;
  const cleaned = cleanValue(value);
  return cleaned === "" ? null : cleaned;
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Rejects 31.2.2020 instead of letting it roll over into March.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const FINNISH_DATE = /(?<!\d)(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{4})(?!\d)/;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?!\d)/;

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** All valid dates in a text, in order (`d.m.yyyy` and `yyyy-mm-dd[ hh:mm:ss.s]`). */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const pattern = new RegExp(`${FINNISH_DATE.source}|${ISO_DATE.source}`, "g");
  for (const match of text.matchAll(pattern)) {
    const [, d, m, y, iy, im, id] = match;
    const iso =
      d !== undefined ? isoDate(Number(y), Number(m), Number(d)) : isoDate(Number(iy), Number(im), Number(id));
    if (iso) found.push({ iso, index: match.index, length: match[0].length });
  }
  return found;
}

/** The first valid date in a text, as ISO `yyyy-mm-dd`, or null. */
export function parseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

/** True when the line holds a date and nothing else worth keeping. */
export function isDateOnly(line: string): boolean {
  const dates = findDates(line);
  if (dates.length !== 1) return false;
  const rest = line.slice(0, dates[0]!.index) + line.slice(dates[0]!.index + dates[0]!.length);
  return rest.replace(/[\s,.;:()]/g, "") === "";
}

export interface DateRange {
  start: string | null;
  end: string | null;
}

/** `1.4.2009 - 30.9.2010`, `1.4.2009–30.9.2010`, `Alkaa 1.1.2019 ja päättyy 31.12.2022`. */
export function parseDateRange(text: string): DateRange | null {
  const dates = findDates(text);
  if (dates.length === 0) return null;
  if (dates.length >= 2) return { start: dates[0]!.iso, end: dates[1]!.iso };
  // One date: a dash or "päättyy" before it makes it the end (`– 31.12.2022`), otherwise the start.
  const only = dates[0]!;
  const before = text.slice(0, only.index).toLowerCase();
  return /[-–—]\s*$|päättyy|asti|saakka/.test(before) ? { start: null, end: only.iso } : { start: only.iso, end: null };
}

// ---------------------------------------------------------------------------------------------
// Money
// ---------------------------------------------------------------------------------------------

// Thousands separated by spaces or dots (`1 365 804`, `1.365.804`), optional cents, optional unit.
const MONEY = /(?<![\d.,])(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d{1,2}))?(?![\d])\s*(euroa|euro|eur|€|e)?(?![\p{L}])/iu;

export interface FoundMoney {
  euros: number;
  hasUnit: boolean;
  index: number;
}

/**
 * The first amount of money in a text. With `requireUnit`, only an amount followed by `euroa`,
 * `eur` or `€` counts, so years and day counts in the same line are not mistaken for money.
 */
export function findMoney(text: string, options: { requireUnit?: boolean } = {}): FoundMoney | null {
  const pattern = new RegExp(MONEY.source, "giu");
  // A date's digits (25.2.2009, 2021-06-30) are not money.
  const dateSpans = [...text.matchAll(/\d{1,2}\s*\.\s*\d{1,2}\s*\.\s*\d{4}|\d{4}-\d{2}-\d{2}/g)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
  for (const match of text.matchAll(pattern)) {
    const [, whole, cents, unit] = match;
    if (dateSpans.some(([start, end]) => match.index < end! && match.index + match[0].length > start!)) continue;
    if (options.requireUnit && !unit) continue;
    const euros = Number(whole!.replace(/[ .]/g, "")) + (cents ? Number(cents.padEnd(2, "0")) / 100 : 0);
    if (!Number.isFinite(euros)) continue;
    return { euros, hasUnit: Boolean(unit), index: match.index };
  }
  return null;
}

export function parseMoney(text: string, options: { requireUnit?: boolean } = {}): number | null {
  return findMoney(text, options)?.euros ?? null;
}

// ---------------------------------------------------------------------------------------------
// Contact details
// ---------------------------------------------------------------------------------------------

/** `etunimi.sukunimi(at)tuni.fi`, `[at]`, ` at `, `ät` → `@`; lower case. */
export function normalizeEmail(text: string): string | null {
  const replaced = text
    .replace(/\s*[([{]\s*(at|ät|a)\s*[)\]}]\s*/gi, "@")
    .replace(/\s*[([{]\s*(dot|piste)\s*[)\]}]\s*/gi, ".");
  const match = replaced.match(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u);
  return match ? match[0].toLowerCase() : null;
}

const PHONE = /(?:\+\d{1,3}[\s-]?)?(?:\(\d{1,4}\)[\s-]?)?\d[\d\s-]{5,}\d/;

/** A phone number as written (spacing collapsed), or null. */
export function findPhone(text: string): string | null {
  const withoutEmails = text.replace(/\S+@\S+/g, " ");
  const match = withoutEmails.match(PHONE);
  if (!match) return null;
  const digits = match[0].replace(/\D/g, "");
  if (digits.length < 6 || digits.length > 15) return null;
  return cleanValue(match[0]);
}

// ---------------------------------------------------------------------------------------------
// File sizes and identifiers
// ---------------------------------------------------------------------------------------------

/** `(84.7 kt)`, `(1,2 Mt)`, `(120 KB)` → size in kilobytes. */
export function parseSizeKb(text: string): number | null {
  const match = text.match(/(\d+(?:[.,]\d+)?)\s*(kt|kb|kib|mt|mb|mib)\b/i);
  if (!match) return null;
  const value = Number(match[1]!.replace(",", "."));
  const unit = match[2]!.toLowerCase();
  const kb = unit.startsWith("m") ? value * 1024 : value;
  return Math.round(kb * 10) / 10;
}

/** Lower case, single spaces: the key under which an organisation or a name is recognised again. */
export function nameKey(name: string): string {
  return cleanValue(name).normalize("NFC").toLowerCase();
}

/** URL slug with Finnish letters folded (ä → a, ö → o, å → a). */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, "");
}

/** A project number as uniqueness sees it: case and whitespace do not make a different number. */
export const projectNumberKey = (n: string) => n.replace(/\s/g, "").toLowerCase();
