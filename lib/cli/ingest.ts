/**
 * `npm run ingest -- <files or folders>`: stores newly published source texts through the same
 * code path as the seed. Exit code 1 when any file failed or was skipped.
 */

import { migrate } from "../../prisma/migrate";
import { createPrismaClient } from "../db";
import { expandSourcePaths, formatReports, ingestFiles } from "../ingest/ingest-files";
import { withDatabase } from "../postgres/connect";

const argv = process.argv.slice(2).filter((a) => a !== "--");
const concurrencyAt = argv.indexOf("--concurrency");
const concurrency = concurrencyAt >= 0 ? Number(argv[concurrencyAt + 1]) : 1;
const paths = argv.filter((_, i) => concurrencyAt < 0 || (i !== concurrencyAt && i !== concurrencyAt + 1));
if (paths.length === 0 || !Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) {
  console.error("Usage: npm run ingest -- [--concurrency 1-16] <file or folder>...");
  process.exit(1);
}

withDatabase(async (url) => {
  await migrate(url);
  const prisma = createPrismaClient(url, Math.max(4, concurrency + 1));
  try {
    const reports = await ingestFiles(prisma, await expandSourcePaths(paths), concurrency);
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
