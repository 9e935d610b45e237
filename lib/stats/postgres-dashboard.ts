/**
 * The dashboard as it was computed before the read index: the filtered projects selected
 * through the SQL filter model into a materialised set, every aggregation in one SQL round trip.
 * Kept as the benchmark's baseline; the portal uses lib/stats/dashboard.ts.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { slugify } from "../ingest/normalize";
import type { SearchParams } from "../search/filters";
import { BASELINE_TRANSACTION, buildQuery } from "../search/sql";
import {
  collapse,
  type Dashboard,
  type DashboardOptions,
  GANTT_ROWS,
  type Group,
  type KeyFigures,
  NATIONAL_KEY,
  type Sums,
  TOP_APPLICANTS,
} from "./dashboard";

type Row = {
  kind: string;
  k1: string | null;
  k2: string | null;
  n: bigint | null;
  a: bigint | null;
  b: bigint | null;
  c: bigint | null;
  d: bigint | null;
  e: bigint | null;
};

export async function postgresDashboard(
  db: PrismaClient,
  params: SearchParams,
  options: DashboardOptions = {},
): Promise<Dashboard> {
  const { f, q } = await buildQuery(db, params);
  const year = f.param(options.ganttYear ?? null);
  const sums = `count(*), coalesce(sum(s."grantedEur"), 0)::bigint, coalesce(sum(s."totalCostEur"), 0)::bigint`;
  const both = `s."grantedEur" IS NOT NULL AND s."totalCostEur" > 0`;
  const sql = `
    WITH m AS MATERIALIZED (
      SELECT s."projectId", s."funderCode", s."grantType", s."periodStart", s."periodEnd", s."decisionYear",
             s."grantedEur", s."totalCostEur", s."euStateGrantedEur", s."euStateRealizedEur", s."publicPlannedEur",
             s."publicRealizedEur", s."applicantId", s."isNational", s."regionIds", s."inferredRegionIds",
             s."organizationTypes", s."themeIds"
      FROM "ProjectSearch" s ${f.where()}
    ),
    g AS (
      SELECT coalesce(${year}::int, least(extract(year FROM current_date)::int,
        max(extract(year FROM coalesce(s."periodEnd", s."periodStart")))::int)) AS y FROM m s
    )
    SELECT 'total' AS kind, NULL AS k1, NULL AS k2, count(*) AS n, coalesce(sum(s."grantedEur"), 0)::bigint AS a,
      coalesce(sum(s."totalCostEur"), 0)::bigint AS b,
      coalesce(sum(s."grantedEur") FILTER (WHERE ${both}), 0)::bigint AS c,
      coalesce(sum(s."totalCostEur") FILTER (WHERE ${both}), 0)::bigint AS d,
      count(*) FILTER (WHERE s."periodStart" <= CURRENT_DATE
                         AND (s."periodEnd" IS NULL OR s."periodEnd" >= CURRENT_DATE)) AS e FROM m s
    UNION ALL
    SELECT 'grant', NULL, NULL, count(s."grantedEur"),
      percentile_disc(0.5) WITHIN GROUP (ORDER BY s."grantedEur")::bigint, NULL, NULL, NULL, NULL FROM m s
    UNION ALL
    SELECT 'year', y::text, f, n, a, b, NULL, NULL, NULL FROM (
      SELECT s."decisionYear" AS y, s."funderCode" AS f, count(*) AS n, coalesce(sum(s."grantedEur"), 0)::bigint AS a,
        coalesce(sum(s."totalCostEur"), 0)::bigint AS b FROM m s GROUP BY 1, 2) x
    UNION ALL
    ${unnestGroup(
      "region",
      `CASE WHEN s."isNational" THEN '{-1}'::int[]
            WHEN cardinality(s."regionIds") = 0 THEN '{0}'::int[] ELSE s."regionIds" END`,
      `CASE WHEN k = -1 THEN '${NATIONAL_KEY}' WHEN k = 0 THEN NULL ELSE k::text END`,
      `count(*) FILTER (WHERE k = ANY(inferred))`,
    )}
    UNION ALL
    ${unnestGroup(
      "theme",
      `CASE WHEN cardinality(s."themeIds") = 0 THEN '{0}'::int[] ELSE s."themeIds" END`,
      `CASE WHEN k = 0 THEN NULL ELSE k::text END`,
    )}
    UNION ALL
    ${unnestGroup(
      "organizationType",
      `CASE WHEN cardinality(s."organizationTypes") = 0 THEN '{""}'::text[] ELSE s."organizationTypes" END`,
      `nullif(k, '')`,
    )}
    UNION ALL
    (SELECT 'applicant', s."applicantId"::text, NULL, ${sums}, NULL, NULL, NULL
     FROM m s WHERE s."applicantId" IS NOT NULL
     GROUP BY 2 ORDER BY 5 DESC, 4 DESC, 2 LIMIT ${TOP_APPLICANTS})
    UNION ALL
    SELECT 'leverage', s."funderCode", s."grantType", ${sums},
      coalesce(sum(s."grantedEur") FILTER (WHERE ${both}), 0)::bigint,
      coalesce(sum(s."totalCostEur") FILTER (WHERE ${both}), 0)::bigint,
      count(*) FILTER (WHERE ${both}) FROM m s GROUP BY 2, 3
    UNION ALL
    SELECT 'esf', NULL, NULL,
      count(*) FILTER (WHERE coalesce(s."publicPlannedEur", s."publicRealizedEur",
                                      s."euStateGrantedEur", s."euStateRealizedEur") IS NOT NULL),
      coalesce(sum(s."publicPlannedEur"), 0)::bigint, coalesce(sum(s."publicRealizedEur"), 0)::bigint,
      coalesce(sum(s."euStateGrantedEur"), 0)::bigint, coalesce(sum(s."euStateRealizedEur"), 0)::bigint, NULL FROM m s
    UNION ALL
    SELECT 'ganttYear', g.y::text, NULL, count(s."projectId"), NULL, NULL, NULL, NULL, NULL
    FROM g LEFT JOIN m s
      ON s."periodStart" <= make_date(g.y, 12, 31) AND coalesce(s."periodEnd", s."periodStart") >= make_date(g.y, 1, 1)
    GROUP BY g.y
    UNION ALL
    (SELECT 'gantt', s."projectId"::text, NULL, NULL, s."grantedEur", NULL, NULL, NULL, NULL
     FROM m s, g
     WHERE s."periodStart" <= make_date(g.y, 12, 31)
       AND coalesce(s."periodEnd", s."periodStart") >= make_date(g.y, 1, 1)
     ORDER BY s."grantedEur" DESC NULLS LAST, s."periodStart", s."projectId" LIMIT ${GANTT_ROWS})`;

  // The matched set is read by every aggregation: enough memory keeps it off disk. With a text
  // query the GIN index is the way in (the same reasoning as in lib/search/search.ts).
  const settings = ["SET LOCAL work_mem = '64MB'", ...(q ? ["SET LOCAL enable_seqscan = off"] : [])];
  const rows = (
    await db.$transaction(
      [...settings.map((s) => db.$executeRawUnsafe(s)), db.$queryRawUnsafe<Row[]>(sql, ...f.params)],
      BASELINE_TRANSACTION,
    )
  ).at(-1) as Row[];
  return shape(db, rows);
}

/**
 * Sums per value of an array column (regions, themes, organisation types). The array is unnested
 * in the select list and grouped on its own type, cheaper in Postgres than a lateral
 * join grouped on text; a project without values counts once under the empty key.
 */
