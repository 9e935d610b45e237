-- AlterTable (hand-edited: existing rows get their title vector here, later writes rebuild it)
ALTER TABLE "ProjectSearch" ADD COLUMN     "titleDocument" tsvector;

UPDATE "ProjectSearch" SET "titleDocument" = to_tsvector('simple', title);

ALTER TABLE "ProjectSearch" ALTER COLUMN "titleDocument" SET NOT NULL;
