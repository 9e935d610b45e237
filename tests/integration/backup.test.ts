/** db:backup then db:restore into an empty database gives identical content. */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { backupDatabase, restoreDatabase } from "../../lib/backup/backup";
import { createUser } from "../../lib/auth/users";
import { createPrismaClient } from "../../lib/db";
import { migrate } from "../../prisma/migrate";
import { seed } from "../../prisma/seed";
import { contentDump, resetDatabase, testDatabaseUrl, testPrisma } from "../setup/db-utils";

let prisma: PrismaClient;
let dir: string;
const restoredUrl = () => testDatabaseUrl().replace(/\/[^/?]+(\?|$)/, "/restore_target$1");

beforeAll(async () => {
  prisma = testPrisma();
  await resetDatabase(prisma);
  await seed(testDatabaseUrl());
  await createUser(prisma, { email: "varmuus@example.fi", name: "Varmuus Kopio", password: "kopio palautuu ennallaan", role: "ADMIN" });
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
    expect(await contentDump(restored, { includeTimestamps: true })).toBe(await contentDump(prisma, { includeTimestamps: true }));
    // A new row gets a fresh id, not one of the restored ones.
    const user = await createUser(restored, { email: "uusi@example.fi", name: "Uusi", password: "uusi tunnus palautuksen jälkeen", role: "EDITOR" });
    expect(user.ok).toBe(true);
    // A second restore into a database with content is refused, and changes nothing.
    await expect(restoreDatabase(restoredUrl(), file)).rejects.toThrow(/not empty/);
    expect(await restored.user.count()).toBe(2);
  } finally {
    await restored.$disconnect();
  }
});
