/**
 * Synthetic projects for the read index's tests: deterministic rows over a small Finnish
 * vocabulary, and the answers (searches with facets and sorts, dashboards, related projects) two
 * indexes must agree on.
 */
import { parseSearchParams, type SearchParams } from "../search/filters";
import { dashboardIndex } from "./dashboard";
import { relatedInIndex } from "./related";
import { searchIndex } from "./search";
import { IndexStore, type ProjectRow } from "./store";

const WORDS = [
  "johtaminen",
  "johtamisen",
  "työhyvinvointi",
  "työhyvinvoinnin",
  "kotihoito",
  "kotihoidon",
  "sosiaalinen",
  "pääoma",
  "pääoman",
  "hanke",
  "kehittäminen",
  "yhteisö",
  "dialogi",
  "väkivalta",
  "asiakasväkivaltaan",
  "etätyö",
  "hybridityössä",
];
const FUNDERS = ["TSR", "ESR", "HEL"];
const TYPES = ["Yliopisto", "Kunta", "Yritys", "Yhdistys"];
const GRANT_TYPES = ["Kehittämishanke", "Tutkimushanke", null];

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function row(projectId: number, r: () => number): ProjectRow {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const text = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const year = 2010 + Math.floor(r() * 14);
  const hasDates = r() < 0.9;
  const national = r() < 0.15;
  const regions = r() < 0.8 ? [1 + Math.floor(r() * 5), ...(r() < 0.3 ? [1 + Math.floor(r() * 5)] : [])] : [];
  return {
    projectId,
    slug: `p-${projectId}`,
    projectNumber: String(100000 + projectId),
    title: text(4),
    funderCode: pick(FUNDERS),
    grantType: pick(GRANT_TYPES),
    periodStart: hasDates ? `${year}-0${1 + Math.floor(r() * 9)}-01` : null,
    periodEnd: hasDates && r() < 0.8 ? `${year + 1 + Math.floor(r() * 4)}-12-31` : null,
    startYear: hasDates ? year : null,
    decisionYear: r() < 0.7 ? year - 1 : null,
    grantedEur: r() < 0.85 ? Math.floor(r() * 5) * 25000 + 10000 : null,
    totalCostEur: r() < 0.6 ? Math.floor(r() * 400000) : null,
    euStateGrantedEur: r() < 0.2 ? 50000 : null,
    euStateRealizedEur: null,
    publicPlannedEur: r() < 0.2 ? 70000 : null,
    publicRealizedEur: null,
    applicantId: r() < 0.9 ? 1 + Math.floor(r() * 30) : null,
    isNational: national,
    regionIds: regions,
    inferredRegionIds: regions.filter(() => r() < 0.3),
    organizationIds: [1 + Math.floor(r() * 30)],
    organizationTypes: r() < 0.9 ? [pick(TYPES)] : [],
    themeIds: r() < 0.7 ? [1 + Math.floor(r() * 4)] : [],
    textA: text(3),
    textB: text(12),
    textC: text(40),
  };
}

/**
 * `steps` random edits of projects 1…`ids`: about one in five a deletion (`row` null), the rest a
 * new version of the project.
 */
export function* randomEdits(
  r: () => number,
  steps: number,
  ids: number,
): Generator<{ id: number; row: ProjectRow | null }> {
  for (let step = 0; step < steps; step++) {
    const id = 1 + Math.floor(r() * ids);
    yield r() < 0.2 ? { id, row: null } : { id, row: row(id, r) };
  }
}

export function freshStore(): IndexStore {
  const store = new IndexStore();
  store.setReference({
    funders: FUNDERS.map((code) => ({ code, name: code })),
    regions: ["Uusimaa", "Pirkanmaa", "Pohjois-Savo", "Lappi", "Varsinais-Suomi"].map((name, i) => ({
      id: i + 1,
      name,
      code: `MK0${i + 1}`,
    })),
    themes: [1, 2, 3, 4].map((id) => ({ id, name: `Aihe ${id}`, slug: `aihe-${id}` })),
    organizations: new Map(
      Array.from({ length: 30 }, (_, i) => [i + 1, { name: `Organisaatio ${i + 1}`, slug: `org-${i + 1}` }]),
    ),
  });
  return store;
}

const QUERIES = [
  "",
  "q=johtaminen",
  "q=kotihoito&funder=TSR",
  'q="sosiaalinen pääoma"',
  "funder=ESR&status=ended&sort=granted",
  "region=pirkanmaa&region=lappi&national=false",
  "yearFrom=2015&yearTo=2018&sort=newest",
  "theme=aihe-1&organizationType=Kunta",
  "minGranted=30000&maxGranted=90000&sort=title",
  "q=-johtaminen",
  "status=running",
  "decisionYear=2015",
];

export function params(query: string): SearchParams {
  const parsed = parseSearchParams(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.params;
}

export function answers(store: IndexStore) {
  return {
    search: QUERIES.map((q) => searchIndex(store, params(q))),
    dashboards: [
      ...QUERIES.map((q) => dashboardIndex(store, params(q), { ganttYear: 2016 })),
      dashboardIndex(store, params("")),
      dashboardIndex(store, params("funder=TSR")),
    ],
    related: [1, 7, 50].map((id) => relatedInIndex(store, id)),
  };
}
