/**
 * `npm run db:seed`: migrates, then stores every source text in seeds/ (idempotent: a second run
 * changes nothing; a changed text updates its record; unknown formats are reported and skipped).
 */
import path from "node:path";
import { createPrismaClient } from "../lib/db";
import { expandSourcePaths, formatReports, ingestFiles } from "../lib/ingest/ingest-files";
import { withDatabase } from "../lib/postgres/connect";
import { migrate } from "./migrate";

export const SEEDS_DIR = path.resolve(import.meta.dirname, "../seeds");

export async function seed(url: string): Promise<string> {
  await migrate(url);
  const prisma = createPrismaClient(url, 4);
  try {
    const reports = await ingestFiles(prisma, await expandSourcePaths([SEEDS_DIR]));
    return formatReports(reports);
  } finally {
    await prisma.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  withDatabase(seed)
    .then((report) => console.log(report))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
