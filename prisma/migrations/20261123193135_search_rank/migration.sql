-- AlterTable (hand-edited: rows that exist get a ranking vector from what the search row already holds,
-- and every later write rebuilds it exactly)
ALTER TABLE "ProjectSearch" ADD COLUMN     "rankDocument" tsvector;

UPDATE "ProjectSearch" SET "rankDocument" = setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', left("snippetSource", 3000)), 'B');

ALTER TABLE "ProjectSearch" ALTER COLUMN "rankDocument" SET NOT NULL;
