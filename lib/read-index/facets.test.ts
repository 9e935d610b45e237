/**
 * Facet counts against a count made row by row. Narrow results are counted doc by doc, broad
 * ones by popcounts of value sets, and the broadest over the docs they leave out: the queries
 * below reach all three.
 */
import { describe, expect, it } from "vitest";
import { today } from "./filters";
import { searchIndex } from "./search";
import type { ProjectRow } from "./store";
import { freshStore, params, random, row } from "./synthetic";

const rows: ProjectRow[] = [];
const r = random(11);
for (let id = 1; id <= 3000; id++) rows.push(row(id, r));

/** Counts per value of one facet over the rows a filter keeps. */
function countBy(kept: ProjectRow[], valuesOf: (row: ProjectRow) => Array<string | number>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const x of kept) for (const v of new Set(valuesOf(x))) counts[String(v)] = (counts[String(v)] ?? 0) + 1;
  return counts;
}

const zeroes = (values: Array<{ value: string }>) => Object.fromEntries(values.map((v) => [v.value, 0]));
/** A project's status on `day` (a day number), read off its dates as the portal reads them. */
function statusOn(x: ProjectRow, day: number): string {
  const dayOf = (iso: string | null) => (iso ? Math.floor(Date.parse(iso) / 86_400_000) : null);
  const start = dayOf(x.periodStart);
  const end = dayOf(x.periodEnd);
  if (end !== null && end < day) return "ended";
  if (start !== null && start > day) return "upcoming";
  return start !== null ? "running" : "unknown";
}
const asCounts = (values: Array<{ value: string; count: number }>) =>
  Object.fromEntries(values.map((v) => [v.value, v.count]));
const REGION_SLUGS: Record<number, string> = {
  1: "uusimaa",
  2: "pirkanmaa",
  3: "pohjois-savo",
  4: "lappi",
  5: "varsinais-suomi",
};

const hasWord = (word: string) => (x: ProjectRow) => [x.textA, x.textB, x.textC].join(" ").split(" ").includes(word);
type Facet = "funder" | "startYear" | "region";

describe("facet counts", () => {
  it("agree with counting the rows, for results narrow and broad", async () => {
    const store = freshStore();
    await store.build([rows]);
    // A query, the text's test, and each filter's test by the facet it belongs to.
    const cases: Array<[string, (x: ProjectRow) => boolean, Partial<Record<Facet, (x: ProjectRow) => boolean>>]> = [
      ["", () => true, {}],
      ["q=dialogi", hasWord("dialogi"), {}],
      ["funder=TSR", () => true, { funder: (x) => x.funderCode === "TSR" }],
      ["funder=TSR&funder=ESR", () => true, { funder: (x) => x.funderCode !== "HEL" }],
      ["region=lappi", () => true, { region: (x) => x.regionIds.includes(4) }],
      [
        "q=dialogi&funder=HEL&yearFrom=2018",
        hasWord("dialogi"),
        { funder: (x) => x.funderCode === "HEL", startYear: (x) => (x.startYear ?? 0) >= 2018 },
      ],
    ];
    for (const [query, text, filters] of cases) {
      /** The rows a facet counts: the text's and every filter's but the facet's own. */
      const countedBy = (facet?: Facet) =>
        rows.filter((x) => text(x) && Object.entries(filters).every(([f, keeps]) => f === facet || keeps(x)));
      const kept = countedBy();
      const { total, facets } = searchIndex(store, params(query));
      expect(total, query).toBe(kept.length);
      expect(asCounts(facets.funder), query).toEqual(countBy(countedBy("funder"), (x) => [x.funderCode]));
      expect(asCounts(facets.grantType), query).toEqual(countBy(kept, (x) => (x.grantType ? [x.grantType] : [])));
      expect(asCounts(facets.startYear), query).toEqual(
        countBy(countedBy("startYear"), (x) => (x.startYear ? [x.startYear] : [])),
      );
      const forRegion = countedBy("region");
      expect(asCounts(facets.region), query).toEqual(
        countBy(forRegion, (x) => x.regionIds.map((id) => REGION_SLUGS[id]!)),
      );
      expect(Object.fromEntries(facets.region.map((v) => [v.value, v.inferred ?? 0])), query).toEqual({
        ...zeroes(facets.region),
        ...countBy(forRegion, (x) => x.inferredRegionIds.map((id) => REGION_SLUGS[id]!)),
      });
      expect(asCounts(facets.theme), query).toEqual(countBy(kept, (x) => x.themeIds.map((id) => `aihe-${id}`)));
      expect(asCounts(facets.organizationType), query).toEqual(countBy(kept, (x) => x.organizationTypes));
      expect(asCounts(facets.status), query).toEqual(
        countBy(kept, (x) => (statusOn(x, today()) === "unknown" ? [] : [statusOn(x, today())])),
      );
    }
  });
});
