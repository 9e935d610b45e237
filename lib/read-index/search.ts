/**
 * Search on the read index: matching, exact facet counts (each obeying every filter but its
 * own, counted over the smaller side of the result), totals, and the page's ids in the result's
 * order (lib/read-index/result-order.ts). The caller loads the page's snippet texts from
 * Postgres by id (lib/search/search.ts).
 */
import { TypedFastBitSet } from "typedfastbitset";
import type { SearchParams } from "../search/filters";
import type { SearchHit } from "../search/search";
import type { FilterName } from "../search/sql";
import { sheetOfAll } from "./dashboard-sheet";
import { acceptedBy, compileFilters, today } from "./filters";
import { matchText, type TextMatch } from "./match";
import { allInOrder, firstInOrder } from "./result-order";
import { GRANT_BANDS, type IndexStore, isoDay, NONE, STATUS_ORDER, statusAt } from "./store";
import { countBoth, type Side, smallerSide, type ValueSets } from "./value-sets";

export { GRANT_BANDS };

export type FacetName =
  | "funder"
  | "grantType"
  | "status"
  | "startYear"
  | "region"
  | "organizationType"
  | "theme"
  | "granted";

export interface FacetValue {
  value: string;
  label: string;
  count: number;
  /** For regions: how many of the count rest on an inferred region. */
  inferred?: number;
}

export interface IndexSearchResult {
  total: number;
  grantedEur: number;
  /** Project ids of the page, in order. */
  ids: number[];
  facets: Record<FacetName, FacetValue[]>;
  /** Corpus forms the text matched, for snippets; null without a text query. */
  forms: string[] | null;
  suggestion: string | null;
}

const STATUS_LABEL: Record<string, string> = { running: "Käynnissä", ended: "Päättynyt", upcoming: "Alkamassa" };

/** Docs that the text and every filter accept (the rows of a result). */
function matching(store: IndexStore, params: SearchParams): { accepted: TypedFastBitSet; text: TextMatch | null } {
  const text = params.q ? matchText(store, params.q) : null;
  if (params.q && !text) return { accepted: new TypedFastBitSet(), text: null };
  return { accepted: acceptedBy(store, text?.docs ?? null, compileFilters(store, params)), text };
}

/**
 * A search's answer. `onPage` is told the page's project ids as soon as they are known, before
 * the facets are counted (the caller reads the page's texts meanwhile).
 */
export function searchIndex(
  store: IndexStore,
  params: SearchParams,
  { onPage }: { onPage?: (projectIds: number[]) => void } = {},
): IndexSearchResult {
  const page = params.page ?? 1;
  const pageSize = params.pageSize ?? 20;
  const text = params.q ? matchText(store, params.q) : null;
  const emptyText = Boolean(params.q) && !text;
  const day = today();
  const filters = compileFilters(store, params, day);
  const textDocs = emptyText ? new TypedFastBitSet() : (text?.docs ?? null);
  const accepted = acceptedBy(store, textDocs, filters);
  const result = counted(store, accepted, day);
  const total = result.count;
  const offset = (page - 1) * pageSize;
  const ids = firstInOrder(store, accepted, total, params, text, offset + pageSize)
    .slice(offset)
    .map((d) => store.projectId[d]!);
  onPage?.(ids);
  // A facet counts the docs every filter but its own accepts: the result itself, unless the
  // facet's own filter is set.
  const own = new Map<FilterName, Counted>();
  const countedIn = (facet: FilterName): Counted => {
    if (!filters.some((f) => f.name === facet)) return result;
    let c = own.get(facet);
    if (!c) own.set(facet, (c = counted(store, acceptedBy(store, textDocs, filters, facet), day)));
    return c;
  };
  const facets = facetCounts(store, countedIn, day);
  const words = text?.words ?? [];
  const suggestion = total === 0 && words.length ? suggest(store, words) : null;
  return { total, grantedEur: grantedOf(store, result), ids, facets, forms: text?.forms ?? null, suggestion };
}

