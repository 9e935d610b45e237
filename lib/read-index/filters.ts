/**
 * The shared filter model (lib/search/filters.ts) as predicates over the read index's columns.
 * Each filter knows the facet it belongs to: a facet's counts obey every filter but its own.
 * Same meaning as the SQL form (lib/search/sql.ts), which stays as the benchmark's baseline.
 */
import { slugify } from "../ingest/normalize";
import type { SearchParams } from "../search/filters";
import type { FilterName } from "../search/sql";
import { NONE, type IndexStore } from "./store";

export interface DocFilter {
  name: FilterName;
  test(doc: number): boolean;
}

export type Status = "running" | "ended" | "upcoming" | "unknown";
export const STATUS_ORDER: Status[] = ["running", "ended", "upcoming", "unknown"];

/** Today as a day number (UTC date, as Postgres' CURRENT_DATE in the embedded server's zone). */
export function today(): number {
  return Math.floor(Date.now() / 86_400_000);
}

/** 0 running, 1 ended, 2 upcoming, 3 unknown: how the status facet and filter read the dates. */
export function statusOf(store: IndexStore, doc: number, day: number): number {
  const end = store.end[doc]!;
  const start = store.start[doc]!;
  if (end !== NONE && end < day) return 1;
  if (start !== NONE && start > day) return 2;
  if (start !== NONE) return 0;
  return 3;
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
  if (params.funder.length) {
    const allowed = new Set(params.funder.map((code) => store.funders.find(code)).filter((n) => n !== undefined));
    filters.push({ name: "funder", test: (d) => allowed.has(store.funder[d]!) });
  }
  if (params.grantType.length) {
    const allowed = new Set(params.grantType.map((g) => store.grantTypes.find(g)).filter((n) => n !== undefined));
    filters.push({ name: "grantType", test: (d) => allowed.has(store.grantType[d]!) });
  }
  if (params.status.length) {
    const allowed = new Set(params.status.map((s) => STATUS_ORDER.indexOf(s)));
    filters.push({ name: "status", test: (d) => allowed.has(statusOf(store, d, day)) });
  }
  if (params.yearFrom !== undefined || params.yearTo !== undefined) {
    const from = params.yearFrom ?? -Infinity;
    const to = params.yearTo ?? Infinity;
    filters.push({ name: "startYear", test: (d) => { const y = store.startYear[d]!; return y !== 0 && y >= from && y <= to; } });
  }
  if (params.decisionYear !== undefined) {
    const year = params.decisionYear;
    filters.push({ name: "decisionYear", test: (d) => store.decisionYear[d] === year });
  }
  if (params.region.length) {
    const mask = regionMaskOf(store, params.region);
    filters.push({ name: "region", test: (d) => (store.regionMask[d]! & mask) !== 0 });
  }
  if (params.national !== undefined) {
    const wanted = params.national ? 1 : 0;
    filters.push({ name: "national", test: (d) => store.national[d] === wanted });
  }
  if (params.organizationType.length) {
    const allowed = new Set(params.organizationType.map((t) => store.organizationTypeNames.find(t)).filter((n) => n !== undefined));
    filters.push({ name: "organizationType", test: (d) => store.organizationTypes[d]!.some((t) => allowed.has(t)) });
  }
  if (params.theme.length) {
    const allowed = new Set(store.reference.themes.filter((t) => params.theme.includes(t.slug)).map((t) => t.id));
    filters.push({ name: "theme", test: (d) => store.themes[d]!.some((t) => allowed.has(t)) });
  }
  if (params.minGranted !== undefined || params.maxGranted !== undefined) {
    const min = params.minGranted ?? -Infinity;
    const max = params.maxGranted ?? Infinity;
    filters.push({ name: "granted", test: (d) => { const g = store.granted[d]!; return g !== NONE && g >= min && g <= max; } });
  }
  return filters;
}

/** Calls `visit` for every alive doc that the text match (when given) and every filter accept. */
export function forEachMatch(store: IndexStore, textDocs: { forEach(f: (d: number) => void): void } | null, filters: DocFilter[], visit: (doc: number) => void): void {
  const pass = (doc: number) => {
    if (!store.alive[doc]) return;
    for (const f of filters) if (!f.test(doc)) return;
    visit(doc);
  };
  if (textDocs) textDocs.forEach(pass);
  else for (let doc = 0; doc < store.size; doc++) pass(doc);
}
