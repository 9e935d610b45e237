/**
 * The database stops in the middle of 100 saves and comes back: every save either commits whole
 * (record and history row) or not at all, and saving works again, without a restart, within
 * 10 seconds of the database's return. Uses an embedded Postgres of its own, since it stops it.
 */
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { createProject, saveProject } from "../../lib/admin/project-store";
import { loadEditable } from "../../lib/admin/revisions";
import { createUser } from "../../lib/auth/users";
import { createPrismaClient } from "../../lib/db";
import { ensureReferenceData } from "../../lib/ingest/reference-data";
import { type RunningDatabase, startEmbeddedDatabase } from "../../lib/postgres/embedded";
import { migrate } from "../../prisma/migrate";

const PORT = Number(process.env.TEST_FAILURE_PG_PORT ?? 55460);
let folder: string;
let database: RunningDatabase | undefined;

afterAll(async () => {
  await database?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

it("no partial writes while the database is away, and recovery within 10 s", async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "tyohyvinvointi-failure-"));
  await chmod(folder, 0o755);
  const dataDir = path.join(folder, "data");
  const start = () => startEmbeddedDatabase({ dataDir, port: PORT, database: "failure" });
  database = await start();
  await migrate(database.url);
  const prisma = createPrismaClient(database.url, 4);
  try {
    await ensureReferenceData(prisma);
    const user = await createUser(prisma, {
      email: "vika@example.fi",
      name: "Vika Testaaja",
      password: "tietokanta katoaa hetkeksi",
      role: "EDITOR",
    });
    if (!user.ok) throw new Error(user.message);
    const state = {
      title: "Vikasietoinen hanke",
      projectNumber: "V-1",
      funderCode: "TSR",
      grantType: null,
      status: null,
      periodStart: null,
      periodEnd: null,
      decisionDate: null,
      grantedEur: 1000,
      totalCostEur: null,
      euStateGrantedEur: null,
      euStateRealizedEur: null,
      publicPlannedEur: null,
      publicRealizedEur: null,
      isNational: false,
      regions: [],
      themes: [],
      organizations: [],
      people: [],
      sections: [],
      pressReleases: [],
      materials: [],
    };
    const created = await createProject(prisma, { state, userId: user.id });
    if (!created.ok) throw new Error("create failed");
    const { id } = await prisma.project.findUniqueOrThrow({ where: { slug: created.slug } });

    let saved = 0;
    let failed = 0;
    let backAt = 0;
    let recoveredAfterMs: number | null = null;
    for (let i = 0; i < 100; i++) {
      if (i === 30) await database.stop();
      if (i === 60) {
        database = await start();
        backAt = Date.now();
      }
      try {
        const current = (await loadEditable(prisma, id))!;
        const result = await saveProject(prisma, {
          id,
          state: { ...current.state, grantedEur: 1000 + i },
          expectedVersion: current.version,
          userId: user.id,
        });
        expect(result.ok).toBe(true);
        saved++;
        if (backAt && recoveredAfterMs === null) recoveredAfterMs = Date.now() - backAt;
      } catch {
        failed++;
        // Retrying right away while the database is down would only fail faster; wait a little.
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    console.info(`failure test: ${saved} saved, ${failed} refused, recovered ${recoveredAfterMs} ms after the restart`);
    expect(failed).toBeGreaterThanOrEqual(30);
    expect(recoveredAfterMs).not.toBeNull();
    expect(recoveredAfterMs!).toBeLessThan(10_000);
    // Every committed save has its history row and nothing else was written.
    const project = (await loadEditable(prisma, id))!;
    expect(project.version).toBe(1 + saved);
    expect(await prisma.revision.count({ where: { projectId: id } })).toBe(1 + saved);
  } finally {
    await prisma.$disconnect();
  }
}, 120_000);
