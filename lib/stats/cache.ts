/** Dashboards and filter options cached until the data changes (lib/cache/versioned.ts). */
import type { PrismaClient } from "../generated/prisma/client";
import { versionedCache } from "../cache/versioned";
import type { SearchParams } from "../search/filters";
import { dashboard, type Dashboard, type DashboardOptions } from "./dashboard";
import { filterOptions, type FilterOptions } from "./options";

const dashboards = versionedCache((db, [params, options]: [SearchParams, DashboardOptions]) => dashboard(db, params, options), 200);
const options = versionedCache((db, _: null) => filterOptions(db), 1);

export const cachedDashboard = (db: PrismaClient, params: SearchParams, opts: DashboardOptions = {}): Promise<Dashboard> => dashboards.get(db, [params, opts]);
export const cachedFilterOptions = (db: PrismaClient): Promise<FilterOptions> => options.get(db, null);

/** For tests and the benchmark's cold measurements. */
export const clearStatsCache = (): void => {
  dashboards.clear();
  options.clear();
};
