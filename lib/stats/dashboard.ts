/**
 * The funders' dashboard: its shape, and every number of it for a choice of the search filters,
 * computed on the read index in one pass over the matching projects (lib/read-index/dashboard.ts).
 * The SQL aggregation it replaced is the benchmark's baseline (lib/stats/postgres-dashboard.ts).
 *
 * Counting rules, stated once:
 * - Money sums skip unknown amounts (null), never treat them as 0.
 * - A nation-wide project is counted once under "valtakunnallinen", never under the regions it
 *   lists; a regional project is counted under each of its regions, as in the search facets.
 * - Theme and organisation-type groups count a project in each of its values as well, so their
 *   rows may add up to more than the total.
 * - Year is the funding decision's year, or the start year when the source gives no decision.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { readIndex } from "../read-index";
import { dashboardIndex } from "../read-index/dashboard";
import type { SearchParams } from "../search/filters";

export interface Sums {
  projects: number;
  grantedEur: number;
  totalCostEur: number;
}

export interface Group extends Sums {
  /** Stable value for URLs and the API (`null` = not stated). */
  key: string | null;
  label: string;
}

export interface KeyFigures extends Sums {
  /** Granted ÷ total cost over the projects that state both, or null when none does. */
  funderShare: number | null;
  averageGrantEur: number | null;
  medianGrantEur: number | null;
  runningNow: number;
}

export interface GanttItem {
  slug: string;
  title: string;
  funder: string;
  periodStart: string;
  periodEnd: string | null;
  grantedEur: number | null;
}

export interface Dashboard {
  key: KeyFigures;
  funders: Array<{ code: string; name: string }>;
  /** Decision year × funder. */
  byYearAndFunder: Array<Sums & { year: number | null; funder: string }>;
  byRegion: Array<Group & { inferred: number }>;
  byTheme: Group[];
  byOrganizationType: Group[];
  byGrantType: Group[];
  topApplicants: Group[];
  gantt: { year: number | null; running: number; items: GanttItem[] };
  esf: {
    projects: number;
    publicPlannedEur: number;
    publicRealizedEur: number;
    euStatePlannedEur: number;
    euStateRealizedEur: number;
  };
  /** Total cost per granted euro, over projects that state both amounts. */
  leverage: Array<{
    funder: string;
    grantType: string | null;
    projects: number;
    grantedEur: number;
    totalCostEur: number;
  }>;
}

export interface DashboardOptions {
  /** The year whose running projects the timeline shows; default: this year, or the last year with projects. */
  ganttYear?: number;
}

export const TOP_APPLICANTS = 10;
export const GANTT_ROWS = 30;
export const NATIONAL_KEY = "valtakunnallinen";

/** Every number of the dashboard for the projects the filters select (lib/read-index/dashboard.ts). */
export async function dashboard(
  db: PrismaClient,
  params: SearchParams,
  options: DashboardOptions = {},
): Promise<Dashboard> {
  return dashboardIndex(await readIndex(db), params, options);
}

/** Sums rows into groups by a key (e.g. year × funder rows into years). */
export function collapse<T extends Sums>(
  rows: T[],
  keyOf: (r: T) => string | null,
  label: (k: string | null) => string,
): Group[] {
  const out = new Map<string | null, Group>();
  for (const r of rows) {
    const key = keyOf(r);
    const g = out.get(key) ?? { key, label: label(key), projects: 0, grantedEur: 0, totalCostEur: 0 };
    g.projects += r.projects;
    g.grantedEur += r.grantedEur;
    g.totalCostEur += r.totalCostEur;
    out.set(key, g);
  }
  return [...out.values()];
}
