/**
 * The data-quality queue: records an editor should look at, each with the reason in the
 * interface language (the queries return reason codes, `admin.quality.reasons.*`).
 * Every check is one SQL query over live projects, bounded so the page stays fast on a large
 * corpus.
 */
import type { PrismaClient } from "../generated/prisma/client";
import type { Locale } from "../i18n/routing";
import { adminTranslator } from "../i18n/translators";

const REASONS = [
  "grantedMissing",
  "startMissing",
  "endMissing",
  "applicantMissing",
  "regionMissing",
  "sameTitle",
  "sameApplicant",
  "grantedOverTotal",
  "grantedZero",
  "grantedHuge",
  "longDuration",
  "decisionAfterEnd",
  "unusualYear",
] as const;
type Reason = (typeof REASONS)[number];
const isReason = (code: string): code is Reason => (REASONS as readonly string[]).includes(code);

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

export async function qualityQueue(db: PrismaClient, locale: Locale = "fi"): Promise<QualityQueue> {
  const t = adminTranslator(locale);
  // Comma-separated codes → "reason, reason".
  const say = (codes: string) =>
    codes
      .split(",")
      .filter(Boolean)
      // A code the catalogue does not know yet shows as itself rather than vanishing.
      .map((code) => (isReason(code) ? t(`quality.reasons.${code}`) : code))
      .join(", ");
  const [missing, duplicates, outliers] = await Promise.all([
    db.$queryRawUnsafe<QualityItem[]>(`
      SELECT p.id AS "projectId", p.title, concat_ws(',',
        CASE WHEN p."grantedEur" IS NULL THEN 'grantedMissing' END,
        CASE WHEN p."periodStart" IS NULL THEN 'startMissing' END,
        CASE WHEN p."periodEnd" IS NULL THEN 'endMissing' END,
        CASE WHEN NOT EXISTS (SELECT 1 FROM "ProjectOrganization" po
          WHERE po."projectId" = p.id AND po.role = 'APPLICANT') THEN 'applicantMissing' END,
        CASE WHEN NOT p."isNational" AND NOT EXISTS (SELECT 1 FROM "ProjectRegion" r WHERE r."projectId" = p.id)
          THEN 'regionMissing' END
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
      (SELECT a.id AS "projectId", a.title, b.id AS "otherId", b.title AS "otherTitle", 'sameTitle' AS reason
       FROM (SELECT lower(title) AS t FROM "Project" WHERE "deletedAt" IS NULL
             GROUP BY 1 HAVING count(*) > 1 LIMIT ${LIMIT}) d
       JOIN "Project" a ON lower(a.title) = d.t AND a."deletedAt" IS NULL
       JOIN "Project" b ON lower(b.title) = d.t AND b.id > a.id AND b."deletedAt" IS NULL
       LIMIT ${LIMIT})
      UNION ALL
      (SELECT a.id, a.title, b.id, b.title, 'sameApplicant'
       FROM "ProjectOrganization" x
       JOIN "ProjectOrganization" y
         ON y."organizationId" = x."organizationId" AND y.role = 'APPLICANT' AND y."projectId" > x."projectId"
       JOIN "Project" a ON a.id = x."projectId" AND a."deletedAt" IS NULL
       JOIN "Project" b ON b.id = y."projectId" AND b."deletedAt" IS NULL
       WHERE x.role = 'APPLICANT' AND lower(a.title) <> lower(b.title) AND similarity(a.title, b.title) > 0.6
       LIMIT ${LIMIT})`),
    db.$queryRawUnsafe<QualityItem[]>(`
      SELECT p.id AS "projectId", p.title, concat_ws(',',
        CASE WHEN p."grantedEur" > p."totalCostEur" THEN 'grantedOverTotal' END,
        CASE WHEN p."grantedEur" = 0 THEN 'grantedZero' END,
        CASE WHEN p."grantedEur" > 10000000 THEN 'grantedHuge' END,
        CASE WHEN p."periodEnd" > p."periodStart" + interval '10 years' THEN 'longDuration' END,
        CASE WHEN p."decisionDate" > p."periodEnd" THEN 'decisionAfterEnd' END,
        CASE WHEN p."periodStart" < DATE '1990-01-01' OR p."periodEnd" > CURRENT_DATE + interval '10 years'
          THEN 'unusualYear' END
      ) AS reason
      FROM "Project" p WHERE p."deletedAt" IS NULL AND (
        p."grantedEur" > p."totalCostEur" OR p."grantedEur" = 0 OR p."grantedEur" > 10000000
        OR p."periodEnd" > p."periodStart" + interval '10 years' OR p."decisionDate" > p."periodEnd"
        OR p."periodStart" < DATE '1990-01-01' OR p."periodEnd" > CURRENT_DATE + interval '10 years')
      ORDER BY p.id LIMIT ${LIMIT}`),
  ]);
  return {
    missing: missing.map((m) => ({ ...m, reason: say(m.reason) })),
    duplicates: duplicates.map((d) => ({
      projectId: d.projectId,
      title: d.title,
      reason: say(d.reason),
      other: { projectId: d.otherId, title: d.otherTitle },
    })),
    outliers: outliers.map((o) => ({ ...o, reason: say(o.reason) })),
  };
}
