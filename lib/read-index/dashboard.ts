/**
 * Every number of the funders' dashboard from the read index, in one pass over the matching
 * docs. The counting rules are those of ADR 0005 (stated in lib/stats/dashboard.ts, whose SQL
 * form stays as the benchmark's baseline): unknown amounts are skipped, never 0; a nation-wide
 * project counts once under "valtakunnallinen"; multi-valued groups count a project in each value.
 */
import { slugify } from "../ingest/normalize";
import type { SearchParams } from "../search/filters";
import { collapse, GANTT_ROWS, NATIONAL_KEY, TOP_APPLICANTS, type Dashboard, type DashboardOptions, type Group, type Sums } from "../stats/dashboard";
import { compileFilters, forEachMatch, today } from "./filters";
import { matchText } from "./match";
import { topK } from "./search";
import { isoDay, NONE, type IndexStore } from "./store";

/**
 * Running sums of many groups, group by number, in typed arrays: the loop over up to a million
 * projects adds numbers into flat arrays instead of updating an object per group.
 */
class Tallies {
  readonly projects: Float64Array;
  readonly granted: Float64Array;
  readonly cost: Float64Array;
  /** Granted and total cost of the projects that state both (funder share, leverage). */
  readonly grantedWithCost: Float64Array;
  readonly costWithGrant: Float64Array;
  readonly withBoth: Float64Array;
  readonly inferred: Float64Array;

  constructor(readonly size: number) {
    this.projects = new Float64Array(size);
    this.granted = new Float64Array(size);
    this.cost = new Float64Array(size);
    this.grantedWithCost = new Float64Array(size);
    this.costWithGrant = new Float64Array(size);
    this.withBoth = new Float64Array(size);
    this.inferred = new Float64Array(size);
  }

  /** `g`, `c`: amounts with unknown as 0; `both`: whether the project states both. */
  add(group: number, g: number, c: number, both: boolean): void {
    this.projects[group]!++;
    this.granted[group]! += g;
    this.cost[group]! += c;
    if (both) {
      this.grantedWithCost[group]! += g;
      this.costWithGrant[group]! += c;
      this.withBoth[group]!++;
    }
  }

  sums(group: number): Sums {
    return { projects: this.projects[group]!, grantedEur: this.granted[group]!, totalCostEur: this.cost[group]! };
  }

  /** The groups with projects in them. */
  used(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.size; i++) if (this.projects[i]) out.push(i);
    return out;
  }
}

const FIRST_YEAR = 1800;
const YEARS = 402; // 0: no year; 1…401: FIRST_YEAR…FIRST_YEAR + 400
const NATIONAL = 32;
const NO_REGION = 33;

const byEuros = (a: Group, b: Group) => b.grantedEur - a.grantedEur || b.projects - a.projects || a.label.localeCompare(b.label, "fi");

