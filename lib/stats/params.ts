/**
 * The dashboard's URL: the search filter model plus the timeline's year. Paging and sorting
 * mean nothing here and are dropped, so they do not split the cache.
 */
import { z } from "zod";
import { parseSearchParams, type SearchParams } from "../search/filters";

const ganttYear = z.coerce.number().int().min(1900).max(2100).optional();

export interface StatsParams {
  params: SearchParams;
  ganttYear?: number;
}

/** The filters alone: paging and sorting removed, so equal filters share one cache entry. */
export const statsFilters = (params: SearchParams): SearchParams => ({
  ...params,
  page: undefined,
  pageSize: undefined,
  sort: undefined,
});

type Raw = URLSearchParams | Record<string, string | string[] | undefined>;

export function parseStatsParams(
  raw: Raw,
): ({ ok: true } & StatsParams) | { ok: false; param: string; message: string } {
  const parsed = parseSearchParams(raw);
  if (!parsed.ok) return parsed;
  const rawYear = raw instanceof URLSearchParams ? raw.get("ganttYear") : raw.ganttYear;
  const year = ganttYear.safeParse(typeof rawYear === "string" && rawYear.trim() !== "" ? rawYear : undefined);
  if (!year.success)
    return { ok: false, param: "ganttYear", message: "ganttYear must be a year between 1900 and 2100" };
  return { ok: true, params: statsFilters(parsed.params), ganttYear: year.data };
}
