/**
 * The data-quality queue: records an editor should look at, each with the reason in Finnish.
 * Every check is one SQL query over live projects, bounded so the page stays fast on a large
 * corpus.
 */
import type { PrismaClient } from "../generated/prisma/client";

export interface QualityItem {
  projectId: number;
  title: string;
  reason: string;
  /** For suspected duplicates: the other project. */
  other?: { projectId: number; title: string };
}

export interface QualityQueue {
  missing: QualityItem[];
  duplicates: QualityItem[];
  outliers: QualityItem[];
}

const LIMIT = 100;

export async function qualityQueue(db: PrismaClient): Promise<QualityQueue> {
  const [missing, duplicates, outliers] = await Promise.all([
    db.$queryRawUnsafe<QualityItem[]>(`
      SELECT p.id AS "projectId", p.title, concat_ws(', ',
        CASE WHEN p."grantedEur" IS NULL THEN 'myönnetty summa puuttuu' END,
        CASE WHEN p."periodStart" IS NULL THEN 'alkamispäivä puuttuu' END,
        CASE WHEN p."periodEnd" IS NULL THEN 'päättymispäivä puuttuu' END,
        CASE WHEN NOT EXISTS (SELECT 1 FROM "ProjectOrganization" po
          WHERE po."projectId" = p.id AND po.role = 'APPLICANT') THEN 'hakija puuttuu' END,
        CASE WHEN NOT p."isNational" AND NOT EXISTS (SELECT 1 FROM "ProjectRegion" r WHERE r."projectId" = p.id)
          THEN 'maakunta puuttuu' END
      ) AS reason
      FROM "Project" p WHERE p."deletedAt" IS NULL AND (
        p."grantedEur" IS NULL OR p."periodStart" IS NULL OR p."periodEnd" IS NULL
        OR NOT EXISTS (SELECT 1 FROM "ProjectOrganization" po WHERE po."projectId" = p.id AND po.role = 'APPLICANT')
        OR (NOT p."isNational" AND NOT EXISTS (SELECT 1 FROM "ProjectRegion" r WHERE r."projectId" = p.id)))
      ORDER BY p."updatedAt" DESC LIMIT ${LIMIT}`),
    // The very same title, or the same applicant (so the same business id) and a similar title.
    // Pairs are only formed inside one title or one applicant, never across the whole table.
    db.$queryRawUnsafe<
      Array<{ projectId: number; title: string; otherId: number; otherTitle: string; reason: string }>
    >(`
      (SELECT a.id AS "projectId", a.title, b.id AS "otherId", b.title AS "otherTitle", 'sama nimi' AS reason
       FROM (SELECT lower(title) AS t FROM "Project" WHERE "deletedAt" IS NULL
             GROUP BY 1 HAVING count(*) > 1 LIMIT ${LIMIT}) d
       JOIN "Project" a ON lower(a.title) = d.t AND a."deletedAt" IS NULL
       JOIN "Project" b ON lower(b.title) = d.t AND b.id > a.id AND b."deletedAt" IS NULL
       LIMIT ${LIMIT})
      UNION ALL
      (SELECT a.id, a.title, b.id, b.title, 'sama hakija ja samankaltainen nimi'
       FROM "ProjectOrganization" x
       JOIN "ProjectOrganization" y
         ON y."organizationId" = x."organizationId" AND y.role = 'APPLICANT' AND y."projectId" > x."projectId"
       JOIN "Project" a ON a.id = x."projectId" AND a."deletedAt" IS NULL
       JOIN "Project" b ON b.id = y."projectId" AND b."deletedAt" IS NULL
       WHERE x.role = 'APPLICANT' AND lower(a.title) <> lower(b.title) AND similarity(a.title, b.title) > 0.6
       LIMIT ${LIMIT})`),
    db.$queryRawUnsafe<QualityItem[]>(`
      SELECT p.id AS "projectId", p.title, concat_ws(', ',
        CASE WHEN p."grantedEur" > p."totalCostEur" THEN 'myönnetty summa on suurempi kuin kokonaiskustannukset' END,
        CASE WHEN p."grantedEur" = 0 THEN 'myönnetty summa on 0 €' END,
        CASE WHEN p."grantedEur" > 10000000 THEN 'myönnetty summa yli 10 milj. €' END,
        CASE WHEN p."periodEnd" > p."periodStart" + interval '10 years' THEN 'kesto yli 10 vuotta' END,
        CASE WHEN p."decisionDate" > p."periodEnd" THEN 'päätös on tehty hankkeen päätyttyä' END,
        CASE WHEN p."periodStart" < DATE '1990-01-01' OR p."periodEnd" > CURRENT_DATE + interval '10 years'
          THEN 'epätavallinen vuosi' END
      ) AS reason
      FROM "Project" p WHERE p."deletedAt" IS NULL AND (
        p."grantedEur" > p."totalCostEur" OR p."grantedEur" = 0 OR p."grantedEur" > 10000000
        OR p."periodEnd" > p."periodStart" + interval '10 years' OR p."decisionDate" > p."periodEnd"
        OR p."periodStart" < DATE '1990-01-01' OR p."periodEnd" > CURRENT_DATE + interval '10 years')
      ORDER BY p.id LIMIT ${LIMIT}`),
  ]);
  return {
    missing,
    duplicates: duplicates.map((d) => ({
      projectId: d.projectId,
      title: d.title,
      reason: d.reason,
      other: { projectId: d.otherId, title: d.otherTitle },
    })),
    outliers,
  };
}
