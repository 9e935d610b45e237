/**
 * The search as it ran before the read index: the text query (expanded, ADR 0004) and the
 * filters over the ProjectSearch table in SQL, facets and totals aggregated in Postgres. Kept as
 * the benchmark's baseline (`npm run bench` prints it beside the read index); the portal itself
 * searches through lib/search/search.ts.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { slugify } from "../ingest/normalize";
import { suggestSpelling } from "./expand";
import { effectiveSort, type SearchParams } from "./filters";
import {
  type FacetName,
  type FacetValue,
  GRANT_BANDS,
  type SearchHit,
  type SearchResult,
  SNIPPET_END,
  SNIPPET_START,
} from "./search";
import { BASELINE_TRANSACTION, buildQuery, type Filters, STATUS_SQL } from "./sql";

/** Relevance is computed exactly for this many best candidates; the rest follow by date. */
export const RANKED_CANDIDATES = 200;

export async function postgresSearch(
  db: PrismaClient,
  params: SearchParams,
  options: { snippets?: boolean } = {},
): Promise<SearchResult> {
  const page = params.page ?? 1;
  const pageSize = params.pageSize ?? 20;
  const { f, q, tsquery, words } = await buildQuery(db, params);
  const sort = effectiveSort(params);
  const offset = (page - 1) * pageSize;

  // The text match runs once, into `m` (narrow columns only); every facet, the totals and the page
  // are computed from `m`, filtered in memory. Relevance: candidates whose title matches come
  // first, and the best of them are ranked exactly on the A+B vector (ADR 0004).
  const head = q ? `(s."titleDocument" @@ ${q}::tsquery)` : "false";
  const ranked = q !== null && sort === "relevance" && offset + pageSize <= RANKED_CANDIDATES;
  const hitsSql = ranked
    ? `SELECT c."projectId" FROM (
         SELECT s."projectId", s."periodStart" FROM m s ${f.where("text")}
         ORDER BY s.head DESC, s."periodStart" DESC NULLS LAST, s."projectId" LIMIT ${RANKED_CANDIDATES}
       ) c JOIN "ProjectSearch" ps ON ps."projectId" = c."projectId"
       ORDER BY ts_rank_cd(ps."rankDocument", ${q}::tsquery, 1) DESC, c."periodStart" DESC NULLS LAST, c."projectId"
       LIMIT ${f.param(pageSize)} OFFSET ${f.param(offset)}`
    : `SELECT s."projectId" FROM m s ${f.where("text")}
       ORDER BY ${orderBy(sort, q)} LIMIT ${f.param(pageSize)} OFFSET ${f.param(offset)}`;

  const sql = `
    WITH m AS MATERIALIZED (
      SELECT s."projectId", s."funderCode", s."grantType", s."periodStart", s."periodEnd", s."startYear",
             s."decisionYear", s."grantedEur", s."isNational", s."regionIds", s."inferredRegionIds",
             s."organizationTypes", s."themeIds", s.title, ${head} AS head
      FROM "ProjectSearch" s ${q ? `WHERE s.document @@ ${q}::tsquery` : ""}
    ),
    facet_rows AS (${facetQueries(f)})
    SELECT 'hit' AS kind, NULL::text AS facet, h."projectId"::text AS value, NULL::bigint AS count,
      NULL::bigint AS extra FROM (${hitsSql}) h
    UNION ALL
    SELECT 'facet', facet, value, count, extra FROM facet_rows`;
  type Row = { kind: string; facet: string | null; value: string | null; count: bigint | null; extra: bigint | null };
  // With a text query the GIN index is always the way in: a sequential scan would decompress every
  // document to test it, which the planner underestimates for common words.
  const rows = q
    ? (
        await db.$transaction(
          [db.$executeRawUnsafe("SET LOCAL enable_seqscan = off"), db.$queryRawUnsafe<Row[]>(sql, ...f.params)],
          BASELINE_TRANSACTION,
        )
      )[1]
    : await db.$queryRawUnsafe<Row[]>(sql, ...f.params);

  const ids = rows.filter((r) => r.kind === "hit").map((r) => Number(r.value));
  const facetRows = rows.filter((r) => r.kind === "facet");
  const totals = facetRows.find((r) => r.facet === "_total");
  const total = Number(totals?.count ?? 0);
  const items = await loadHitsWithHeadline(db, ids, options.snippets === false ? null : tsquery);
  const facets = await labelFacets(db, facetRows);
  const suggestion = total === 0 && words.length ? await suggestSpelling(db, words) : null;
  return { total, grantedEur: Number(totals?.extra ?? 0), page, pageSize, items, facets, suggestion };
}

