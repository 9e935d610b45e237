/**
 * Search as the pages and the API see it: matching, ranking, exact facet counts, totals and
 * the page's order come from the read index (lib/read-index, ADR 0007); Postgres is read only
 * for the rows of the page being shown, by id, and their snippets. The SQL path this replaced
 * is kept as the benchmark's baseline (lib/search/postgres-search.ts).
 */
import type { PrismaClient } from "../generated/prisma/client";
import { readIndex } from "../read-index";
import { allMatchingIds, searchIndex, type FacetName, type FacetValue } from "../read-index/search";
import type { SearchParams } from "./filters";

export { GRANT_BANDS, type FacetName, type FacetValue } from "../read-index/search";

export interface SearchHit {
  projectId: number;
  slug: string;
  projectNumber: string;
  funder: string;
  title: string;
  applicant: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  grantedEur: number | null;
  totalCostEur: number | null;
  regions: Array<{ name: string; inferred: boolean }>;
  /** Text around the matches; matched words are wrapped in \u0001 … \u0002. */
  snippet: string | null;
}

export interface SearchResult {
  total: number;
  grantedEur: number;
  page: number;
  pageSize: number;
  items: SearchHit[];
  facets: Record<FacetName, FacetValue[]>;
  suggestion: string | null;
}

export const SNIPPET_START = "\u0001";
export const SNIPPET_END = "\u0002";

export async function search(db: PrismaClient, params: SearchParams, options: { snippets?: boolean } = {}): Promise<SearchResult> {
  const store = await readIndex(db);
  const found = searchIndex(store, params);
  const highlight = options.snippets === false || !found.forms ? null : tsqueryOf(found.forms);
  const items = await loadHits(db, found.ids, highlight);
  return { total: found.total, grantedEur: found.grantedEur, page: params.page ?? 1, pageSize: params.pageSize ?? 20, items, facets: found.facets, suggestion: found.suggestion };
}

/** Every matching project id in result order (for exports: the whole result set, not a page). */
export async function searchAllIds(db: PrismaClient, params: SearchParams): Promise<number[]> {
  return allMatchingIds(await readIndex(db), params);
}

/** The matched forms as a tsquery for `ts_headline`, which marks them in the snippets. */
function tsqueryOf(forms: string[]): string | null {
  const lexemes = forms.map((f) => `'${f.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`);
  return lexemes.length ? lexemes.join(" | ") : null;
}

export async function loadHits(db: PrismaClient, ids: number[], tsquery: string | null): Promise<SearchHit[]> {
  if (ids.length === 0) return [];
  const projects = await db.project.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, slug: true, projectNumber: true, title: true, periodStart: true, periodEnd: true, grantedEur: true, totalCostEur: true,
      funder: { select: { code: true } },
      organizations: { where: { role: "APPLICANT" }, take: 1, select: { organization: { select: { name: true } } } },
      regions: { select: { inferred: true, region: { select: { name: true, code: true } } }, orderBy: { region: { code: "asc" } } },
    },
  });
  const snippets = new Map<number, string>();
  if (tsquery) {
    const rows = await db.$queryRawUnsafe<Array<{ id: number; snippet: string }>>(
      `SELECT "projectId" AS id, ts_headline('simple', "snippetSource", $1::tsquery,
         'StartSel=${SNIPPET_START}, StopSel=${SNIPPET_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
       FROM "ProjectSearch" WHERE "projectId" = ANY($2::int[])`,
      tsquery, ids,
    );
    for (const r of rows) snippets.set(r.id, r.snippet);
  }
  const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  const byId = new Map(projects.map((p) => [p.id, p]));
  return ids.flatMap((id) => {
    const p = byId.get(id);
    if (!p) return [];
    return [{
      projectId: p.id, slug: p.slug, projectNumber: p.projectNumber, funder: p.funder.code, title: p.title,
      applicant: p.organizations[0]?.organization.name ?? null, periodStart: iso(p.periodStart), periodEnd: iso(p.periodEnd),
      grantedEur: p.grantedEur, totalCostEur: p.totalCostEur,
      regions: p.regions.map((r) => ({ name: r.region.name, inferred: r.inferred })),
      snippet: snippets.get(p.id) ?? null,
    }];
  });
}
