/**
 * Search on the read index: matching, exact facet counts (each obeying every filter but its
 * own), totals, sorting and the page's ids in one pass over the matching docs. The caller loads
 * the page's rows and snippets from Postgres by id (lib/search/search.ts).
 */
import { slugify } from "../ingest/normalize";
import { effectiveSort, type SearchParams } from "../search/filters";
import type { FilterName } from "../search/sql";
import { compileFilters, forEachMatch, statusOf, STATUS_ORDER, today } from "./filters";
import { matchText, type TextMatch } from "./match";
import type { SearchHit } from "../search/search";
import { GRANT_BANDS, isoDay, NONE, type IndexStore } from "./store";

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

/** The first start year the facet counts (the schema allows 1900–2100). */
const FIRST_YEAR = 1800;
const STATUS_LABEL: Record<string, string> = { running: "Käynnissä", ended: "Päättynyt", upcoming: "Alkamassa" };

/** Docs that the text and every filter accept (the rows of a result), unordered. */
export function matchingDocs(store: IndexStore, params: SearchParams): { docs: Int32Array; text: TextMatch | null } {
  const text = params.q ? matchText(store, params.q) : null;
  if (params.q && !text) return { docs: new Int32Array(0), text: null };
  const docs: number[] = [];
  forEachMatch(store, text?.docs ?? null, compileFilters(store, params), (doc) => docs.push(doc));
  return { docs: Int32Array.from(docs), text };
}

export function searchIndex(store: IndexStore, params: SearchParams): IndexSearchResult {
  const page = params.page ?? 1;
  const pageSize = params.pageSize ?? 20;
  const text = params.q ? matchText(store, params.q) : null;
  const emptyText = Boolean(params.q) && !text;
  const filters = compileFilters(store, params);
  const counts = new FacetCounts(store);
  const hits = store.scratchDocs();
  let hitCount = 0;
  let grantedEur = 0;
  const day = today();
  const alive = store.alive;
  const granted = store.granted;
  const tests = filters.map((f) => f.test);
  const names = filters.map((f) => f.name);

  // One pass: a doc that fails no filter is a hit and counts in every facet; a doc failing
  // exactly one filter counts only in that filter's facet (what choosing otherwise would give).
  const visit = (doc: number) => {
    if (!alive[doc]) return;
    let failed = -1;
    for (let i = 0; i < tests.length; i++) {
      if (tests[i]!(doc)) continue;
      if (failed >= 0) return;
      failed = i;
    }
    if (failed >= 0) {
      counts.addTo(doc, names[failed]!, day);
      return;
    }
    hits[hitCount++] = doc;
    const g = granted[doc]!;
    if (g !== NONE) grantedEur += g;
    counts.addToAll(doc, day);
  };
  if (!emptyText) {
    if (text) text.docs.forEach(visit);
    else for (let d = 0; d < store.size; d++) visit(d);
  }

  const order = comparator(store, params, text);
  const offset = (page - 1) * pageSize;
  const pageDocs = topK(hits.subarray(0, hitCount), offset + pageSize, order).slice(offset);
  const total = hitCount;
  const words = text?.words ?? [];
  const suggestion = total === 0 && words.length ? suggest(store, words) : null;
  return { total, grantedEur, ids: pageDocs.map((d) => store.projectId[d]!), facets: counts.labelled(), forms: text?.forms ?? null, suggestion };
}

/** Every matching project id in result order (exports: the whole result set). */
export function allMatchingIds(store: IndexStore, params: SearchParams): number[] {
  const { docs, text } = matchingDocs(store, params);
  return [...docs].sort(comparator(store, params, text)).map((d) => store.projectId[d]!);
}

type Compare = (a: number, b: number) => number;