function orderBy(sort: ReturnType<typeof effectiveSort>, q: string | null): string {
  switch (sort) {
    case "relevance":
      // Past the ranked candidates: title matches first, then by date.
      return q
        ? `s.head DESC, s."periodStart" DESC NULLS LAST, s."projectId"`
        : `s."periodStart" DESC NULLS LAST, s."projectId"`;
    case "newest":
      return `s."periodStart" DESC NULLS LAST, s."projectId" DESC`;
    case "oldest":
      return `s."periodStart" ASC NULLS LAST, s."projectId"`;
    case "granted":
      return `s."grantedEur" DESC NULLS LAST, s."projectId"`;
    case "title":
      return `s.title COLLATE "fi-FI-x-icu", s."projectId"`;
  }
}

/** One SELECT per facet over the matched rows `m`, each with every filter but its own. */
function facetQueries(f: Filters): string {
  const bands = GRANT_BANDS.map(
    (b) => `WHEN s."grantedEur" >= ${b.min}${b.max !== null ? ` AND s."grantedEur" < ${b.max}` : ""} THEN '${b.value}'`,
  ).join(" ");
  return [
    `SELECT '_total' AS facet, NULL::text AS value, count(*) AS count, coalesce(sum(s."grantedEur"), 0)::bigint AS extra
     FROM m s ${f.where("text")}`,
    `SELECT 'funder', s."funderCode", count(*), NULL::bigint FROM m s ${fw(f, "funder")} GROUP BY 2`,
    `SELECT 'grantType', s."grantType", count(*), NULL FROM m s ${fw(f, "grantType")} GROUP BY 2`,
    `SELECT 'status', ${STATUS_SQL}, count(*), NULL FROM m s ${fw(f, "status")} GROUP BY 2`,
    `SELECT 'startYear', s."startYear"::text, count(*), NULL FROM m s ${fw(f, "startYear")} GROUP BY 2`,
    `SELECT 'region', r.id::text, count(*), count(*) FILTER (WHERE r.id = ANY(s."inferredRegionIds"))
     FROM m s CROSS JOIN LATERAL unnest(s."regionIds") AS r(id) ${fw(f, "region")} GROUP BY 2`,
    `SELECT 'organizationType', t.type, count(*), NULL
     FROM m s CROSS JOIN LATERAL unnest(s."organizationTypes") AS t(type) ${fw(f, "organizationType")} GROUP BY 2`,
    `SELECT 'theme', t.id::text, count(*), NULL
     FROM m s CROSS JOIN LATERAL unnest(s."themeIds") AS t(id) ${fw(f, "theme")} GROUP BY 2`,
    `SELECT 'granted', CASE ${bands} END, count(*), NULL
     FROM m s ${fw(f, "granted", `s."grantedEur" IS NOT NULL`)} GROUP BY 2`,
  ].join("\nUNION ALL\n");
}

/** Filters other than the text (already applied in `m`) and other than `facet`. */
function fw(f: Filters, facet: FacetName, ...extra: string[]): string {
  return f.whereExcept(["text", facet], ...extra);
}

const STATUS_LABEL: Record<string, string> = {
  running: "Käynnissä",
  ended: "Päättynyt",
  upcoming: "Alkamassa",
  unknown: "Ei tiedossa",
};

