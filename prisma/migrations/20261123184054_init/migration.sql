-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganizationRole" AS ENUM ('APPLICANT', 'IMPLEMENTER', 'PARTNER', 'PILOT');

-- CreateEnum
CREATE TYPE "PersonRole" AS ENUM ('CONTACT', 'RESPONSIBLE', 'AUTHOR', 'EDITOR');

-- CreateTable
CREATE TABLE "Funder" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Funder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "funderId" INTEGER NOT NULL,
    "projectNumber" TEXT NOT NULL,
    "projectNumberKey" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "grantType" TEXT,
    "title" TEXT NOT NULL,
    "status" TEXT,
    "periodStart" DATE,
    "periodEnd" DATE,
    "decisionDate" DATE,
    "estimatedCompletion" DATE,
    "resultsCompleted" DATE,
    "grantedEur" INTEGER,
    "totalCostEur" INTEGER,
    "euStateGrantedEur" INTEGER,
    "euStateRealizedEur" INTEGER,
    "publicPlannedEur" INTEGER,
    "publicRealizedEur" INTEGER,
    "priorityAxis" TEXT,
    "specificObjective" TEXT,
    "responsibleAuthority" TEXT,
    "isNational" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "sourceDocumentId" INTEGER,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "businessId" TEXT,
    "type" TEXT,
    "streetAddress" TEXT,
    "postalCode" TEXT,
    "postOffice" TEXT,
    "phone" TEXT,
    "website" TEXT,
    "municipalityId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectOrganization" (
    "projectId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "role" "OrganizationRole" NOT NULL,
    "ordinal" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProjectOrganization_pkey" PRIMARY KEY ("projectId","organizationId","role")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "identityKey" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "title" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectPerson" (
    "projectId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "role" "PersonRole" NOT NULL,
    "ordinal" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProjectPerson_pkey" PRIMARY KEY ("projectId","personId","role")
);

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameSv" TEXT NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameSv" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectRegion" (
    "projectId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "inferred" BOOLEAN NOT NULL DEFAULT false,
    "basis" TEXT,

    CONSTRAINT "ProjectRegion_pkey" PRIMARY KEY ("projectId","regionId")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectTheme" (
    "projectId" INTEGER NOT NULL,
    "themeId" INTEGER NOT NULL,

    CONSTRAINT "ProjectTheme_pkey" PRIMARY KEY ("projectId","themeId")
);

-- CreateTable
CREATE TABLE "Section" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER,
    "documentId" INTEGER,
    "heading" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "lineStart" INTEGER,
    "lineEnd" INTEGER,

    CONSTRAINT "Section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PressRelease" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE,
    "author" TEXT,
    "body" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "lineStart" INTEGER,

    CONSTRAINT "PressRelease_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Material" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "fileName" TEXT,
    "sizeKb" DECIMAL(12,1),
    "ordinal" INTEGER NOT NULL,
    "lineStart" INTEGER,

    CONSTRAINT "Material_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EsfPilot" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "number" INTEGER,
    "description" TEXT NOT NULL,
    "implementer" TEXT,
    "regionLabel" TEXT,
    "regionId" INTEGER,
    "ordinal" INTEGER NOT NULL,
    "lineStart" INTEGER,

    CONSTRAINT "EsfPilot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipantFigure" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "women" INTEGER,
    "men" INTEGER,
    "total" INTEGER,
    "ageUnder25" INTEGER,
    "age25to29" INTEGER,
    "age30to54" INTEGER,
    "ageOver54" INTEGER,
    "ordinal" INTEGER NOT NULL,
    "lineStart" INTEGER,

    CONSTRAINT "ParticipantFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EsfIndicator" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "planned" INTEGER,
    "realised" INTEGER,
    "ordinal" INTEGER NOT NULL,
    "lineStart" INTEGER,

    CONSTRAINT "EsfIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HorizontalPrinciple" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "category" TEXT,
    "label" TEXT NOT NULL,
    "direct" INTEGER,
    "indirect" INTEGER,
    "answer" TEXT,
    "description" TEXT,
    "ordinal" INTEGER NOT NULL,
    "lineStart" INTEGER,

    CONSTRAINT "HorizontalPrinciple_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnowledgeDocument" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "authorId" INTEGER,
    "authorTitle" TEXT,
    "organizationName" TEXT,
    "documentDate" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "sourceDocumentId" INTEGER,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KnowledgeDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceDocument" (
    "id" SERIAL NOT NULL,
    "fileName" TEXT NOT NULL,
    "rawText" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "parserVersion" TEXT NOT NULL,
    "warnings" JSONB NOT NULL DEFAULT '[]',
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FieldProvenance" (
    "id" SERIAL NOT NULL,
    "sourceDocumentId" INTEGER NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "lineStart" INTEGER NOT NULL,
    "lineEnd" INTEGER NOT NULL,

    CONSTRAINT "FieldProvenance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Funder_code_key" ON "Funder"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Project_slug_key" ON "Project"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Project_sourceDocumentId_key" ON "Project"("sourceDocumentId");