/** Result order: negative when doc `a` comes first. */
function comparator(store: IndexStore, params: SearchParams, text: TextMatch | null): Compare {
  const start = store.start;
  const id = store.projectId;
  // Projects without a start date come last in either direction (NULLS LAST).
  const newest: Compare = (a, b) => (start[a] === NONE ? 1 : 0) - (start[b] === NONE ? 1 : 0) || start[b]! - start[a]!;
  switch (effectiveSort(params)) {
    case "relevance": {
      const scores = text?.scores;
      return (a, b) => (scores ? scores[b]! - scores[a]! : 0) || newest(a, b) || id[a]! - id[b]!;
    }
    case "newest":
      return (a, b) => newest(a, b) || id[b]! - id[a]!;
    case "oldest":
      return (a, b) => (start[a] === NONE ? 1 : 0) - (start[b] === NONE ? 1 : 0) || start[a]! - start[b]! || id[a]! - id[b]!;
    case "granted": {
      const g = store.granted;
      return (a, b) => (g[a] === NONE ? 1 : 0) - (g[b] === NONE ? 1 : 0) || g[b]! - g[a]! || id[a]! - id[b]!;
    }
    case "title": {
      const ranks = store.titleRanks();
      return (a, b) => ranks[a]! - ranks[b]!;
    }
  }
}

