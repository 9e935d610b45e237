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
import { GRANT_BANDS, isoDay, NONE, STATUS_ORDER, statusOf, type IndexStore } from "./store";
import { countBoth, smallerSide, type Side, type ValueSets } from "./value-sets";

export { GRANT_BANDS };

export type FacetName = "funder" | "grantType" | "status" | "startYear" | "region" | "organizationType" | "theme" | "granted";

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

export function searchIndex(store: IndexStore, params: SearchParams): IndexSearchResult {
  const page = params.page ?? 1;
  const pageSize = params.pageSize ?? 20;
  const text = params.q ? matchText(store, params.q) : null;
  const emptyText = Boolean(params.q) && !text;
  const day = today();
  const filters = compileFilters(store, params, day);
  const textDocs = emptyText ? new TypedFastBitSet() : text?.docs ?? null;
  const accepted = acceptedBy(store, textDocs, filters);
  const result = counted(store, accepted);
  const total = result.count;
  // A facet counts the docs every filter but its own accepts: the result itself, unless the
  // facet's own filter is set.
  const countedIn = (facet: FilterName): Counted => (filters.some((f) => f.name === facet) ? counted(store, acceptedBy(store, textDocs, filters, facet)) : result);
  const facets = facetCounts(store, countedIn, day);
  const offset = (page - 1) * pageSize;
  const pageDocs = firstInOrder(store, accepted, total, params, text, offset + pageSize).slice(offset);
  const words = text?.words ?? [];
  const suggestion = total === 0 && words.length ? suggest(store, words) : null;
  return { total, grantedEur: grantedOf(store, result), ids: pageDocs.map((d) => store.projectId[d]!), facets, forms: text?.forms ?? null, suggestion };
}

/** Every matching project id in result order (exports: the whole result set). */
export function allMatchingIds(store: IndexStore, params: SearchParams): number[] {
  const { accepted, text } = matching(store, params);
  return allInOrder(store, accepted, accepted.size(), params, text).map((d) => store.projectId[d]!);
}

/** For an empty result: the corpus word closest to each query word, when one is close enough. */
function suggest(store: IndexStore, words: string[]): string | null {
  const useful = (id: number) => (store.postings[id]?.length ?? 0) > 0;
  const replaced = words.map((w) => (store.lexicon.id(w) !== undefined && useful(store.lexicon.id(w)!) ? w : store.lexicon.closest(w, useful) ?? w));
  return replaced.join(" ") === words.join(" ") ? null : replaced.join(" ");
}

/** The docs a facet counts: a set, its size, and (made when first needed) its smaller side. */
interface Counted {
  set: TypedFastBitSet;
  count: number;
  side(): Side;
}

function counted(store: IndexStore, set: TypedFastBitSet): Counted {
  const count = set.size();
  let side: Side | null = null;
  return { set, count, side: () => (side ??= smallerSide(set, count, store.aliveDocs, store.aliveTotal)) };
}

/** The granted euros of a result, summed over the smaller side (all docs' sum is kept on write). */
function grantedOf(store: IndexStore, result: Counted): number {
  const side = result.side();
  let sum = 0;
  for (let i = 0; i < side.docs.length; i++) {
    const g = store.granted[side.docs[i]!]!;
    if (g !== NONE) sum += g;
  }
  return side.complement ? sheetOfAll(store).total.granted[0]! - sum : sum;
}

/**
 * Every facet's values with their counts. Single-valued columns are counted doc by doc (one
 * array read a doc), multi-valued ones by popcounts of the counted docs and each value's set.
 */