/** Every matching project id in result order (exports: the whole result set). */
export function allMatchingIds(store: IndexStore, params: SearchParams): number[] {
  const { accepted, text } = matching(store, params);
  return allInOrder(store, accepted, accepted.size(), params, text).map((d) => store.projectId[d]!);
}

/** For an empty result: the corpus word closest to each query word, when one is close enough. */
function suggest(store: IndexStore, words: string[]): string | null {
  const useful = (id: number) => store.postings.lengthOf(id) > 0;
  const replaced = words.map((w) =>
    store.lexicon.id(w) !== undefined && useful(store.lexicon.id(w)!) ? w : (store.lexicon.closest(w, useful) ?? w),
  );
  return replaced.join(" ") === words.join(" ") ? null : replaced.join(" ");
}

/**
 * The docs a facet counts: a set, its size, and (made when first needed) its smaller side and
 * the counts of the single-valued columns over it.
 */
interface Counted {
  set: TypedFastBitSet;
  count: number;
  side(): Side;
  columns(): ColumnCounts;
}

function counted(store: IndexStore, set: TypedFastBitSet, day: number): Counted {
  const count = set.size();
  let side: Side | null = null;
  let columns: ColumnCounts | null = null;
  const sideOf = () => (side ??= smallerSide(set, count, store.aliveDocs, store.aliveTotal));
  return { set, count, side: sideOf, columns: () => (columns ??= countColumns(store, sideOf(), day)) };
}

/** The granted euros of a result, summed over the smaller side (all docs' sum is kept on write). */
function grantedOf(store: IndexStore, result: Counted): number {
  const side = result.side();
  const granted = store.granted;
  const words = side.set.words;
  let sum = 0;
  for (let k = 0; k < words.length; k++) {
    for (let w = words[k]!; w !== 0; w &= w - 1) {
      const g = granted[(k << 5) + 31 - Math.clz32(w & -w)]!;
      if (g !== NONE) sum += g;
    }
  }
  return side.complement ? sheetOfAll(store).total.granted[0]! - sum : sum;
}

/**
 * Every facet's values with their counts. Single-valued columns come from `countColumns` (a
 * pass over the counted side, or popcounts for a broad one), multi-valued ones from popcounts
 * of the counted side and each value's set.
 */
