/**
 * `GET /api/stats`: the dashboard's totals regrouped by one dimension. Built from the same
 * aggregation as the dashboard, so the API and the charts can never disagree.
 */
import { collapse, type Dashboard, type Group, type Sums } from "./dashboard";

export const GROUP_BY = ["year", "funder", "region", "theme", "organizationType", "grantType"] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export interface StatsResponse {
  total: Sums;
  groups: Group[];
}

export function groupsOf(d: Dashboard, groupBy: GroupBy): Group[] {
  switch (groupBy) {
    case "year":
      return collapse(
        d.byYearAndFunder,
        (r) => (r.year === null ? null : String(r.year)),
        (k) => k ?? "Ei tiedossa",
      ).sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : Number(a.key) - Number(b.key)));
    case "funder":
      return collapse(
        d.byYearAndFunder,
        (r) => r.funder,
        (k) => d.funders.find((f) => f.code === k)?.name ?? k ?? "",
      ).sort((a, b) => b.grantedEur - a.grantedEur);
    case "region":
      return d.byRegion.map(({ inferred: _inferred, ...g }) => g);
    case "theme":
      return d.byTheme;
    case "organizationType":
      return d.byOrganizationType;
    case "grantType":
      return d.byGrantType;
  }
}

export function statsResponse(d: Dashboard, groupBy: GroupBy): StatsResponse {
  const { projects, grantedEur, totalCostEur } = d.key;
  return { total: { projects, grantedEur, totalCostEur }, groups: groupsOf(d, groupBy) };
}
