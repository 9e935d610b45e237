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
 * Running sums of one group. Every group has the same fields (and so one hidden class: the hot
 * loop below stays monomorphic); year, funder and grant type are set where they name the group.
 */
class Tally implements Sums {
  year: number | null = null;
  funder = "";
  grantType: string | null = null;
  projects = 0;
  grantedEur = 0;
  totalCostEur = 0;
  /** Granted and total cost of the projects that state both (funder share, leverage). */
  grantedWithCost = 0;
  costWithGrant = 0;
  withBoth = 0;
  inferred = 0;

  add(granted: number, cost: number): void {
    this.projects++;
    if (granted !== NONE) this.grantedEur += granted;
    if (cost !== NONE) this.totalCostEur += cost;
    if (granted !== NONE && cost !== NONE && cost > 0) {
      this.grantedWithCost += granted;
      this.costWithGrant += cost;
      this.withBoth++;
    }
  }
}

function tally<K>(map: Map<K, Tally>, key: K): Tally {
  let t = map.get(key);
  if (!t) map.set(key, (t = new Tally()));
  return t;
}

const sums = (t: Tally): Sums => ({ projects: t.projects, grantedEur: t.grantedEur, totalCostEur: t.totalCostEur });
const byEuros = (a: Group, b: Group) => b.grantedEur - a.grantedEur || b.projects - a.projects || a.label.localeCompare(b.label, "fi");

