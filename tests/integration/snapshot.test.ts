/**
 * An instance that starts again loads its read index from the snapshot the last build wrote and
 * catches up from the change log, answering exactly as an index built from every row; a snapshot
 * of another database history is never used.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { ingestFiles } from "../../lib/ingest/ingest-files";
import { ReadIndex } from "../../lib/read-index";
import { dashboardIndex } from "../../lib/read-index/dashboard";
import { searchIndex } from "../../lib/read-index/search";
import { parseSearchParams } from "../../lib/search/filters";
import { seed } from "../../prisma/seed";
import { tsrNewPage } from "../factories";
import { resetDatabase, testDatabaseUrl, testPrisma } from "../setup/db-utils";

let prisma: PrismaClient;
let dir: string;
const previousDir = process.env.READ_INDEX_SNAPSHOT_DIR;

const QUERIES = ["", "q=johtaminen", "q=kaukolämpövalvomon", "funder=TSR&sort=granted", "q=työhyvinvointi&sort=title"];
const answersOf = (index: ReadIndex) =>
  QUERIES.map((q) => {
    const parsed = parseSearchParams(new URLSearchParams(q));
    if (!parsed.ok) throw new Error(parsed.message);
    return { search: searchIndex(index.peek(), parsed.params), dashboard: dashboardIndex(index.peek(), parsed.params) };
  });

beforeAll(async () => {
  prisma = testPrisma();
  await resetDatabase(prisma);
  await seed(testDatabaseUrl());
  dir = await mkdtemp(path.join(os.tmpdir(), "snapshots-"));
  process.env.READ_INDEX_SNAPSHOT_DIR = dir;
}, 60_000);

afterAll(async () => {
  if (previousDir === undefined) delete process.env.READ_INDEX_SNAPSHOT_DIR;
  else process.env.READ_INDEX_SNAPSHOT_DIR = previousDir;
  await prisma.$disconnect();
  await rm(dir, { recursive: true, force: true });
});

it("a restarted instance starts from its snapshot, catches up, and answers as a full build", async () => {
  const first = await ReadIndex.open(testDatabaseUrl(), { listen: false });
  expect(first.startedFrom).toBe("rows");
  await first.close();

  // Written while no instance ran: the next start finds it in the change log.
  const file = path.join(dir, "new.txt");
  await writeFile(
    file,
    tsrNewPage({
      number: "500077",
      title: "Kaukolämpövalvomon vuorotyön kuormitus",
      applicant: "Oulun kaupunki",
      granted: "20 000",
      start: "1.1.2022",
      end: "31.12.2023",
      summary: "Valvomotyön tauotus ja palautuminen.",
    }),
  );
  await ingestFiles(prisma, [file]);

  const restarted = await ReadIndex.open(testDatabaseUrl(), { listen: false });
  const built = await ReadIndex.open(testDatabaseUrl(), { listen: false, snapshots: false });
  try {
    expect(restarted.startedFrom).toBe("snapshot");
    expect(built.startedFrom).toBe("rows");
    expect(answersOf(restarted)).toEqual(answersOf(built));
    expect(answersOf(restarted)[2]!.search.total).toBe(1);
  } finally {
    await restarted.close();
    await built.close();
  }
});

it("a snapshot of another history of the database is not used", async () => {
  const before = await ReadIndex.open(testDatabaseUrl(), { listen: false });
  await before.close();
  // The database emptied and seeded again: a new incarnation, whose data version may well reach the same number.
  await resetDatabase(prisma);
  await seed(testDatabaseUrl());
  const after = await ReadIndex.open(testDatabaseUrl(), { listen: false });
  try {
    expect(after.startedFrom).toBe("rows");
    expect(answersOf(after)[2]!.search.total).toBe(0);
  } finally {
    await after.close();
  }
}, 60_000);
