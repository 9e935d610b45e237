/**
 * Two app instances on one database: a write made through one is visible in the other's read
 * index within a second, pushed by the change notification (the other instance does not ask).
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, expect, it } from "vitest";
import { setDeleted } from "../../lib/admin/project-store";
import { createUser } from "../../lib/auth/users";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { ingestFiles } from "../../lib/ingest/ingest-files";
import { parseSearchParams } from "../../lib/search/filters";
import { search } from "../../lib/search/search";
import { seed } from "../../prisma/seed";
import { tsrNewPage } from "../factories";
import { resetDatabase, testDatabaseUrl, testPrisma } from "../setup/db-utils";

let prisma: PrismaClient;
let dir: string;
let other: ChildProcessWithoutNullStreams;
let answers: AsyncIterator<string>;

/** Asks the other instance; its answer comes from its index as it is. */
async function otherTotal(query: string): Promise<number> {
  other.stdin.write(`${JSON.stringify({ query })}\n`);
  const { value } = await answers.next();
  return JSON.parse(value as string).total as number;
}

/** Milliseconds until the other instance gives `expected` for `query` (fails after 5 s). */
async function untilOtherSees(query: string, expected: number): Promise<number> {
  const started = performance.now();
  while ((await otherTotal(query)) !== expected) {
    if (performance.now() - started > 5000)
      throw new Error(`the other instance still does not give ${expected} for ${query}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return performance.now() - started;
}

const here = async (query: string) => {
  const parsed = parseSearchParams(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  return (await search(prisma, parsed.params)).total;
};

beforeAll(async () => {
  prisma = testPrisma();
  await resetDatabase(prisma);
  await seed(testDatabaseUrl());
  dir = await mkdtemp(path.join(os.tmpdir(), "instances-"));
  const tsx = path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx");
  other = spawn(tsx, [path.join(import.meta.dirname, "support/index-instance.ts")], {
    env: { ...process.env, DATABASE_URL: testDatabaseUrl() },
  });
  answers = createInterface({ input: other.stdout })[Symbol.asyncIterator]();
  expect(JSON.parse((await answers.next()).value as string)).toEqual({ ready: true });
}, 60_000);

afterAll(async () => {
  other?.stdin.end();
  other?.kill();
  await prisma.$disconnect();
  await rm(dir, { recursive: true, force: true });
});

it("a new record, and its deletion, reach the other instance within a second", async () => {
  const query = "q=kaukolämpövalvomon";
  expect(await otherTotal(query)).toBe(0);
  const file = path.join(dir, "new.txt");
  await writeFile(
    file,
    tsrNewPage({
      number: "500001",
      title: "Kaukolämpövalvomon vuorotyön kuormitus",
      applicant: "Oulun kaupunki",
      granted: "20 000",
      start: "1.1.2022",
      end: "31.12.2023",
      summary: "Valvomotyön tauotus ja palautuminen.",
    }),
  );
  await ingestFiles(prisma, [file]);
  expect(await here(query)).toBe(1); // the writing instance: at once
  const added = await untilOtherSees(query, 1);
  expect(added).toBeLessThan(1000);

  const editor = await createUser(prisma, {
    email: "toinen@example.fi",
    name: "Toinen Instanssi",
    password: "kaksi instanssia yksi kanta",
    role: "EDITOR",
  });
  if (!editor.ok) throw new Error(editor.message);
  const project = await prisma.project.findFirstOrThrow({
    where: { projectNumber: "500001" },
    select: { id: true, version: true },
  });
  expect(
    (await setDeleted(prisma, { id: project.id, deleted: true, expectedVersion: project.version, userId: editor.id }))
      .ok,
  ).toBe(true);
  expect(await here(query)).toBe(0);
  const removed = await untilOtherSees(query, 0);
  expect(removed).toBeLessThan(1000);
  console.log(`other instance: new record after ${Math.round(added)} ms, deletion after ${Math.round(removed)} ms`);
});
