/** db:backup then db:restore into an empty database gives identical content. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createUser } from "../../lib/auth/users";
import { backupDatabase, restoreDatabase } from "../../lib/backup/backup";
import { generateCorpus } from "../../lib/bench/corpus";
import { createPrismaClient } from "../../lib/db";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { ensureReferenceData } from "../../lib/ingest/reference-data";
import { migrate } from "../../prisma/migrate";
import { seed } from "../../prisma/seed";
import { contentDump, resetDatabase, testDatabaseUrl, testPrisma } from "../setup/db-utils";

let prisma: PrismaClient;
let dir: string;
const urlOf = (database: string) => testDatabaseUrl().replace(/\/[^/?]+(\?|$)/, `/${database}$1`);
const restoredUrl = () => urlOf("restore_target");

async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client(testDatabaseUrl());
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  await migrate(urlOf(name));
  return urlOf(name);
}

beforeAll(async () => {
  prisma = testPrisma();
  await resetDatabase(prisma);
  await seed(testDatabaseUrl());
  await createUser(prisma, {
    email: "varmuus@example.fi",
    name: "Varmuus Kopio",
    password: "kopio palautuu ennallaan",
    role: "ADMIN",
  });
  dir = await mkdtemp(path.join(os.tmpdir(), "backup-"));
  const admin = new pg.Client(testDatabaseUrl());
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS restore_target");
  await admin.query("CREATE DATABASE restore_target");
  await admin.end();
});

afterAll(async () => {
  await prisma.$disconnect();
  await rm(dir, { recursive: true, force: true });
});

it("restores every row exactly, timestamps included, and ids continue after them", async () => {
  const file = path.join(dir, "backup.jsonl.gz");
  const written = await backupDatabase(testDatabaseUrl(), file);
  expect(written.Project).toBeGreaterThan(0);
  await migrate(restoredUrl());
  const read = await restoreDatabase(restoredUrl(), file);
  expect(Object.entries(read).filter(([, n]) => n > 0)).toEqual(Object.entries(written).filter(([, n]) => n > 0));

  const restored = createPrismaClient(restoredUrl(), 2);
  try {
    expect(await contentDump(restored, { includeTimestamps: true })).toBe(
      await contentDump(prisma, { includeTimestamps: true }),
    );
    // A new row gets a fresh id, not one of the restored ones.
    const user = await createUser(restored, {
      email: "uusi@example.fi",
      name: "Uusi",
      password: "uusi tunnus palautuksen jälkeen",
      role: "EDITOR",
    });
    expect(user.ok).toBe(true);
    // A second restore into a database with content is refused, and changes nothing.
    await expect(restoreDatabase(restoredUrl(), file)).rejects.toThrow(/not empty/);
    expect(await restored.user.count()).toBe(2);
  } finally {
    await restored.$disconnect();
  }
});

it("a database of thousands of rows in many tables restores identically, every time", async () => {
  // A synthetic corpus (its project numbers would collide with the seeds'): reference data,
  // organisations, projects and their relations, several tables with thousands of rows.
  await resetDatabase(prisma);
  await ensureReferenceData(prisma);
  const client = new pg.Client(testDatabaseUrl());
  await client.connect();
  try {
    await generateCorpus(client, { projects: 3000, seedsDir: path.join(import.meta.dirname, "../../seeds") });
  } finally {
    await client.end();
  }
  const file = path.join(dir, "large.jsonl.gz");
  const written = await backupDatabase(testDatabaseUrl(), file);
  expect(written.Project).toBe(3000);
  expect(Object.values(written).filter((n) => n > 1000).length).toBeGreaterThanOrEqual(3);
  const original = await contentDump(prisma, { includeTimestamps: true });

  for (const round of [1, 2, 3]) {
    const url = await freshDatabase(`restore_round_${round}`);
    const read = await restoreDatabase(url, file);
    expect(read).toEqual(Object.fromEntries(Object.entries(written).filter(([, n]) => n > 0)));
    const restored = createPrismaClient(url, 2);
    try {
      expect(await contentDump(restored, { includeTimestamps: true })).toBe(original);
    } finally {
      await restored.$disconnect();
    }
  }
});

it("a missing or broken file is refused with its reason, and leaves the database empty", async () => {
  const url = await freshDatabase("restore_broken");
  await expect(restoreDatabase(url, path.join(dir, "no-such-file.gz"))).rejects.toThrow(/ENOENT/);
  const broken = path.join(dir, "broken.gz");
  await writeFile(broken, "this is not gzip");
  await expect(restoreDatabase(url, broken)).rejects.toThrow(/incorrect header check/);
  const restored = createPrismaClient(url, 2);
  try {
    expect(await restored.project.count()).toBe(0);
  } finally {
    await restored.$disconnect();
  }
});
