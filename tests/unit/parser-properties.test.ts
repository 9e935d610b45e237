/**
 * Property-based checks: no parser throws or hangs on arbitrary, truncated or shuffled text, and
 * no parser invents money or dates — every amount and date it returns is in the text.
 */

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates, normalizeText } from "../../lib/ingest/normalize";
import { parseSource } from "../../lib/ingest/parse";
import type { DetectedFormat, ParsedRecord } from "../../lib/ingest/types";

const SEEDS_DIR = path.resolve(import.meta.dirname, "../../seeds");
const seeds = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(path.join(SEEDS_DIR, f), "utf8"));
const FORMATS: DetectedFormat[] = ["tsr-old", "tsr-new", "esr-eura", "document"];

const MONEY_FIELDS = [
  "grantedEur",
  "totalCostEur",
  "euStateGrantedEur",
  "euStateRealizedEur",
  "publicPlannedEur",
  "publicRealizedEur",
] as const;
const DATE_FIELDS = [
  "periodStart",
  "periodEnd",
  "estimatedCompletion",
  "decisionDate",
  "resultsCompleted",
  "documentDate",
] as const;

/** Every money value and date of the record is written in the text. */
function assertNothingInvented(record: ParsedRecord, raw: string): void {
  const text = normalizeText(raw);
  const digitsOnly = text.replace(/[ .]/g, "");
  for (const field of MONEY_FIELDS) {
    const value = record[field];
    if (value !== null) expect(digitsOnly, `${field} ${value}`).toContain(String(Math.trunc(value)));
  }
  const dates = new Set(findDates(text).map((d) => d.iso));
  for (const field of DATE_FIELDS) {
    const value = record[field];
    if (value !== null) expect(dates.has(value), `${field} ${value}`).toBe(true);
  }
}

function parseTimed(text: string, format?: DetectedFormat) {
  const started = performance.now();
  const { record } = parseSource(text, "prop.txt", format);
  const elapsed = performance.now() - started;
  expect(elapsed).toBeLessThan(1000);
  return record;
}

// Lines that look like the sources: labels, dates, money, bullets, headings, numbers.
const sourceLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "Hanketiedot",
        "Hankenumero",
        "Hakija",
        "Toteuttaja",
        "Lisätietoja",
        "Toteutusaika",
        "Työsuojelurahaston päätös",
        "Kokonaiskustannukset",
        "Tulokset valmistuneet",
        "Tiivistelmä",
        "Tiedote",
        "Aineisto",
        "Aiheluokitus",
        "Toimittaja",
        "Hankkeen vastuuhenkilö",
        " • HakijaVantaan kaupunki",
        " • Toteutusaika",
        "1 Hanke",
        "Hankekoodi: S21565",
        "Myönnetty EU- ja valtion rahoitus: 1 365 804",
        "N M Yht. -25 25-29 30-54 yli 54",
        "Uusimaa",
        "Kanta-häme",
        "Luonnonvarojen käytön kestävyys 1 1",
        "raportti.pdf (84.7 kt)",
        "Loppuraportti. Avaa",
        "109160 Kehittämisavustus",
        "",
      ),
      fc.string({ maxLength: 60 }),
      fc
        .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1890, max: 2110 }))
        .map(([d, m, y]) => `${d}.${m}.${y}`),
      fc.integer({ min: 0, max: 99_999_999 }).map((n) => `${n.toLocaleString("fi-FI")} euroa`),
    ),
    { maxLength: 80 },
  )
  .map((lines) => lines.join("\n"));

describe("parsers on arbitrary text", () => {
  it("never throw, never hang, never invent on random strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 2000 }), (text) => {
        const record = parseTimed(text);
        assertNothingInvented(record, text);
      }),
      { numRuns: 300 },
    );
  });

  it("never throw, never hang, never invent on source-like text, whichever parser is forced", () => {
    fc.assert(
      fc.property(sourceLike, fc.constantFrom(...FORMATS, undefined), (text, format) => {
        const record = parseTimed(text, format);
        assertNothingInvented(record, text);
        for (const w of record.warnings) expect(typeof w).toBe("string");
      }),
      { numRuns: 500 },
    );
  });
});

describe("parsers on damaged seed texts", () => {
  it("survive every truncation of every seed", () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.double({ min: 0, max: 1, noNaN: true }), (seed, fraction) => {
        const text = seed.slice(0, Math.floor(seed.length * fraction));
        assertNothingInvented(parseTimed(text), text);
      }),
      { numRuns: 400 },
    );
  });

  it("survive lines deleted or shuffled", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.boolean(),
        (seed, picks, shuffle) => {
          const lines = seed.split("\n");
          for (const p of picks) if (lines.length) lines.splice(p % lines.length, 1);
          if (shuffle) lines.reverse();
          const text = lines.join("\n");
          assertNothingInvented(parseTimed(text), text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("parse a very long text in reasonable time", () => {
    const text = seeds.join("\n\n").repeat(40);
    const started = performance.now();
    parseSource(text, "long.txt");
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
