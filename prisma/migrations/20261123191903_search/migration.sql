-- CreateTable
CREATE TABLE "ProjectSearch" (
    "projectId" INTEGER NOT NULL,
    "funderCode" TEXT NOT NULL,
    "grantType" TEXT,
    "periodStart" DATE,
    "periodEnd" DATE,
    "startYear" INTEGER,
    "grantedEur" INTEGER,
    "totalCostEur" INTEGER,
    "isNational" BOOLEAN NOT NULL DEFAULT false,
    "regionIds" INTEGER[],
    "inferredRegionIds" INTEGER[],
    "organizationIds" INTEGER[],
    "organizationTypes" TEXT[],
    "themeIds" INTEGER[],
    "title" TEXT NOT NULL,
    "snippetSource" TEXT NOT NULL,
    "document" tsvector NOT NULL,

    CONSTRAINT "ProjectSearch_pkey" PRIMARY KEY ("projectId")
);

-- CreateTable
CREATE TABLE "SearchLexeme" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchLexeme_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "ProjectSearch_funderCode_idx" ON "ProjectSearch"("funderCode");

-- CreateIndex
CREATE INDEX "ProjectSearch_startYear_idx" ON "ProjectSearch"("startYear");

-- CreateIndex
CREATE INDEX "ProjectSearch_grantedEur_idx" ON "ProjectSearch"("grantedEur");

-- CreateIndex
CREATE INDEX "ProjectSearch_regionIds_idx" ON "ProjectSearch" USING GIN ("regionIds");

-- CreateIndex
CREATE INDEX "ProjectSearch_themeIds_idx" ON "ProjectSearch" USING GIN ("themeIds");

-- CreateIndex
CREATE INDEX "ProjectSearch_organizationIds_idx" ON "ProjectSearch" USING GIN ("organizationIds");

-- AddForeignKey
ALTER TABLE "ProjectSearch" ADD CONSTRAINT "ProjectSearch_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written (no semicolons or quotes in comments: the engine splits scripts on semicolons).
-- ---------------------------------------------------------------------------------------------

-- The text index every search goes through.
CREATE INDEX "ProjectSearch_document_idx" ON "ProjectSearch" USING GIN ("document");

-- Substring and similarity lookups on the lexicon (LIKE with a leading wildcard, the % operator).
CREATE INDEX "SearchLexeme_word_trgm_idx" ON "SearchLexeme" USING GIN ("word" gin_trgm_ops);

-- Levenshtein distance for one-typo matches.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- Finnish title order (a b ... z å ä ö) for sorting results by title.
CREATE INDEX "ProjectSearch_title_fi_idx" ON "ProjectSearch" ("title" COLLATE "fi-FI-x-icu");
