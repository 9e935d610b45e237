-- AlterTable
ALTER TABLE "ProjectSearch" ADD COLUMN     "tokens" BYTEA;

-- CreateTable
CREATE TABLE "SearchWord" (
    "id" SERIAL NOT NULL,
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SearchWord_word_key" ON "SearchWord"("word");