/** The first `k` of `docs` in `order`: a bounded heap, so a page never sorts the whole result. */
export function topK(docs: number[] | Int32Array, k: number, order: Compare): number[] {
  if (k <= 0) return [];
  if (k * 4 >= docs.length) return Array.from(docs).sort(order).slice(0, k);
  // Max-heap on `order` of the best k seen: its root is the worst of them.
  const heap: number[] = [];
  const worse = (i: number, j: number) => order(heap[i]!, heap[j]!) > 0;
  const swap = (i: number, j: number) => { const t = heap[i]!; heap[i] = heap[j]!; heap[j] = t; };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(l, m)) m = l;
      if (r < heap.length && worse(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (const doc of docs) {
    if (heap.length < k) {
      heap.push(doc);
      for (let i = heap.length - 1; i > 0;) {
        const p = (i - 1) >> 1;
        if (!worse(i, p)) break;
        swap(i, p);
        i = p;
      }
    } else if (order(doc, heap[0]!) < 0) {
      heap[0] = doc;
      down(0);
    }
  }
  return heap.sort(order);
}

/** For an empty result: the corpus word closest to each query word, when one is close enough. */
function suggest(store: IndexStore, words: string[]): string | null {
  const useful = (id: number) => (store.postings[id]?.length ?? 0) > 0;
  const replaced = words.map((w) => (store.lexicon.id(w) !== undefined && useful(store.lexicon.id(w)!) ? w : store.lexicon.closest(w, useful) ?? w));
  return replaced.join(" ") === words.join(" ") ? null : replaced.join(" ");
}

/** Facet counts by the columns' own numbers, labelled at the end from the reference tables. */
class FacetCounts {
  private readonly funder: Int32Array;
  private readonly grantType: Int32Array;
  private readonly status = new Int32Array(4);
  /** Start years from FIRST_YEAR on. */
  private readonly startYear = new Int32Array(400);
  private readonly region = new Int32Array(32);
  private readonly regionInferred = new Int32Array(32);
  private readonly organizationType: Int32Array;
  private readonly theme: Int32Array;
  private readonly granted = new Int32Array(GRANT_BANDS.length);

  constructor(private readonly store: IndexStore) {
    this.funder = new Int32Array(store.funders.values.length);
    this.grantType = new Int32Array(store.grantTypes.values.length);
    this.organizationType = new Int32Array(store.organizationTypeNames.values.length);
    this.theme = new Int32Array(Math.max(0, ...store.reference.themes.map((t) => t.id)) + 1);
  }

  /** Counts a hit in every facet. */
  addToAll(doc: number, day: number): void {
    this.countFunder(doc);
    this.countGrantType(doc);
    this.countStatus(doc, day);
    this.countStartYear(doc);
    this.countRegions(doc);
    this.countOrganizationTypes(doc);
    this.countThemes(doc);
    this.countGrantBand(doc);
  }

  /** Counts a doc that fails only the filter of `facet` in that facet alone. */
  addTo(doc: number, facet: FilterName, day: number): void {
    switch (facet) {
      case "funder": return this.countFunder(doc);
      case "grantType": return this.countGrantType(doc);
      case "status": return this.countStatus(doc, day);
      case "startYear": return this.countStartYear(doc);
      case "region": return this.countRegions(doc);
      case "organizationType": return this.countOrganizationTypes(doc);
      case "theme": return this.countThemes(doc);
      case "granted": return this.countGrantBand(doc);
      default: // decisionYear and national narrow the result but have no facet of their own
    }
  }

  private countFunder(doc: number): void {
    this.funder[this.store.funder[doc]!]!++;
  }

  private countGrantType(doc: number): void {
    const g = this.store.grantType[doc]!;
    if (g >= 0) this.grantType[g]!++;
  }

  private countStatus(doc: number, day: number): void {
    this.status[statusOf(this.store, doc, day)]!++;
  }

  private countStartYear(doc: number): void {
    const y = this.store.startYear[doc]! - FIRST_YEAR;
    if (y >= 0 && y < this.startYear.length) this.startYear[y]!++;
  }

  private countRegions(doc: number): void {
    const inferred = this.store.inferredMask[doc]!;
    for (let m = this.store.regionMask[doc]!, bit = 0; m; m >>>= 1, bit++) {
      if (!(m & 1)) continue;
      this.region[bit]!++;
      if (inferred & (1 << bit)) this.regionInferred[bit]!++;
    }
  }

  private countOrganizationTypes(doc: number): void {
    const types = this.store.organizationTypes[doc]!;
    for (let i = 0; i < types.length; i++) this.organizationType[types[i]!]!++;
  }

  private countThemes(doc: number): void {
    const themes = this.store.themes[doc]!;
    for (let i = 0; i < themes.length; i++) if (themes[i]! < this.theme.length) this.theme[themes[i]!]!++;
  }

  private countGrantBand(doc: number): void {
    const band = this.store.grantBand[doc]!;
    if (band >= 0) this.granted[band]!++;
  }

  labelled(): Record<FacetName, FacetValue[]> {
    const s = this.store;
    const ref = s.reference;
    const nonZero = (values: FacetValue[]) => values.filter((v) => v.count > 0);
    const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.label.localeCompare(b.label, "fi");
    const funders = nonZero(s.funders.values.map((code, n) => ({ value: code, label: ref.funders.find((f) => f.code === code)?.name ?? code, count: this.funder[n]! })));
    const grantTypes = nonZero(s.grantTypes.values.map((g, n) => ({ value: g, label: g, count: this.grantType[n]! })));
    const status = nonZero(STATUS_ORDER.slice(0, 3).map((value, n) => ({ value, label: STATUS_LABEL[value]!, count: this.status[n]! })));
    const years: FacetValue[] = [];
    for (let i = this.startYear.length - 1; i >= 0; i--) if (this.startYear[i]) years.push({ value: String(FIRST_YEAR + i), label: String(FIRST_YEAR + i), count: this.startYear[i]! });
    const regions = nonZero(ref.regions.flatMap((r) => {
      const bit = s.regionBit(r.id);
      return bit === undefined ? [] : [{ value: slugify(r.name), label: r.name, count: this.region[bit]!, inferred: this.regionInferred[bit]! }];
    }));
    const types = nonZero(s.organizationTypeNames.values.map((t, n) => ({ value: t, label: t, count: this.organizationType[n]! })));
    const themes = nonZero(ref.themes.map((t) => ({ value: t.slug, label: t.name, count: this.theme[t.id] ?? 0 })));
    const bands = nonZero(GRANT_BANDS.map((b, n) => ({ value: b.value, label: b.label, count: this.granted[n]! })));
    return {
      funder: funders.sort(byCount), grantType: grantTypes.sort(byCount), status, startYear: years,
      region: regions.sort(byCount), organizationType: types.sort(byCount), theme: themes.sort(byCount), granted: bands,
    };
  }
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