function facetCounts(
  store: IndexStore,
  countedIn: (facet: FilterName) => Counted,
  day: number,
): Record<FacetName, FacetValue[]> {
  const ref = store.reference;
  const nonZero = (values: FacetValue[]) => values.filter((v) => v.count > 0);
  const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || FINNISH.compare(a.label, b.label);
  const side = (facet: FilterName) => countedIn(facet).side();
  /** Counts per value of a facet: counted over its side's docs, turned into the counted docs' counts. */
  const counts = (
    facet: FilterName,
    column: (counts: ColumnCounts) => Int32Array,
    total: (value: number) => number,
  ) => {
    const c = countedIn(facet);
    const raw = column(c.columns());
    const complement = c.side().complement;
    return (value: number, at = value) => (complement ? total(value) - raw[at]! : raw[at]!);
  };
  const popcounts = (facet: FilterName, sets: ValueSets) => {
    const s = side(facet);
    return (value: number) => {
      const n = countBoth(s.set, sets.of(value), store.size);
      return s.complement ? sets.count(value) - n : n;
    };
  };

  const funder = counts(
    "funder",
    (c) => c.funder,
    (n) => store.byFunder.count(n),
  );
  const funders = nonZero(
    store.funders.values.map((code, n) => ({
      value: code,
      label: ref.funders.find((f) => f.code === code)?.name ?? code,
      count: funder(n),
    })),
  );
  const grantType = counts(
    "grantType",
    (c) => c.grantType,
    (n) => store.byGrantType.count(n),
  );
  const grantTypes = nonZero(
    store.grantTypes.values.map((g, n) => ({ value: g, label: g, count: grantType(n, n + 1) })),
  );
  const byStatus = store.byStatus(day);
  const status = counts(
    "status",
    (c) => c.status,
    (n) => byStatus.count(n),
  );
  const statuses = nonZero(
    STATUS_ORDER.slice(0, 3).map((value, n) => ({ value, label: STATUS_LABEL[value]!, count: status(n) })),
  );
  const startYear = counts(
    "startYear",
    (c) => c.startYear,
    (year) => store.byStartYear.count(year),
  );
  const years = nonZero(
    store.byStartYear
      .values()
      .filter((y) => y >= FIRST_YEAR && y < FIRST_YEAR + YEAR_SLOTS)
      .reverse()
      .map((y) => ({ value: String(y), label: String(y), count: startYear(y, y - FIRST_YEAR) })),
  );
  const regionCount = counts(
    "region",
    (c) => c.region,
    (bit) => store.byRegion.count(bit),
  );
  const inferredCount = counts(
    "region",
    (c) => c.inferred,
    (bit) => store.byInferredRegion.count(bit),
  );
  const regions = nonZero(
    ref.regions.flatMap((r) => {
      const bit = store.regionBit(r.id);
      if (bit === undefined) return [];
      return [{ value: store.regionSlug(r.id), label: r.name, count: regionCount(bit), inferred: inferredCount(bit) }];
    }),
  );
  const organizationType = popcounts("organizationType", store.byOrganizationType);
  const types = nonZero(
    store.organizationTypeNames.values.map((t, n) => ({ value: t, label: t, count: organizationType(n) })),
  );
  const theme = popcounts("theme", store.byTheme);
  const themes = nonZero(ref.themes.map((t) => ({ value: t.slug, label: t.name, count: theme(t.id) })));
  const band = counts(
    "granted",
    (c) => c.band,
    (n) => store.byGrantBand.count(n),
  );
  const bands = nonZero(GRANT_BANDS.map((b, n) => ({ value: b.value, label: b.label, count: band(n, n + 1) })));
  return {
    funder: funders.sort(byCount),
    grantType: grantTypes.sort(byCount),
    status: statuses,
    startYear: years,
    region: regions.sort(byCount),
    organizationType: types.sort(byCount),
    theme: themes.sort(byCount),
    granted: bands,
  };
}

const FINNISH = new Intl.Collator("fi");
/** Start years the facet counts, from FIRST_YEAR on (the schema allows 1900–2100). */
const FIRST_YEAR = 1800;
const YEAR_SLOTS = 400;

/**
 * Per value of each single-valued facet column (and per region bit), how many of `docs` hold
 * it. Grant types and bands are counted at value + 1 (slot 0: none); start years at year −
 * FIRST_YEAR (out of range: not counted). One pass reads every column of a doc at once.
 */
interface ColumnCounts {
  funder: Int32Array;
  grantType: Int32Array;
  status: Int32Array;
  startYear: Int32Array;
  band: Int32Array;
  region: Int32Array;
  inferred: Int32Array;
}

/**
 * The counts over a side, whichever way is cheaper: a pass over its docs (about 45 ns a doc on
 * the bench machine: eight columns read at scattered places), or a popcount of the side with
 * each value's set (about 3 ns a word of 32 docs, for each of some eighty values) — the
 * popcounts win for a side of more than about a fifth of the docs.
 */
function countColumns(store: IndexStore, side: Side, day: number): ColumnCounts {
  const values =
    store.funders.values.length +
    store.grantTypes.values.length +
    STATUS_ORDER.length +
    store.byStartYear.values().length +
    GRANT_BANDS.length +
    64;
  const words = (store.size + 31) >>> 5;
  return side.count * 45 > values * words * 3
    ? countColumnsBySets(store, side.set, day)
    : countColumnsByDocs(store, side.docs, day);
}

const emptyColumnCounts = (store: IndexStore): ColumnCounts => ({
  funder: new Int32Array(256),
  grantType: new Int32Array(store.grantTypes.values.length + 1),
  status: new Int32Array(STATUS_ORDER.length),
  startYear: new Int32Array(YEAR_SLOTS),
  band: new Int32Array(GRANT_BANDS.length + 1),
  region: new Int32Array(32),
  inferred: new Int32Array(32),
});