async function labelFacets(
  db: PrismaClient,
  rows: Array<{ facet: string | null; value: string | null; count: bigint | null; extra: bigint | null }>,
) {
  const facets: SearchResult["facets"] = {
    funder: [],
    grantType: [],
    status: [],
    startYear: [],
    region: [],
    organizationType: [],
    theme: [],
    granted: [],
  };
  const [funders, regions, themes] = await Promise.all([
    db.funder.findMany({ select: { code: true, name: true } }),
    db.region.findMany({ select: { id: true, name: true } }),
    db.theme.findMany({ select: { id: true, name: true, slug: true } }),
  ]);
  for (const row of rows) {
    // Projects without dates have no computable status: counted in the total, not offered as a filter.
    if (
      !row.facet ||
      row.facet === "_total" ||
      row.value === null ||
      (row.facet === "status" && row.value === "unknown")
    )
      continue;
    const count = Number(row.count);
    const facet = row.facet as FacetName;
    let value = row.value;
    let label = row.value;
    if (facet === "funder") label = funders.find((x) => x.code === value)?.name ?? value;
    if (facet === "status") label = STATUS_LABEL[value] ?? value;
    if (facet === "granted") label = GRANT_BANDS.find((b) => b.value === value)?.label ?? value;
    if (facet === "region") {
      const region = regions.find((r) => String(r.id) === value);
      if (!region) continue;
      value = slugify(region.name);
      label = region.name;
    }
    if (facet === "theme") {
      const theme = themes.find((t) => String(t.id) === value);
      if (!theme) continue;
      value = theme.slug;
      label = theme.name;
    }
    facets[facet].push({ value, label, count, ...(facet === "region" ? { inferred: Number(row.extra ?? 0) } : {}) });
  }
  const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.label.localeCompare(b.label, "fi");
  for (const key of ["funder", "grantType", "region", "organizationType", "theme"] as const) facets[key].sort(byCount);
  facets.startYear.sort((a, b) => Number(b.value) - Number(a.value));
  facets.granted.sort(
    (a, b) => GRANT_BANDS.findIndex((x) => x.value === a.value) - GRANT_BANDS.findIndex((x) => x.value === b.value),
  );
  return facets;
}

/** The page's rows as the Postgres path loaded them: Prisma's include tree, `ts_headline` snippets. */
async function loadHitsWithHeadline(db: PrismaClient, ids: number[], tsquery: string | null): Promise<SearchHit[]> {
  if (ids.length === 0) return [];
  const projects = await db.project.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      projectNumber: true,
      title: true,
      periodStart: true,
      periodEnd: true,
      grantedEur: true,
      totalCostEur: true,
      funder: { select: { code: true } },
      organizations: { where: { role: "APPLICANT" }, take: 1, select: { organization: { select: { name: true } } } },
      regions: {
        select: { inferred: true, region: { select: { name: true, code: true } } },
        orderBy: { region: { code: "asc" } },
      },
    },
  });
  const snippets = new Map<number, string>();
  if (tsquery) {
    const rows = await db.$queryRawUnsafe<Array<{ id: number; snippet: string }>>(
      `SELECT "projectId" AS id, ts_headline('simple', "snippetSource", $1::tsquery,
         'StartSel=${SNIPPET_START}, StopSel=${SNIPPET_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
       FROM "ProjectSearch" WHERE "projectId" = ANY($2::int[])`,
      tsquery,
      ids,
    );
    for (const r of rows) snippets.set(r.id, r.snippet);
  }
  const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  const byId = new Map(projects.map((p) => [p.id, p]));
  return ids.flatMap((id) => {
    const p = byId.get(id);
    if (!p) return [];
    return [
      {
        projectId: p.id,
        slug: p.slug,
        projectNumber: p.projectNumber,
        funder: p.funder.code,
        title: p.title,
        applicant: p.organizations[0]?.organization.name ?? null,
        periodStart: iso(p.periodStart),
        periodEnd: iso(p.periodEnd),
        grantedEur: p.grantedEur,
        totalCostEur: p.totalCostEur,
        regions: p.regions.map((r) => ({ name: r.region.name, inferred: r.inferred })),
        snippet: snippets.get(p.id) ?? null,
      },
    ];
  });
}