function facetCounts(store: IndexStore, countedIn: (facet: FilterName) => Counted, day: number): Record<FacetName, FacetValue[]> {
  const ref = store.reference;
  const nonZero = (values: FacetValue[]) => values.filter((v) => v.count > 0);
  const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || FINNISH.compare(a.label, b.label);
  const side = (facet: FilterName) => countedIn(facet).side();
  /** Counts per value of a facet: `count` over the side's docs, turned into the counted docs' counts. */
  const counts = (facet: FilterName, count: (side: Side) => ArrayLike<number>, total: (value: number) => number) => {
    const s = side(facet);
    const raw = count(s);
    return (value: number, at = value) => (s.complement ? total(value) - raw[at]! : raw[at]!);
  };
  const popcounts = (facet: FilterName, sets: ValueSets) => {
    const s = side(facet);
    return (value: number) => {
      const n = countBoth(s.set, sets.of(value), store.size);
      return s.complement ? sets.count(value) - n : n;
    };
  };

  const funder = counts("funder", (s) => countColumn(s.docs, store.funder, store.funders.values.length, 0), (n) => store.byFunder.count(n));
  const funders = nonZero(store.funders.values.map((code, n) => ({ value: code, label: ref.funders.find((f) => f.code === code)?.name ?? code, count: funder(n) })));
  const grantType = counts("grantType", (s) => countColumn(s.docs, store.grantType, store.grantTypes.values.length, 0), (n) => store.byGrantType.count(n));
  const grantTypes = nonZero(store.grantTypes.values.map((g, n) => ({ value: g, label: g, count: grantType(n) })));
  const byStatus = store.byStatus(day);
  const status = counts("status", (s) => countStatus(store, s.docs, day), (n) => byStatus.count(n));
  const statuses = nonZero(STATUS_ORDER.slice(0, 3).map((value, n) => ({ value, label: STATUS_LABEL[value]!, count: status(n) })));
  const startYear = counts("startYear", (s) => countColumn(s.docs, store.startYear, YEAR_SLOTS, FIRST_YEAR), (year) => store.byStartYear.count(year));
  const years = nonZero(store.byStartYear.values().filter((y) => y >= FIRST_YEAR && y < FIRST_YEAR + YEAR_SLOTS).reverse()
    .map((y) => ({ value: String(y), label: String(y), count: startYear(y, y - FIRST_YEAR) })));
  const regionSide = side("region");
  const region = countRegions(store, regionSide.docs);
  const regionCount = (all: number, raw: number) => (regionSide.complement ? all - raw : raw);
  const regions = nonZero(ref.regions.flatMap((r) => {
    const bit = store.regionBit(r.id);
    if (bit === undefined) return [];
    const count = regionCount(store.byRegion.count(bit), region.all[bit]!);
    return [{ value: store.regionSlug(r.id), label: r.name, count, inferred: regionCount(store.byInferredRegion.count(bit), region.inferred[bit]!) }];
  }));
  const organizationType = popcounts("organizationType", store.byOrganizationType);
  const types = nonZero(store.organizationTypeNames.values.map((t, n) => ({ value: t, label: t, count: organizationType(n) })));
  const theme = popcounts("theme", store.byTheme);
  const themes = nonZero(ref.themes.map((t) => ({ value: t.slug, label: t.name, count: theme(t.id) })));
  const band = counts("granted", (s) => countColumn(s.docs, store.grantBand, GRANT_BANDS.length, 0), (n) => store.byGrantBand.count(n));
  const bands = nonZero(GRANT_BANDS.map((b, n) => ({ value: b.value, label: b.label, count: band(n) })));
  return {
    funder: funders.sort(byCount), grantType: grantTypes.sort(byCount), status: statuses, startYear: years,
    region: regions.sort(byCount), organizationType: types.sort(byCount), theme: themes.sort(byCount), granted: bands,
  };
}

const FINNISH = new Intl.Collator("fi");
/** Start years the facet counts, from FIRST_YEAR on (the schema allows 1900–2100). */
const FIRST_YEAR = 1800;
const YEAR_SLOTS = 400;

/** Counts per value of a small-number column (value − `offset`; out of range or negative: not counted). */
function countColumn(docs: Int32Array, column: Uint8Array | Int8Array | Int16Array, values: number, offset: number): Int32Array {
  const counts = new Int32Array(values);
  for (let i = 0; i < docs.length; i++) {
    const v = column[docs[i]!]! - offset;
    if (v >= 0 && v < values) counts[v]!++;
  }
  return counts;
}

function countStatus(store: IndexStore, docs: Int32Array, day: number): Int32Array {
  const counts = new Int32Array(STATUS_ORDER.length);
  for (let i = 0; i < docs.length; i++) counts[statusOf(store, docs[i]!, day)]!++;
  return counts;
}

/** Per region bit: the docs naming the region, and how many of them rest on an inferred one. */
function countRegions(store: IndexStore, docs: Int32Array): { all: Int32Array; inferred: Int32Array } {
  const all = new Int32Array(32);
  const inferred = new Int32Array(32);
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    const guessed = store.inferredMask[doc]!;
    for (let m = store.regionMask[doc]!; m !== 0; m &= m - 1) {
      const bit = 31 - Math.clz32(m & -m);
      all[bit]!++;
      if (guessed & (1 << bit)) inferred[bit]!++;
    }
  }
  return { all, inferred };
}

/** A page's rows from the index alone: everything a result list shows but the snippet. */
export function hitsOf(store: IndexStore, projectIds: number[]): Array<Omit<SearchHit, "snippet">> {
  const ref = store.reference;
  const regionsByBit = ref.regions.map((r) => ({ bit: store.regionBit(r.id)!, name: r.name, code: r.code })).sort((a, b) => (a.code < b.code ? -1 : 1));
  return projectIds.flatMap((projectId) => {
    const doc = store.doc(projectId);
    if (doc === undefined || !store.alive[doc]) return [];
    const mask = store.regionMask[doc]!;
    const inferred = store.inferredMask[doc]!;
    const day = (d: number) => (d === NONE ? null : isoDay(d));
    const money = (m: number) => (m === NONE ? null : m);
    const applicant = store.applicant[doc]!;
    return [{
      projectId, slug: store.slugs[doc]!, projectNumber: store.numbers[doc]!, funder: store.funders.values[store.funder[doc]!]!, title: store.titles[doc]!,
      applicant: applicant === NONE ? null : ref.organizations.get(applicant)?.name ?? null,
      periodStart: day(store.start[doc]!), periodEnd: day(store.end[doc]!), grantedEur: money(store.granted[doc]!), totalCostEur: money(store.totalCost[doc]!),
      regions: regionsByBit.filter((r) => mask & (1 << r.bit)).map((r) => ({ name: r.name, inferred: Boolean(inferred & (1 << r.bit)) })),
    }];
  });
}
