-- AlterTable
ALTER TABLE "ProjectSearch" ADD COLUMN     "textA" TEXT,
ADD COLUMN     "textB" TEXT,
ADD COLUMN     "textC" TEXT;

-- AlterTable
ALTER TABLE "DataVersion" ADD COLUMN     "epoch" UUID NOT NULL DEFAULT gen_random_uuid();

-- CreateTable
CREATE TABLE "ReadIndexChange" (
    "version" BIGINT NOT NULL,
    "projectIds" INTEGER[],
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReadIndexChange_pkey" PRIMARY KEY ("version")
);