export function dashboardIndex(store: IndexStore, params: SearchParams, options: DashboardOptions = {}): Dashboard {
  const text = params.q ? matchText(store, params.q) : null;
  const docs: number[] = [];
  if (!params.q || text) forEachMatch(store, text?.docs ?? null, compileFilters(store, params), (doc) => docs.push(doc));

  const day = today();
  const funders = store.funders.values.length;
  const grantTypes = store.grantTypes.values.length + 1; // 0: none
  const themeSlots = Math.max(0, ...store.reference.themes.map((t) => t.id)) + 1; // 0: none
  const total = new Tallies(1);
  const byYearFunder = new Tallies(YEARS * funders);
  const byRegion = new Tallies(34); // region bits; NATIONAL; NO_REGION
  const byTheme = new Tallies(themeSlots);
  const byType = new Tallies(store.organizationTypeNames.values.length + 1); // 0: none
  const leverage = new Tallies(funders * grantTypes);
  const applicantSlot = new Map<number, number>();
  const applicantIds: number[] = [];
  const byApplicant = new Tallies(Math.max(1, store.reference.organizations.size));
  const grants = new Float64Array(docs.length);
  let grantCount = 0;

  // One small loop per dimension: each stays simple enough for the optimising compiler.
  const amounts = amountsOf(store, docs);
  for (let i = 0; i < docs.length; i++) total.add(0, amounts.g[i]!, amounts.c[i]!, amounts.both[i] === 1);
  const { runningNow, lastDayOfAll } = datesOf(store, docs, day);
  for (let i = 0; i < docs.length; i++) {
    const granted = store.granted[docs[i]!]!;
    if (granted !== NONE) grants[grantCount++] = granted;
  }
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    const year = store.decisionYear[doc]!;
    const yearSlot = year ? Math.min(YEARS - 1, Math.max(1, year - FIRST_YEAR + 1)) : 0;
    byYearFunder.add(yearSlot * funders + store.funder[doc]!, amounts.g[i]!, amounts.c[i]!, amounts.both[i] === 1);
    leverage.add(store.funder[doc]! * grantTypes + store.grantType[doc]! + 1, amounts.g[i]!, amounts.c[i]!, amounts.both[i] === 1);
  }
  regionsOf(store, docs, amounts, byRegion);
  for (let i = 0; i < docs.length; i++) {
    const themes = store.themes[docs[i]!]!;
    if (themes.length === 0) byTheme.add(0, amounts.g[i]!, amounts.c[i]!, amounts.both[i] === 1);
    else for (let t = 0; t < themes.length; t++) if (themes[t]! < themeSlots) byTheme.add(themes[t]!, amounts.g[i]!, amounts.c[i]!, amounts.both[i] === 1);
  }
  for (let i = 0; i < docs.length; i++) {
    const types = store.organizationTypes[docs[i]!]!;
    if (types.length === 0) byType.add(0, amounts.g[i]!, amounts.c[i]!, amounts.both[i] === 1);
    else for (let t = 0; t < types.length; t++) byType.add(types[t]! + 1, amounts.g[i]!, amounts.c[i]!, amounts.both[i] === 1);
  }
  for (let i = 0; i < docs.length; i++) {
    const applicant = store.applicant[docs[i]!]!;
    if (applicant === NONE) continue;
    let slot = applicantSlot.get(applicant);
    if (slot === undefined) {
      slot = applicantIds.length;
      applicantSlot.set(applicant, slot);
      applicantIds.push(applicant);
    }
    if (slot < byApplicant.size) byApplicant.add(slot, amounts.g[i]!, amounts.c[i]!, amounts.both[i] === 1);
  }
  const esf = esfOf(store, docs);

  // This year, or the last year with projects when all of them ended before it.
  const thisYear = new Date().getUTCFullYear();
  const ganttYear = options.ganttYear ?? (lastDayOfAll === NONE ? thisYear : Math.min(thisYear, Number(isoDay(lastDayOfAll).slice(0, 4))));
  const gantt = ganttOf(store, docs, ganttYear);
  const ref = store.reference;
  const regionGroup = (bit: number): (Group & { inferred: number }) | null => {
    const inferred = byRegion.inferred[bit]!;
    if (bit === NATIONAL) return { key: NATIONAL_KEY, label: "Valtakunnallinen", ...byRegion.sums(bit), inferred };
    if (bit === NO_REGION) return { key: null, label: "Ei tiedossa", ...byRegion.sums(bit), inferred };
    const region = ref.regions.find((r) => r.id === store.regionIdOfBit(bit));
    return region ? { key: slugify(region.name), label: region.name, ...byRegion.sums(bit), inferred } : null;
  };
  const present = <T>(x: T | null): x is T => x !== null;
  // Median as Postgres' percentile_disc(0.5): the middle value, the lower one of two.
  const sorted = grants.subarray(0, grantCount).sort();
  const median = grantCount ? sorted[Math.ceil(grantCount / 2) - 1]! : null;
  const slots = Array.from({ length: Math.min(applicantIds.length, byApplicant.size) }, (_, i) => i);
  const topApplicants = topK(slots, TOP_APPLICANTS, (a, b) =>
    byApplicant.granted[b]! - byApplicant.granted[a]! || byApplicant.projects[b]! - byApplicant.projects[a]! || applicantIds[a]! - applicantIds[b]!);
  const leverageRows = leverage.used().map((k) => ({
    funder: store.funders.values[Math.floor(k / grantTypes)]!,
    grantType: k % grantTypes === 0 ? null : store.grantTypes.values[(k % grantTypes) - 1]!,
    k,
  }));

  return {
    key: {
      ...total.sums(0),
      funderShare: total.costWithGrant[0]! > 0 ? total.grantedWithCost[0]! / total.costWithGrant[0]! : null,
      averageGrantEur: grantCount ? total.granted[0]! / grantCount : null,
      medianGrantEur: median,
      runningNow,
    },
    funders: [...ref.funders].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
    byYearAndFunder: byYearFunder.used().map((k) => {
      const slot = Math.floor(k / funders);
      return { year: slot === 0 ? null : FIRST_YEAR + slot - 1, funder: store.funders.values[k % funders]!, ...byYearFunder.sums(k) };
    }).sort((a, b) => (a.year ?? 99999) - (b.year ?? 99999) || a.funder.localeCompare(b.funder)),
    byRegion: byRegion.used().map(regionGroup).filter(present).sort(byEuros),
    byTheme: byTheme.used().map((id) => {
      if (id === 0) return { key: null, label: "Ei tiedossa", ...byTheme.sums(0) };
      const theme = ref.themes.find((x) => x.id === id);
      return theme ? { key: theme.slug, label: theme.name, ...byTheme.sums(id) } : null;
    }).filter(present).sort(byEuros),
    byOrganizationType: byType.used().map((n) => (n === 0
      ? { key: null, label: "Ei tiedossa", ...byType.sums(0) }
      : { key: store.organizationTypeNames.values[n - 1]!, label: store.organizationTypeNames.values[n - 1]!, ...byType.sums(n) })).sort(byEuros),
    byGrantType: collapse(leverageRows.map((r) => ({ grantType: r.grantType, ...leverage.sums(r.k) })), (r) => r.grantType, (k) => k ?? "Ei tiedossa").sort(byEuros),
    topApplicants: topApplicants.flatMap((slot) => {
      const org = ref.organizations.get(applicantIds[slot]!);
      return org ? [{ key: org.slug, label: org.name, ...byApplicant.sums(slot) }] : [];
    }).sort(byEuros),
    gantt,
    esf,
    leverage: leverageRows.filter((r) => leverage.withBoth[r.k]! > 0)
      .map((r) => ({ funder: r.funder, grantType: r.grantType, projects: leverage.withBoth[r.k]!, grantedEur: leverage.grantedWithCost[r.k]!, totalCostEur: leverage.costWithGrant[r.k]! }))
      .sort((a, b) => a.funder.localeCompare(b.funder) || (a.grantType ?? "").localeCompare(b.grantType ?? "", "fi")),
  };
}