function unnestGroup(kind: string, array: string, keyText: string, extra = "NULL::bigint"): string {
  return `SELECT '${kind}', ${keyText}, NULL, n, a, b, c, NULL, NULL FROM (
      SELECT k, count(*) AS n, coalesce(sum(g), 0)::bigint AS a, coalesce(sum(t), 0)::bigint AS b, ${extra} AS c
      FROM (SELECT unnest(${array}) AS k, s."grantedEur" AS g, s."totalCostEur" AS t, s."inferredRegionIds" AS inferred
            FROM m s) u GROUP BY k) x`;
}

const num = (v: bigint | null | undefined): number => Number(v ?? 0);
const sumsOf = (r: Row): Sums => ({ projects: num(r.n), grantedEur: num(r.a), totalCostEur: num(r.b) });
const byEuros = (a: Group, b: Group) =>
  b.grantedEur - a.grantedEur || b.projects - a.projects || a.label.localeCompare(b.label, "fi");

async function shape(db: PrismaClient, rows: Row[]): Promise<Dashboard> {
  const of = (kind: string) => rows.filter((r) => r.kind === kind);
  const applicantIds = of("applicant").map((r) => Number(r.k1));
  const ganttIds = of("gantt").map((r) => Number(r.k1));
  const [funders, regions, themes, applicants, ganttProjects] = await Promise.all([
    db.funder.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } }),
    db.region.findMany({ select: { id: true, name: true } }),
    db.theme.findMany({ select: { id: true, name: true, slug: true } }),
    db.organization.findMany({ where: { id: { in: applicantIds } }, select: { id: true, name: true, slug: true } }),
    db.project.findMany({
      where: { id: { in: ganttIds } },
      select: {
        id: true,
        slug: true,
        title: true,
        periodStart: true,
        periodEnd: true,
        grantedEur: true,
        funder: { select: { code: true } },
      },
    }),
  ]);

  const total = of("total")[0]!;
  const grant = of("grant")[0]!;
  const grantedCount = num(grant.n);
  const key: KeyFigures = {
    ...sumsOf(total),
    funderShare: num(total.d) > 0 ? num(total.c) / num(total.d) : null,
    averageGrantEur: grantedCount > 0 ? num(total.a) / grantedCount : null,
    medianGrantEur: grantedCount > 0 ? num(grant.a) : null,
    runningNow: num(total.e),
  };

  const group = (
    r: Row,
    label: (k: string) => string | undefined,
    key: (k: string) => string = (k) => k,
  ): Group | null => {
    if (r.k1 === null) return { key: null, label: "Ei tiedossa", ...sumsOf(r) };
    const l = label(r.k1);
    return l === undefined ? null : { key: key(r.k1), label: l, ...sumsOf(r) };
  };
  const regionName = (id: string) =>
    id === NATIONAL_KEY ? "Valtakunnallinen" : regions.find((x) => String(x.id) === id)?.name;
  const regionKey = (id: string) => (id === NATIONAL_KEY ? NATIONAL_KEY : slugify(regionName(id)!));
  const themeOf = (id: string) => themes.find((t) => String(t.id) === id);
  const present = <T>(x: T | null): x is T => x !== null;

  const leverage = of("leverage").map((r) => ({
    funder: r.k1!,
    grantType: r.k2,
    projects: num(r.e),
    grantedEur: num(r.c),
    totalCostEur: num(r.d),
  }));
  const byGrantType = collapse(
    of("leverage").map((r) => ({ grantType: r.k2, ...sumsOf(r) })),
    (r) => r.grantType,
    (k) => k ?? "Ei tiedossa",
  );
  const ganttById = new Map(ganttProjects.map((p) => [p.id, p]));
  const ganttYear = of("ganttYear")[0];
  const esf = of("esf")[0]!;

  return {
    key,
    funders,
    byYearAndFunder: of("year")
      .map((r) => ({ year: r.k1 === null ? null : Number(r.k1), funder: r.k2!, ...sumsOf(r) }))
      .sort((a, b) => (a.year ?? 99999) - (b.year ?? 99999) || a.funder.localeCompare(b.funder)),
    byRegion: of("region")
      .map((r) => {
        const g = group(r, regionName, regionKey);
        return g ? { ...g, inferred: num(r.c) } : null;
      })
      .filter(present)
      .sort(byEuros),
    byTheme: of("theme")
      .map((r) =>
        group(
          r,
          (id) => themeOf(id)?.name,
          (id) => themeOf(id)!.slug,
        ),
      )
      .filter(present)
      .sort(byEuros),
    byOrganizationType: of("organizationType")
      .map((r) => group(r, (t) => t))
      .filter(present)
      .sort(byEuros),
    byGrantType: byGrantType.sort(byEuros),
    topApplicants: of("applicant")
      .map((r) => {
        const o = applicants.find((x) => String(x.id) === r.k1);
        return o ? { key: o.slug, label: o.name, ...sumsOf(r) } : null;
      })
      .filter(present)
      .sort(byEuros),
    gantt: {
      year: ganttYear?.k1 ? Number(ganttYear.k1) : null,
      running: num(ganttYear?.n),
      items: ganttIds.flatMap((id) => {
        const p = ganttById.get(id);
        if (!p?.periodStart) return [];
        return [
          {
            slug: p.slug,
            title: p.title,
            funder: p.funder.code,
            periodStart: iso(p.periodStart),
            periodEnd: p.periodEnd ? iso(p.periodEnd) : null,
            grantedEur: p.grantedEur,
          },
        ];
      }),
    },
    esf: {
      projects: num(esf.n),
      publicPlannedEur: num(esf.a),
      publicRealizedEur: num(esf.b),
      euStatePlannedEur: num(esf.c),
      euStateRealizedEur: num(esf.d),
    },
    leverage: leverage
      .filter((l) => l.projects > 0)
      .sort((a, b) => a.funder.localeCompare(b.funder) || (a.grantType ?? "").localeCompare(b.grantType ?? "", "fi")),
  };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