-- CreateIndex
CREATE INDEX "Project_periodStart_idx" ON "Project"("periodStart");

-- CreateIndex
CREATE INDEX "Project_decisionDate_idx" ON "Project"("decisionDate");

-- CreateIndex
CREATE UNIQUE INDEX "Project_funderId_projectNumberKey_key" ON "Project"("funderId", "projectNumberKey");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_nameKey_key" ON "Organization"("nameKey");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_businessId_key" ON "Organization"("businessId");

-- CreateIndex
CREATE INDEX "ProjectOrganization_organizationId_idx" ON "ProjectOrganization"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_identityKey_key" ON "Person"("identityKey");

-- CreateIndex
CREATE INDEX "ProjectPerson_personId_idx" ON "ProjectPerson"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Region_name_key" ON "Region"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_code_key" ON "Municipality"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_name_key" ON "Municipality"("name");

-- CreateIndex
CREATE INDEX "ProjectRegion_regionId_idx" ON "ProjectRegion"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_name_key" ON "Theme"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_slug_key" ON "Theme"("slug");

-- CreateIndex
CREATE INDEX "ProjectTheme_themeId_idx" ON "ProjectTheme"("themeId");

-- CreateIndex
CREATE INDEX "Section_projectId_idx" ON "Section"("projectId");

-- CreateIndex
CREATE INDEX "Section_documentId_idx" ON "Section"("documentId");

-- CreateIndex
CREATE INDEX "PressRelease_projectId_idx" ON "PressRelease"("projectId");

-- CreateIndex
CREATE INDEX "Material_projectId_idx" ON "Material"("projectId");

-- CreateIndex
CREATE INDEX "EsfPilot_projectId_idx" ON "EsfPilot"("projectId");

-- CreateIndex
CREATE INDEX "ParticipantFigure_projectId_idx" ON "ParticipantFigure"("projectId");

-- CreateIndex
CREATE INDEX "EsfIndicator_projectId_idx" ON "EsfIndicator"("projectId");

-- CreateIndex
CREATE INDEX "HorizontalPrinciple_projectId_idx" ON "HorizontalPrinciple"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgeDocument_slug_key" ON "KnowledgeDocument"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgeDocument_sourceDocumentId_key" ON "KnowledgeDocument"("sourceDocumentId");

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_fileName_key" ON "SourceDocument"("fileName");

-- CreateIndex
CREATE INDEX "FieldProvenance_sourceDocumentId_idx" ON "FieldProvenance"("sourceDocumentId");

