-- AlterTable
ALTER TABLE "ProjectSearch" ADD COLUMN     "applicantId" INTEGER,
ADD COLUMN     "decisionYear" INTEGER,
ADD COLUMN     "euStateGrantedEur" INTEGER,
ADD COLUMN     "euStateRealizedEur" INTEGER,
ADD COLUMN     "publicPlannedEur" INTEGER,
ADD COLUMN     "publicRealizedEur" INTEGER;

-- CreateIndex
CREATE INDEX "ProjectSearch_decisionYear_idx" ON "ProjectSearch"("decisionYear");

-- Backfill the new columns for rows that already exist (hand-written).
UPDATE "ProjectSearch" s SET
  "decisionYear" = extract(year FROM coalesce(p."decisionDate", p."periodStart"))::int,
  "euStateGrantedEur" = p."euStateGrantedEur", "euStateRealizedEur" = p."euStateRealizedEur",
  "publicPlannedEur" = p."publicPlannedEur", "publicRealizedEur" = p."publicRealizedEur",
  "applicantId" = (SELECT po."organizationId" FROM "ProjectOrganization" po
                   WHERE po."projectId" = p.id AND po.role = 'APPLICANT' ORDER BY po.ordinal, po."organizationId" LIMIT 1)
FROM "Project" p WHERE p.id = s."projectId";