/** Each matching doc's granted and total cost (unknown as 0) and whether it states both. */
function amountsOf(store: IndexStore, docs: number[]): { g: Float64Array; c: Float64Array; both: Uint8Array } {
  const g = new Float64Array(docs.length);
  const c = new Float64Array(docs.length);
  const both = new Uint8Array(docs.length);
  for (let i = 0; i < docs.length; i++) {
    const granted = store.granted[docs[i]!]!;
    const cost = store.totalCost[docs[i]!]!;
    g[i] = granted === NONE ? 0 : granted;
    c[i] = cost === NONE ? 0 : cost;
    both[i] = granted !== NONE && cost !== NONE && cost > 0 ? 1 : 0;
  }
  return { g, c, both };
}

function datesOf(store: IndexStore, docs: number[], day: number): { runningNow: number; lastDayOfAll: number } {
  let runningNow = 0;
  let lastDayOfAll = NONE;
  for (let i = 0; i < docs.length; i++) {
    const start = store.start[docs[i]!]!;
    const end = store.end[docs[i]!]!;
    if (start !== NONE && start <= day && (end === NONE || end >= day)) runningNow++;
    const lastDay = end !== NONE ? end : start;
    if (lastDay > lastDayOfAll) lastDayOfAll = lastDay;
  }
  return { runningNow, lastDayOfAll };
}

/** A nation-wide project counts once under NATIONAL, a regional one under each of its regions. */
function regionsOf(store: IndexStore, docs: number[], amounts: ReturnType<typeof amountsOf>, byRegion: Tallies): void {
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    const both = amounts.both[i] === 1;
    const mask = store.regionMask[doc]!;
    if (store.national[doc]) byRegion.add(NATIONAL, amounts.g[i]!, amounts.c[i]!, both);
    else if (mask === 0) byRegion.add(NO_REGION, amounts.g[i]!, amounts.c[i]!, both);
    else {
      const inferred = store.inferredMask[doc]!;
      for (let m = mask, bit = 0; m; m >>>= 1, bit++) {
        if (!(m & 1)) continue;
        byRegion.add(bit, amounts.g[i]!, amounts.c[i]!, both);
        if (inferred & (1 << bit)) byRegion.inferred[bit]!++;
      }
    }
  }
}

function esfOf(store: IndexStore, docs: number[]): Dashboard["esf"] {
  const esf = { projects: 0, publicPlannedEur: 0, publicRealizedEur: 0, euStatePlannedEur: 0, euStateRealizedEur: 0 };
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    const planned = store.publicPlanned[doc]!;
    const realized = store.publicRealized[doc]!;
    const euPlanned = store.euStateGranted[doc]!;
    const euRealized = store.euStateRealized[doc]!;
    if (planned !== NONE || realized !== NONE || euPlanned !== NONE || euRealized !== NONE) esf.projects++;
    if (planned !== NONE) esf.publicPlannedEur += planned;
    if (realized !== NONE) esf.publicRealizedEur += realized;
    if (euPlanned !== NONE) esf.euStatePlannedEur += euPlanned;
    if (euRealized !== NONE) esf.euStateRealizedEur += euRealized;
  }
  return esf;
}

/** The projects running in `year` (counted), the largest first (shown). */
function ganttOf(store: IndexStore, docs: number[], year: number): Dashboard["gantt"] {
  const first = Date.UTC(year, 0, 1) / 86_400_000;
  const last = Date.UTC(year, 11, 31) / 86_400_000;
  const running = docs.filter((doc) => {
    const start = store.start[doc]!;
    if (start === NONE || start > last) return false;
    const end = store.end[doc]! !== NONE ? store.end[doc]! : start;
    return end >= first;
  });
  const g = store.granted;
  const shown = topK(running, GANTT_ROWS, (a, b) =>
    (g[a] === NONE ? 1 : 0) - (g[b] === NONE ? 1 : 0) || g[b]! - g[a]! || store.start[a]! - store.start[b]! || store.projectId[a]! - store.projectId[b]!);
  return {
    year,
    running: running.length,
    items: shown.map((doc) => ({
      slug: store.slugs[doc]!,
      title: store.titles[doc]!,
      funder: store.funders.values[store.funder[doc]!]!,
      periodStart: isoDay(store.start[doc]!),
      periodEnd: store.end[doc]! !== NONE ? isoDay(store.end[doc]!) : null,
      grantedEur: g[doc]! !== NONE ? g[doc]! : null,
    })),
  };
}