-- CreateIndex
CREATE UNIQUE INDEX "FieldProvenance_entityType_entityId_field_key" ON "FieldProvenance"("entityType", "entityId", "field");

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_funderId_fkey" FOREIGN KEY ("funderId") REFERENCES "Funder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectOrganization" ADD CONSTRAINT "ProjectOrganization_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectOrganization" ADD CONSTRAINT "ProjectOrganization_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPerson" ADD CONSTRAINT "ProjectPerson_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPerson" ADD CONSTRAINT "ProjectPerson_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectRegion" ADD CONSTRAINT "ProjectRegion_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectRegion" ADD CONSTRAINT "ProjectRegion_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTheme" ADD CONSTRAINT "ProjectTheme_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTheme" ADD CONSTRAINT "ProjectTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "KnowledgeDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressRelease" ADD CONSTRAINT "PressRelease_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Material" ADD CONSTRAINT "Material_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EsfPilot" ADD CONSTRAINT "EsfPilot_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EsfPilot" ADD CONSTRAINT "EsfPilot_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantFigure" ADD CONSTRAINT "ParticipantFigure_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EsfIndicator" ADD CONSTRAINT "EsfIndicator_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HorizontalPrinciple" ADD CONSTRAINT "HorizontalPrinciple_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeDocument" ADD CONSTRAINT "KnowledgeDocument_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeDocument" ADD CONSTRAINT "KnowledgeDocument_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FieldProvenance" ADD CONSTRAINT "FieldProvenance_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- (The engine splits scripts on semicolons: keep semicolons and quotes out of comments.)
-- Hand-written: rules the Prisma schema language cannot express. The database is the backstop for
-- every validation the application does, so a bug or a hand-written UPDATE cannot store nonsense.
-- ---------------------------------------------------------------------------------------------

-- Trigram matching (search, duplicate detection) and accent folding.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

ALTER TABLE "Project"
  ADD CONSTRAINT "Project_period_order" CHECK ("periodEnd" IS NULL OR "periodStart" IS NULL OR "periodEnd" >= "periodStart"),
  ADD CONSTRAINT "Project_money_non_negative" CHECK (
    coalesce("grantedEur", 0) >= 0 AND coalesce("totalCostEur", 0) >= 0
    AND coalesce("euStateGrantedEur", 0) >= 0 AND coalesce("euStateRealizedEur", 0) >= 0
    AND coalesce("publicPlannedEur", 0) >= 0 AND coalesce("publicRealizedEur", 0) >= 0),
  ADD CONSTRAINT "Project_number_present" CHECK (btrim("projectNumber") <> '' AND "projectNumberKey" = lower(regexp_replace("projectNumber", '\s', '', 'g'))),
  ADD CONSTRAINT "Project_title_present" CHECK (btrim("title") <> ''),
  ADD CONSTRAINT "Project_version_positive" CHECK ("version" >= 1);

ALTER TABLE "Organization"
  ADD CONSTRAINT "Organization_name_present" CHECK (btrim("name") <> ''),
  -- Format only: the checksum is validated in lib/domain/business-id.ts before storing.
  ADD CONSTRAINT "Organization_business_id_format" CHECK ("businessId" IS NULL OR "businessId" ~ '^[0-9]{7}-[0-9]$');

ALTER TABLE "Section"
  ADD CONSTRAINT "Section_one_owner" CHECK (("projectId" IS NULL) <> ("documentId" IS NULL));

ALTER TABLE "Material"
  ADD CONSTRAINT "Material_size_non_negative" CHECK ("sizeKb" IS NULL OR "sizeKb" >= 0);

ALTER TABLE "ParticipantFigure"
  ADD CONSTRAINT "ParticipantFigure_non_negative" CHECK (
    coalesce("women", 0) >= 0 AND coalesce("men", 0) >= 0 AND coalesce("total", 0) >= 0
    AND coalesce("ageUnder25", 0) >= 0 AND coalesce("age25to29", 0) >= 0
    AND coalesce("age30to54", 0) >= 0 AND coalesce("ageOver54", 0) >= 0);

ALTER TABLE "EsfIndicator"
  ADD CONSTRAINT "EsfIndicator_non_negative" CHECK (coalesce("planned", 0) >= 0 AND coalesce("realised", 0) >= 0);

ALTER TABLE "FieldProvenance"
  ADD CONSTRAINT "FieldProvenance_lines" CHECK ("lineStart" >= 1 AND "lineEnd" >= "lineStart");

ALTER TABLE "SourceDocument"
  ADD CONSTRAINT "SourceDocument_sha256_format" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