function countColumnsBySets(store: IndexStore, set: TypedFastBitSet, day: number): ColumnCounts {
  const counts = emptyColumnCounts(store);
  const popcount = (sets: ValueSets, value: number) => countBoth(set, sets.of(value), store.size);
  store.funders.values.forEach((_, n) => {
    counts.funder[n] = popcount(store.byFunder, n);
  });
  store.grantTypes.values.forEach((_, n) => {
    counts.grantType[n + 1] = popcount(store.byGrantType, n);
  });
  const byStatus = store.byStatus(day);
  for (let n = 0; n < STATUS_ORDER.length; n++) counts.status[n] = popcount(byStatus, n);
  for (const year of store.byStartYear.values()) {
    if (year >= FIRST_YEAR && year < FIRST_YEAR + YEAR_SLOTS)
      counts.startYear[year - FIRST_YEAR] = popcount(store.byStartYear, year);
  }
  for (let n = 0; n < GRANT_BANDS.length; n++) counts.band[n + 1] = popcount(store.byGrantBand, n);
  for (let bit = 0; bit < 32; bit++) {
    counts.region[bit] = popcount(store.byRegion, bit);
    counts.inferred[bit] = popcount(store.byInferredRegion, bit);
  }
  return counts;
}

function countColumnsByDocs(store: IndexStore, docs: Int32Array, day: number): ColumnCounts {
  const counts = emptyColumnCounts(store);
  // Locals of one array type each: the loop stays monomorphic (a shared counting function
  // called with columns of several types ran several times slower).
  const { funder, grantType, status, startYear, band, region, inferred } = counts;
  const funderOf = store.funder;
  const grantTypeOf = store.grantType;
  const startOf = store.start;
  const endOf = store.end;
  const startYearOf = store.startYear;
  const bandOf = store.grantBand;
  const regionMask = store.regionMask;
  const inferredMask = store.inferredMask;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    funder[funderOf[doc]!]!++;
    grantType[grantTypeOf[doc]! + 1]!++;
    band[bandOf[doc]! + 1]!++;
    const year = startYearOf[doc]! - FIRST_YEAR;
    if (year >= 0 && year < YEAR_SLOTS) startYear[year]!++;
    status[statusAt(startOf[doc]!, endOf[doc]!, day)]!++;
    const guessed = inferredMask[doc]!;
    for (let m = regionMask[doc]!; m !== 0; m &= m - 1) {
      const bit = 31 - Math.clz32(m & -m);
      region[bit]!++;
      if (guessed & (1 << bit)) inferred[bit]!++;
    }
  }
  return counts;
}

/** A page's rows from the index alone: everything a result list shows but the snippet. */
export function hitsOf(store: IndexStore, projectIds: number[]): Array<Omit<SearchHit, "snippet">> {
  const ref = store.reference;
  const regionsByBit = ref.regions
    .map((r) => ({ bit: store.regionBit(r.id)!, name: r.name, code: r.code }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  return projectIds.flatMap((projectId) => {
    const doc = store.doc(projectId);
    if (doc === undefined || !store.alive[doc]) return [];
    const mask = store.regionMask[doc]!;
    const inferred = store.inferredMask[doc]!;
    const day = (d: number) => (d === NONE ? null : isoDay(d));
    const money = (m: number) => (m === NONE ? null : m);
    const applicant = store.applicant[doc]!;
    return [
      {
        projectId,
        slug: store.slugs[doc]!,
        projectNumber: store.numbers[doc]!,
        funder: store.funders.values[store.funder[doc]!]!,
        title: store.titles[doc]!,
        applicant: applicant === NONE ? null : (ref.organizations.get(applicant)?.name ?? null),
        periodStart: day(store.start[doc]!),
        periodEnd: day(store.end[doc]!),
        grantedEur: money(store.granted[doc]!),
        totalCostEur: money(store.totalCost[doc]!),
        regions: regionsByBit
          .filter((r) => mask & (1 << r.bit))
          .map((r) => ({ name: r.name, inferred: Boolean(inferred & (1 << r.bit)) })),
      },
    ];
  });
}
