/**
 * Every number of the funders' dashboard from the read index: the sums from the sheet of the
 * matching docs, or of all docs minus those left out (lib/read-index/dashboard-sheet.ts); the
 * median from the grant order kept on write; the timeline from one pass over the matching docs.
 * The counting rules are those of ADR 0005 (stated in lib/stats/dashboard.ts, whose SQL
 * form stays as the benchmark's baseline): unknown amounts are skipped, never 0; a nation-wide
 * project counts once under "valtakunnallinen"; multi-valued groups count a project in each value.
 */
import type { SearchParams } from "../search/filters";
import { collapse, GANTT_ROWS, NATIONAL_KEY, TOP_APPLICANTS, type Dashboard, type DashboardOptions, type Group } from "../stats/dashboard";
import { TypedFastBitSet } from "typedfastbitset";
import { acceptedBy, compileFilters, today } from "./filters";
import { matchText } from "./match";
import { topK } from "./search";
import { FIRST_YEAR, FUNDER_SLOTS, NATIONAL, NO_REGION, Sheet, sheetOfAll, YEARS } from "./dashboard-sheet";
import { medianGrant } from "./grant-order";
import { isoDay, NONE, STATUS_ORDER, type IndexStore } from "./store";
import { countBoth, docsInto } from "./value-sets";

const byEuros = (a: Group, b: Group) => b.grantedEur - a.grantedEur || b.projects - a.projects || a.label.localeCompare(b.label, "fi");

export function dashboardIndex(store: IndexStore, params: SearchParams, options: DashboardOptions = {}): Dashboard {
  const text = params.q ? matchText(store, params.q, { ranked: false }) : null;
  const matched = params.q && !text ? new TypedFastBitSet() : acceptedBy(store, text?.docs ?? null, compileFilters(store, params));
  const docs = store.scratchDocs().subarray(0, docsInto(matched, store.scratchDocs()));

  // The sums: over the matching docs, or — when they are most of the index — the sheet of all
  // docs (kept on every write) minus the docs left out.
  let sheet: Sheet;
  if (docs.length * 2 <= store.aliveTotal) {
    sheet = new Sheet();
    sheet.add(store, docs, matched, 1);
  } else {
    const left = store.aliveDocs.new_difference(matched);
    const leftDocs = new Int32Array(store.aliveTotal - docs.length);
    docsInto(left, leftDocs);
    const out = new Sheet();
    out.add(store, leftDocs, left, 1);
    sheet = sheetOfAll(store).clone().subtract(out);
  }
  const { total, byYearFunder, byRegion, byTheme, byType, leverage, byApplicant, grantCount, esf } = sheet;
  const day = today();
  const runningNow = countBoth(matched, store.byStatus(day).of(STATUS_ORDER.indexOf("running")), store.size);
  const lastDayOfAll = lastDayOf(store, docs);

  // This year, or the last year with projects when all of them ended before it.
  const thisYear = new Date().getUTCFullYear();
  const ganttYear = options.ganttYear ?? (lastDayOfAll === NONE ? thisYear : Math.min(thisYear, Number(isoDay(lastDayOfAll).slice(0, 4))));
  const gantt = ganttOf(store, docs, ganttYear);
  const ref = store.reference;
  const regionGroup = (bit: number): (Group & { inferred: number }) | null => {
    const inferred = sheet.regionInferred[bit]!;
    if (bit === NATIONAL) return { key: NATIONAL_KEY, label: "Valtakunnallinen", ...byRegion.sums(bit), inferred };
    if (bit === NO_REGION) return { key: null, label: "Ei tiedossa", ...byRegion.sums(bit), inferred };
    const region = ref.regions.find((r) => r.id === store.regionIdOfBit(bit));
    return region ? { key: store.regionSlug(region.id), label: region.name, ...byRegion.sums(bit), inferred } : null;
  };
  const present = <T>(x: T | null): x is T => x !== null;
  // Median as Postgres' percentile_disc(0.5): the middle value, the lower one of two.
  const median = medianGrant(store, matched, grantCount);
  const applicantIds = store.applicantIds;
  const topApplicants = topK(byApplicant.used(), TOP_APPLICANTS, (a, b) =>
    byApplicant.granted[b]! - byApplicant.granted[a]! || byApplicant.projects[b]! - byApplicant.projects[a]! || applicantIds[a]! - applicantIds[b]!);
  const leverageRows = leverage.used().map((k) => ({
    funder: store.funders.values[k % FUNDER_SLOTS]!,
    grantType: k < FUNDER_SLOTS ? null : store.grantTypes.values[Math.floor(k / FUNDER_SLOTS) - 1]!,
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
      const slot = k % YEARS;
      return { year: slot === 0 ? null : FIRST_YEAR + slot - 1, funder: store.funders.values[Math.floor(k / YEARS)]!, ...byYearFunder.sums(k) };
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

/** The last day of any doc (its end, or its start when it states no end), NONE without dates. */
function lastDayOf(store: IndexStore, docs: Int32Array): number {
  let last = NONE;
  for (let i = 0; i < docs.length; i++) {
    const end = store.end[docs[i]!]!;
    const day = end !== NONE ? end : store.start[docs[i]!]!;
    if (day > last) last = day;
  }
  return last;
}

/** The projects running in `year` (counted), the largest first (shown). */
function ganttOf(store: IndexStore, docs: Int32Array, year: number): Dashboard["gantt"] {
  const first = Date.UTC(year, 0, 1) / 86_400_000;
  const last = Date.UTC(year, 11, 31) / 86_400_000;
  const running: number[] = [];
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    const start = store.start[doc]!;
    if (start === NONE || start > last) continue;
    const end = store.end[doc]!;
    if ((end !== NONE ? end : start) >= first) running.push(doc);
  }
  const g = store.granted;
  const shown = topK(running, GANTT_ROWS, (a, b) =>
    (g[a] === NONE ? 1 : 0) - (g[b] === NONE ? 1 : 0) || g[b]! - g[a]! || store.start[a]! - store.start[b]! || store.projectId[a]! - store.projectId[b]!,
  (d) => (g[d] === NONE ? -Infinity : g[d]!));
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
