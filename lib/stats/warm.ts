/**
 * Keeps the most visited views computed: the whole dashboard, each funder's dashboard and the
 * unfiltered search page. Whenever the data version changes (any write), they are recomputed in
 * the background, so the first visitor after a change, or after a restart, does not wait for
 * aggregations over every project.
 */
import { dataVersion } from "../cache/versioned";
import { db } from "../db";
import { cachedSearch } from "../search/cache";
import { EMPTY_PARAMS } from "../search/filters";
import { cachedDashboard } from "./cache";

export function startWarming(intervalMs = 5000): void {
  let warmedVersion: string | null = null;
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const version = await dataVersion(db());
      if (version === warmedVersion) return;
      const funders = await db().funder.findMany({ select: { code: true } });
      for (const params of [EMPTY_PARAMS, ...funders.map((f) => ({ ...EMPTY_PARAMS, funder: [f.code] }))]) await cachedDashboard(db(), params);
      await cachedSearch(db(), EMPTY_PARAMS);
      warmedVersion = version;
    } catch {
      // The database is away or not migrated yet: the next tick tries again.
    } finally {
      busy = false;
    }
  };
  void tick();
  setInterval(() => void tick(), intervalMs).unref();
}
