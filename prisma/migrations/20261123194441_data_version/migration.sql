-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- The single row every writer bumps (hand-written).
INSERT INTO "DataVersion" (id, version) VALUES (1, 0) ON CONFLICT DO NOTHING;
ALTER TABLE "DataVersion" ADD CONSTRAINT "DataVersion_single_row" CHECK (id = 1);
