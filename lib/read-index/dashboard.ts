/**
 * Every number of the funders' dashboard from the read index: the sums from the sheet of the
 * matching docs, or of all docs minus those left out (lib/read-index/dashboard-sheet.ts); the
 * median from the grant order kept on write; the timeline from one pass over the matching docs.
 * The counting rules are those of ADR 0005 (stated in lib/stats/dashboard.ts, whose SQL
 * form stays as the benchmark's baseline): unknown amounts are skipped, never 0; a nation-wide
 * project counts once under "valtakunnallinen"; multi-valued groups count a project in each value.
 */

import { TypedFastBitSet } from "typedfastbitset";
import type { SearchParams } from "../search/filters";
import {
  collapse,
  type Dashboard,
  type DashboardOptions,
  GANTT_ROWS,
  type Group,
  NATIONAL_KEY,
  TOP_APPLICANTS,
} from "../stats/dashboard";
import { FIRST_YEAR, FUNDER_SLOTS, NATIONAL, NO_REGION, Sheet, sheetOfAll, YEARS } from "./dashboard-sheet";
import { acceptedBy, compileFilters, today } from "./filters";
import { largestGrants, medianGrant } from "./grant-order";
import { matchText } from "./match";
import { topK } from "./result-order";
import { runningIn } from "./running";
import { type IndexStore, isoDay, NONE, STATUS_ORDER } from "./store";
import { countBoth, smallerSide } from "./value-sets";

const byEuros = (a: Group, b: Group) =>
  b.grantedEur - a.grantedEur || b.projects - a.projects || a.label.localeCompare(b.label, "fi");

export function dashboardIndex(store: IndexStore, params: SearchParams, options: DashboardOptions = {}): Dashboard {
  const text = params.q ? matchText(store, params.q, { ranked: false }) : null;
  const matched =
    params.q && !text ? new TypedFastBitSet() : acceptedBy(store, text?.docs ?? null, compileFilters(store, params));
  const matchedCount = matched.size();

  // The sums: over the matching docs, or — when they are most of the index — the sheet of all
  // docs (kept on every write) minus the docs left out.
  const side = smallerSide(matched, matchedCount, store.aliveDocs, store.aliveTotal);
  const sums = new Sheet();
  if (side.docs.length) sums.add(store, side.docs, side.set, 1);
  const sheet = side.complement ? sheetOfAll(store).clone().subtract(sums) : sums;
  const { total, byYearFunder, byRegion, byTheme, byType, leverage, byApplicant, grantCount, esf } = sheet;
  const day = today();
  const runningNow = countBoth(matched, store.byStatus(day).of(STATUS_ORDER.indexOf("running")), store.size);
  const lastYear = lastYearOf(store, matched);

  // This year, or the last year with projects when all of them ended before it.
  const thisYear = new Date().getUTCFullYear();
  const ganttYear = options.ganttYear ?? (lastYear === null ? thisYear : Math.min(thisYear, lastYear));
  const gantt = ganttOf(store, matched, ganttYear);
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
  const topApplicants = topK(
    byApplicant.used(),
    TOP_APPLICANTS,
    (a, b) =>
      byApplicant.granted[b]! - byApplicant.granted[a]! ||
      byApplicant.projects[b]! - byApplicant.projects[a]! ||
      applicantIds[a]! - applicantIds[b]!,
  );
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
    byYearAndFunder: byYearFunder
      .used()
      .map((k) => {
        const slot = k % YEARS;
        return {
          year: slot === 0 ? null : FIRST_YEAR + slot - 1,
          funder: store.funders.values[Math.floor(k / YEARS)]!,
          ...byYearFunder.sums(k),
        };
      })
      .sort((a, b) => (a.year ?? 99999) - (b.year ?? 99999) || a.funder.localeCompare(b.funder)),
    byRegion: byRegion.used().map(regionGroup).filter(present).sort(byEuros),
    byTheme: byTheme
      .used()
      .map((id) => {
        if (id === 0) return { key: null, label: "Ei tiedossa", ...byTheme.sums(0) };
        const theme = ref.themes.find((x) => x.id === id);
        return theme ? { key: theme.slug, label: theme.name, ...byTheme.sums(id) } : null;
      })
      .filter(present)
      .sort(byEuros),
    byOrganizationType: byType
      .used()
      .map((n) =>
        n === 0
          ? { key: null, label: "Ei tiedossa", ...byType.sums(0) }
          : {
              key: store.organizationTypeNames.values[n - 1]!,
              label: store.organizationTypeNames.values[n - 1]!,
              ...byType.sums(n),
            },
      )
      .sort(byEuros),
    byGrantType: collapse(
      leverageRows.map((r) => ({ grantType: r.grantType, ...leverage.sums(r.k) })),
      (r) => r.grantType,
      (k) => k ?? "Ei tiedossa",
    ).sort(byEuros),
    topApplicants: topApplicants
      .flatMap((slot) => {
        const org = ref.organizations.get(applicantIds[slot]!);
        return org ? [{ key: org.slug, label: org.name, ...byApplicant.sums(slot) }] : [];
      })
      .sort(byEuros),
    gantt,
    esf,
    leverage: leverageRows
      .filter((r) => leverage.withBoth[r.k]! > 0)
      .map((r) => ({
        funder: r.funder,
        grantType: r.grantType,
        projects: leverage.withBoth[r.k]!,
        grantedEur: leverage.grantedWithCost[r.k]!,
        totalCostEur: leverage.costWithGrant[r.k]!,
      }))
      .sort((a, b) => a.funder.localeCompare(b.funder) || (a.grantType ?? "").localeCompare(b.grantType ?? "", "fi")),
  };
}

/** The calendar year of the last day of any doc of `set` (see lastDay), null without dates. */
function lastYearOf(store: IndexStore, set: TypedFastBitSet): number | null {
  const years = store.byLastYear.values();
  for (let i = years.length - 1; i >= 0; i--)
    if (countBoth(set, store.byLastYear.of(years[i]!), store.size) > 0) return years[i]!;
  return null;
}

/**
 * The projects of `set` running in `year` (counted), the largest grants first (shown): from the
 * running set kept on write and the grant order, then those without an amount by start date.
 */
function ganttOf(store: IndexStore, set: TypedFastBitSet, year: number): Dashboard["gantt"] {
  const running = set.new_intersection(runningIn(store, year));
  const shown = largestGrants(store, running, GANTT_ROWS);
  if (shown.length < GANTT_ROWS) {
    const unstated: number[] = [];
    running.forEach((doc) => {
      if (store.granted[doc] === NONE) unstated.push(doc);
    });
    shown.push(
      ...topK(
        unstated,
        GANTT_ROWS - shown.length,
        (a, b) => store.start[a]! - store.start[b]! || store.projectId[a]! - store.projectId[b]!,
      ),
    );
  }
  const g = store.granted;
  return {
    year,
    running: running.size(),
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
