/**
 * The shared filter model (lib/search/filters.ts) as sets of docs over the read index's value
 * sets. Each filter knows the facet it belongs to: a facet's counts obey every filter but its own.
 * Same meaning as the SQL form (lib/search/sql.ts), which stays as the benchmark's baseline.
 */
import { TypedFastBitSet } from "typedfastbitset";
import { slugify } from "../ingest/normalize";
import type { SearchParams } from "../search/filters";
import type { FilterName } from "../search/sql";
import { bitsOf, type IndexStore, NONE, STATUS_ORDER } from "./store";

export interface DocFilter {
  name: FilterName;
  /** The alive docs this filter accepts. */
  docs: TypedFastBitSet;
}

/** Today as a day number (UTC date, as Postgres' CURRENT_DATE in the embedded server's zone). */
export function today(): number {
  return Math.floor(Date.now() / 86_400_000);
}

function regionMaskOf(store: IndexStore, slugs: string[]): number {
  let mask = 0;
  for (const region of store.reference.regions) {
    const bit = store.regionBit(region.id);
    if (bit !== undefined && slugs.includes(slugify(region.name))) mask |= 1 << bit;
  }
  return mask >>> 0;
}

export function compileFilters(store: IndexStore, params: SearchParams, day = today()): DocFilter[] {
  const filters: DocFilter[] = [];
  const numbers = (values: string[], find: (v: string) => number | undefined) =>
    values.map(find).filter((n) => n !== undefined);
  if (params.funder.length) {
    filters.push({ name: "funder", docs: store.byFunder.union(numbers(params.funder, (c) => store.funders.find(c))) });
  }
  if (params.grantType.length) {
    filters.push({
      name: "grantType",
      docs: store.byGrantType.union(numbers(params.grantType, (g) => store.grantTypes.find(g))),
    });
  }
  if (params.status.length) {
    filters.push({
      name: "status",
      docs: store.byStatus(day).union(params.status.map((s) => STATUS_ORDER.indexOf(s))),
    });
  }
  if (params.yearFrom !== undefined || params.yearTo !== undefined) {
    const from = params.yearFrom ?? -Infinity;
    const to = params.yearTo ?? Infinity;
    filters.push({
      name: "startYear",
      docs: store.byStartYear.union(store.byStartYear.values().filter((y) => y >= from && y <= to)),
    });
  }
  if (params.decisionYear !== undefined) {
    filters.push({ name: "decisionYear", docs: store.byDecisionYear.of(params.decisionYear).clone() });
  }
  if (params.region.length) {
    const mask = regionMaskOf(store, params.region);
    filters.push({ name: "region", docs: store.byRegion.union(bitsOf(mask)) });
  }
  if (params.national !== undefined) {
    filters.push({
      name: "national",
      docs: params.national ? store.nationalDocs.clone() : store.aliveDocs.new_difference(store.nationalDocs),
    });
  }
  if (params.organizationType.length) {
    filters.push({
      name: "organizationType",
      docs: store.byOrganizationType.union(
        numbers(params.organizationType, (t) => store.organizationTypeNames.find(t)),
      ),
    });
  }
  if (params.theme.length) {
    filters.push({
      name: "theme",
      docs: store.byTheme.union(store.reference.themes.filter((t) => params.theme.includes(t.slug)).map((t) => t.id)),
    });
  }
  if (params.minGranted !== undefined || params.maxGranted !== undefined) {
    const min = params.minGranted ?? -Infinity;
    const max = params.maxGranted ?? Infinity;
    const docs = new TypedFastBitSet();
    docs.resize(store.size);
    const words = docs.words;
    const granted = store.granted;
    const alive = store.alive;
    for (let doc = 0; doc < store.size; doc++) {
      const g = granted[doc]!;
      if (alive[doc] && g !== NONE && g >= min && g <= max) words[doc >>> 5]! |= 1 << doc;
    }
    filters.push({ name: "granted", docs });
  }
  return filters;
}

/**
 * The docs the text (when given) and the filters accept, except the filter named `except`: a
 * facet's counts obey every filter but its own. `text` null: every alive doc.
 */
export function acceptedBy(
  store: IndexStore,
  text: TypedFastBitSet | null,
  filters: DocFilter[],
  except?: FilterName,
): TypedFastBitSet {
  const docs = (text ?? store.aliveDocs).clone();
  for (const f of filters) if (f.name !== except) docs.intersection(f.docs);
  return docs;
}
