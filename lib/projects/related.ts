/**
 * Projects related to one project, with the reason: the same organisation, theme or region, or
 * the same funder and grant type. Computed on the search table's arrays in one query.
 */
import type { PrismaClient } from "../generated/prisma/client";

export interface RelatedProject {
  slug: string;
  title: string;
  projectNumber: string;
  reasons: string[];
}

export async function relatedProjects(db: PrismaClient, projectId: number, limit = 5): Promise<RelatedProject[]> {
  const rows = await db.$queryRawUnsafe<Array<{ id: number; orgs: number[]; themes: number[]; regions: number[]; sameGrant: boolean; score: number }>>(
    `WITH me AS (SELECT * FROM "ProjectSearch" WHERE "projectId" = $1),
     -- Candidates from each index separately, themes and regions only among projects of nearby
     -- years (a broad region would otherwise pull in thousands).
     cand AS (
       (SELECT o."projectId" FROM "ProjectSearch" o, me WHERE o."organizationIds" && me."organizationIds" AND o."projectId" <> me."projectId" LIMIT 100)
       UNION
       (SELECT o."projectId" FROM "ProjectSearch" o, me WHERE o."themeIds" && me."themeIds" AND o."projectId" <> me."projectId"
          AND o."startYear" BETWEEN me."startYear" - 2 AND me."startYear" + 2 LIMIT 50)
       UNION
       (SELECT o."projectId" FROM "ProjectSearch" o, me WHERE o."regionIds" && me."regionIds" AND o."projectId" <> me."projectId"
          AND o."startYear" BETWEEN me."startYear" - 2 AND me."startYear" + 2 LIMIT 50)
     )
     SELECT o."projectId" AS id,
       ARRAY(SELECT unnest(o."organizationIds") INTERSECT SELECT unnest(me."organizationIds")) AS orgs,
       ARRAY(SELECT unnest(o."themeIds") INTERSECT SELECT unnest(me."themeIds")) AS themes,
       ARRAY(SELECT unnest(o."regionIds") INTERSECT SELECT unnest(me."regionIds")) AS regions,
       (o."funderCode" = me."funderCode" AND o."grantType" IS NOT DISTINCT FROM me."grantType" AND me."grantType" IS NOT NULL) AS "sameGrant",
       (3 * cardinality(ARRAY(SELECT unnest(o."organizationIds") INTERSECT SELECT unnest(me."organizationIds")))
        + 2 * cardinality(ARRAY(SELECT unnest(o."themeIds") INTERSECT SELECT unnest(me."themeIds")))
        + cardinality(ARRAY(SELECT unnest(o."regionIds") INTERSECT SELECT unnest(me."regionIds"))))::int AS score
     FROM cand JOIN "ProjectSearch" o ON o."projectId" = cand."projectId" CROSS JOIN me
     ORDER BY score DESC, o."periodStart" DESC NULLS LAST
     LIMIT $2`,
    projectId, limit,
  );
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [projects, orgs, themes, regions] = await Promise.all([
    db.project.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, title: true, projectNumber: true } }),
    db.organization.findMany({ where: { id: { in: rows.flatMap((r) => r.orgs) } }, select: { id: true, name: true } }),
    db.theme.findMany({ where: { id: { in: rows.flatMap((r) => r.themes) } }, select: { id: true, name: true } }),
    db.region.findMany({ where: { id: { in: rows.flatMap((r) => r.regions) } }, select: { id: true, name: true } }),
  ]);
  const name = (list: Array<{ id: number; name: string }>, ids: number[]) => list.filter((x) => ids.includes(x.id)).map((x) => x.name);
  return rows.flatMap((row) => {
    const p = projects.find((x) => x.id === row.id);
    if (!p) return [];
    const reasons = [
      ...name(orgs, row.orgs).map((n) => `sama organisaatio: ${n}`),
      ...name(themes, row.themes).map((n) => `sama aihe: ${n}`),
      ...(name(regions, row.regions).length ? [`sama maakunta: ${name(regions, row.regions).join(", ")}`] : []),
    ];
    return [{ slug: p.slug, title: p.title, projectNumber: p.projectNumber, reasons }];
  });
}