export function dashboardIndex(store: IndexStore, params: SearchParams, options: DashboardOptions = {}): Dashboard {
  const text = params.q ? matchText(store, params.q) : null;
  const docs: number[] = [];
  if (!params.q || text) forEachMatch(store, text?.docs ?? null, compileFilters(store, params), (doc) => docs.push(doc));

  const day = today();
  const total = new Tally();
  const grants = new Float64Array(docs.length);
  let grantCount = 0;
  let runningNow = 0;
  let lastDayOfAll = NONE;
  // Numeric keys (year × funder, funder × grant type): no string is built per project.
  const byYearFunder = new Map<number, Tally>();
  const byRegion = new Map<number, Tally>(); // region bit; -1 nation-wide; -2 none stated
  const byTheme = new Map<number, Tally>(); // theme id; 0 none
  const byType = new Map<number, Tally>(); // organisation type number; -1 none
  const byApplicant = new Map<number, Tally>();
  const leverage = new Map<number, Tally>();
  const esf = { projects: 0, publicPlannedEur: 0, publicRealizedEur: 0, euStatePlannedEur: 0, euStateRealizedEur: 0 };

  for (const doc of docs) {
    const g = store.granted[doc]!;
    const c = store.totalCost[doc]!;
    total.add(g, c);
    if (g !== NONE) grants[grantCount++] = g;
    const start = store.start[doc]!;
    const end = store.end[doc]!;
    if (start !== NONE && start <= day && (end === NONE || end >= day)) runningNow++;
    const lastDay = end !== NONE ? end : start;
    if (lastDay > lastDayOfAll) lastDayOfAll = lastDay;

    const funderNumber = store.funder[doc]!;
    const yearKey = store.decisionYear[doc]! * 256 + funderNumber;
    let yearTally = byYearFunder.get(yearKey);
    if (!yearTally) {
      yearTally = new Tally();
      yearTally.year = store.decisionYear[doc]! || null;
      yearTally.funder = store.funders.values[funderNumber]!;
      byYearFunder.set(yearKey, yearTally);
    }
    yearTally.add(g, c);

    const mask = store.regionMask[doc]!;
    if (store.national[doc]) tally(byRegion, -1).add(g, c);
    else if (mask === 0) tally(byRegion, -2).add(g, c);
    else {
      const inferred = store.inferredMask[doc]!;
      for (let m = mask, bit = 0; m; m >>>= 1, bit++) {
        if (!(m & 1)) continue;
        const t = tally(byRegion, bit);
        t.add(g, c);
        if (inferred & (1 << bit)) t.inferred++;
      }
    }
    const themes = store.themes[doc]!;
    if (themes.length === 0) tally(byTheme, 0).add(g, c);
    else for (const id of themes) tally(byTheme, id).add(g, c);
    const types = store.organizationTypes[doc]!;
    if (types.length === 0) tally(byType, -1).add(g, c);
    else for (const t of types) tally(byType, t).add(g, c);
    const applicant = store.applicant[doc]!;
    if (applicant !== NONE) tally(byApplicant, applicant).add(g, c);
    const grantTypeNumber = store.grantType[doc]!;
    const leverageKey = funderNumber * 65536 + grantTypeNumber + 1;
    let leverageTally = leverage.get(leverageKey);
    if (!leverageTally) {
      leverageTally = new Tally();
      leverageTally.funder = store.funders.values[funderNumber]!;
      leverageTally.grantType = grantTypeNumber >= 0 ? store.grantTypes.values[grantTypeNumber]! : null;
      leverage.set(leverageKey, leverageTally);
    }
    leverageTally.add(g, c);

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

  const ref = store.reference;
  // This year, or the last year with projects when all of them ended before it.
  const thisYear = new Date().getUTCFullYear();
  const ganttYear = options.ganttYear ?? (lastDayOfAll === NONE ? thisYear : Math.min(thisYear, Number(isoDay(lastDayOfAll).slice(0, 4))));
  const gantt = ganttOf(store, docs, ganttYear);
  const regionGroup = (key: number, t: Tally): (Group & { inferred: number }) | null => {
    if (key === -1) return { key: NATIONAL_KEY, label: "Valtakunnallinen", ...sums(t), inferred: t.inferred };
    if (key === -2) return { key: null, label: "Ei tiedossa", ...sums(t), inferred: t.inferred };
    const region = ref.regions.find((r) => r.id === store.regionIdOfBit(key));
    return region ? { key: slugify(region.name), label: region.name, ...sums(t), inferred: t.inferred } : null;
  };
  const present = <T>(x: T | null): x is T => x !== null;
  // Median as Postgres' percentile_disc(0.5): the middle value, the lower one of two.
  const sorted = grants.subarray(0, grantCount).sort();
  const median = grantCount ? sorted[Math.ceil(grantCount / 2) - 1]! : null;
  const topApplicants = topK([...byApplicant.keys()], TOP_APPLICANTS, (a, b) => {
    const ta = byApplicant.get(a)!;
    const tb = byApplicant.get(b)!;
    return tb.grantedEur - ta.grantedEur || tb.projects - ta.projects || a - b;
  });
  const leverageRows = [...leverage.values()];

  return {
    key: {
      ...sums(total),
      funderShare: total.costWithGrant > 0 ? total.grantedWithCost / total.costWithGrant : null,
      averageGrantEur: grantCount ? total.grantedEur / grantCount : null,
      medianGrantEur: median,
      runningNow,
    },
    funders: [...ref.funders].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
    byYearAndFunder: [...byYearFunder.values()].map((t) => ({ year: t.year, funder: t.funder, ...sums(t) }))
      .sort((a, b) => (a.year ?? 99999) - (b.year ?? 99999) || a.funder.localeCompare(b.funder)),
    byRegion: [...byRegion].map(([k, t]) => regionGroup(k, t)).filter(present).sort(byEuros),
    byTheme: [...byTheme].map(([id, t]) => {
      if (id === 0) return { key: null, label: "Ei tiedossa", ...sums(t) };
      const theme = ref.themes.find((x) => x.id === id);
      return theme ? { key: theme.slug, label: theme.name, ...sums(t) } : null;
    }).filter(present).sort(byEuros),
    byOrganizationType: [...byType].map(([n, t]) => (n === -1
      ? { key: null, label: "Ei tiedossa", ...sums(t) }
      : { key: store.organizationTypeNames.values[n]!, label: store.organizationTypeNames.values[n]!, ...sums(t) })).sort(byEuros),
    byGrantType: collapse(leverageRows.map((t) => ({ grantType: t.grantType, ...sums(t) })), (r) => r.grantType, (k) => k ?? "Ei tiedossa").sort(byEuros),
    topApplicants: topApplicants.flatMap((id) => {
      const org = ref.organizations.get(id);
      return org ? [{ key: org.slug, label: org.name, ...sums(byApplicant.get(id)!) }] : [];
    }).sort(byEuros),
    gantt,
    esf,
    leverage: leverageRows.filter((t) => t.withBoth > 0)
      .map((t) => ({ funder: t.funder, grantType: t.grantType, projects: t.withBoth, grantedEur: t.grantedWithCost, totalCostEur: t.costWithGrant }))
      .sort((a, b) => a.funder.localeCompare(b.funder) || (a.grantType ?? "").localeCompare(b.grantType ?? "", "fi")),
  };
}

/** The projects running in `year` (counted), the largest first (shown). */
function ganttOf(store: IndexStore, docs: number[], year: number | null): Dashboard["gantt"] {
  if (year === null) return { year: null, running: 0, items: [] };
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
