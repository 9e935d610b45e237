/**
 * `npm run ingest -- <files or folders>`: stores newly published source texts through the same
 * code path as the seed. Exit code 1 when any file failed or was skipped.
 */
import { createPrismaClient } from "../db";
import { expandSourcePaths, formatReports, ingestFiles } from "../ingest/ingest-files";
import { withDatabase } from "../postgres/connect";
import { migrate } from "../../prisma/migrate";

const paths = process.argv.slice(2).filter((a) => a !== "--");
if (paths.length === 0) {
  console.error("Usage: npm run ingest -- <file or folder>...");
  process.exit(1);
}

withDatabase(async (url) => {
  await migrate(url);
  const prisma = createPrismaClient(url, 4);
  try {
    const reports = await ingestFiles(prisma, await expandSourcePaths(paths));
    console.log(formatReports(reports));
    return reports.some((r) => r.outcome.status === "failed" || r.outcome.status === "skipped") ? 1 : 0;
  } finally {
    await prisma.$disconnect();
  }
})
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
