import { inject } from "vitest";
import { createPrismaClient } from "../../lib/db";
import type { PrismaClient } from "../../lib/generated/prisma/client";

export function testDatabaseUrl(): string {
  return inject("databaseUrl");
}

export function testPrisma(): PrismaClient {
  return createPrismaClient(testDatabaseUrl(), 4);
}

/** Empties every table of the domain (reference data included) so a test starts from nothing. */
export async function resetDatabase(prisma: PrismaClient): Promise<void> {
  const tables = await prisma.$queryRaw<Array<{ tablename: string }>>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  const list = tables.map((t) => `"public"."${t.tablename}"`).join(", ");
  await prisma.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
}

/**
 * Every row of every domain table, sorted, as one string: two databases with the same content
 * give the same dump (import timestamps excluded, they say when, not what; so is the data
 * version's random epoch, which says which incarnation of the database this is).
 */
export async function contentDump(
  prisma: PrismaClient,
  options: { includeTimestamps?: boolean } = {},
): Promise<string> {
  const tables = await prisma.$queryRaw<Array<{ tablename: string }>>`
    SELECT tablename FROM pg_tables
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const parts: string[] = [];
  for (const { tablename } of tables) {
    const rows = await prisma.$queryRawUnsafe<Array<Record<string, unknown>>>(
      `SELECT to_jsonb(t) AS row FROM "public"."${tablename}" t`,
    );
    const lines = rows
      .map((r) => {
        const row = { ...(r.row as Record<string, unknown>) };
        if (!options.includeTimestamps)
          for (const k of ["createdAt", "updatedAt", "importedAt", "at", "epoch"]) delete row[k];
        return JSON.stringify(row, Object.keys(row).sort());
      })
      .sort();
    parts.push(`# ${tablename}\n${lines.join("\n")}`);
  }
  return parts.join("\n");
}
