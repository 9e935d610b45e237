/**
 * A database migrated from zero serves every model of schema.prisma, and its constraints refuse
 * what the application must never store.
 */

import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../lib/db";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { diffSchemas, readMigrations } from "../../lib/postgres/schema-engine";
import { MIGRATIONS_DIR, migrate, SCHEMA_PATH } from "../../prisma/migrate";
import { testDatabaseUrl } from "../setup/db-utils";

let prisma: PrismaClient;
let url: string;

beforeAll(async () => {
  // A database of its own, created empty, so "from zero" really is from zero.
  const admin = new pg.Client({ connectionString: testDatabaseUrl().replace(/\/[^/]+$/, "/postgres") });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS migrate_from_zero WITH (FORCE)");
  await admin.query("CREATE DATABASE migrate_from_zero");
  await admin.end();
  url = testDatabaseUrl().replace(/\/[^/]+$/, "/migrate_from_zero");
  prisma = createPrismaClient(url, 2);
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("migrations", () => {
  it("apply from zero, then find nothing more to apply", async () => {
    const first = await migrate(url);
    expect(first.length).toBeGreaterThan(0);
    expect(await migrate(url)).toEqual([]);
    const rows = await prisma.$queryRaw<
      Array<{ migration_name: string; finished_at: Date | null }>
    >`SELECT migration_name, finished_at FROM _prisma_migrations`;
    expect(rows.map((r) => r.migration_name)).toEqual(first);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("are in step with schema.prisma (no change waits for a migration)", async () => {
    const snapshot = await readFile(path.join(MIGRATIONS_DIR, "schema-at-last-migration.prisma.txt"), "utf8");
    expect(snapshot).toBe(await readFile(SCHEMA_PATH, "utf8"));
    const sql = await diffSchemas({ fromSchema: snapshot, toSchemaPath: SCHEMA_PATH, connectionString: url });
    expect(sql.trim()).toMatch(/^(-- This is an empty migration\.)?$/);
    // Every CREATE TABLE the engine would write for the schema is in some migration.
    const fromEmpty = await diffSchemas({ toSchemaPath: SCHEMA_PATH, connectionString: url });
    const all = (await readMigrations(MIGRATIONS_DIR)).map((m) => m.sql).join("\n");
    for (const table of fromEmpty.match(/CREATE TABLE "\w+"/g) ?? []) expect(all, table).toContain(table);
  });

  it("serve every model of the schema through the client", async () => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const models = [...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!);
    expect(models.length).toBeGreaterThanOrEqual(20);
    for (const model of models) {
      const delegate = (prisma as unknown as Record<string, { count(): Promise<number> }>)[
        model[0]!.toLowerCase() + model.slice(1)
      ];
      expect(delegate, model).toBeDefined();
      await expect(delegate!.count(), model).resolves.toBeTypeOf("number");
    }
  });

  it("create a whole project graph through the client", async () => {
    const funder = await prisma.funder.create({ data: { code: "TEST", name: "Testirahasto" } });
    const region = await prisma.region.create({ data: { code: "99", name: "Testimaa", nameSv: "Testland" } });
    const municipality = await prisma.municipality.create({
      data: { code: "999", name: "Testilä", nameSv: "Testby", regionId: region.id },
    });
    const organization = await prisma.organization.create({
      data: {
        name: "Testi Oy",
        nameKey: "testi oy",
        slug: "testi-oy",
        businessId: "2844561-8",
        municipalityId: municipality.id,
      },
    });
    const person = await prisma.person.create({ data: { name: "Testi Henkilö", identityKey: "name:testi henkilö" } });
    const theme = await prisma.theme.create({ data: { name: "Testiteema", slug: "testiteema" } });
    const source = await prisma.sourceDocument.create({
      data: { fileName: "t.txt", rawText: "x", sha256: "0".repeat(64), format: "tsr-new", parserVersion: "t" },
    });
    const project = await prisma.project.create({
      data: {
        funderId: funder.id,
        projectNumber: "T 1",
        projectNumberKey: "t1",
        slug: "t-1",
        title: "Testi",
        sourceDocumentId: source.id,
        periodStart: new Date("2020-01-01"),
        periodEnd: new Date("2020-12-31"),
        grantedEur: 100,
        organizations: { create: { organizationId: organization.id, role: "APPLICANT" } },
        people: { create: { personId: person.id, role: "CONTACT" } },
        regions: { create: { regionId: region.id, inferred: true, basis: "testi" } },
        themes: { create: { themeId: theme.id } },
        sections: { create: { heading: "H", body: "B", ordinal: 0 } },
        pressReleases: { create: { title: "T", body: "B", ordinal: 0 } },
        materials: { create: { title: "M", sizeKb: 1.5, ordinal: 0 } },
        pilots: { create: { description: "P", ordinal: 0, regionId: region.id } },
        participants: { create: { label: "L", total: 3, ordinal: 0 } },
        indicators: { create: { label: "I", planned: 1, ordinal: 0 } },
        principles: { create: { label: "P", direct: 1, ordinal: 0 } },
      },
    });
    await prisma.knowledgeDocument.create({
      data: {
        slug: "d",
        title: "D",
        authorId: person.id,
        sections: { create: { heading: "H", body: "B", ordinal: 0 } },
      },
    });
    await prisma.fieldProvenance.create({
      data: {
        sourceDocumentId: source.id,
        entityType: "project",
        entityId: project.id,
        field: "title",
        lineStart: 1,
        lineEnd: 1,
      },
    });
    const loaded = await prisma.project.findUniqueOrThrow({
      where: { id: project.id },
      include: { materials: true, regions: true },
    });
    expect(Number(loaded.materials[0]!.sizeKb)).toBe(1.5);
    expect(loaded.regions[0]!.inferred).toBe(true);
  });

  it("refuse rows the rules forbid", async () => {
    const funder = await prisma.funder.findUniqueOrThrow({ where: { code: "TEST" } });
    const base = { funderId: funder.id, title: "Virheellinen" };
    const refused = (data: Prisma.ProjectUncheckedCreateInput) =>
      expect(prisma.project.create({ data })).rejects.toThrow();
    await refused({
      ...base,
      projectNumber: "T2",
      projectNumberKey: "t2",
      slug: "t2",
      periodStart: new Date("2021-01-01"),
      periodEnd: new Date("2020-01-01"),
    });
    await refused({ ...base, projectNumber: "T3", projectNumberKey: "t3", slug: "t3", grantedEur: -1 });
    // same number, other spacing
    await refused({ ...base, projectNumber: " t 1 ", projectNumberKey: "t1", slug: "t4" });
    await refused({ ...base, projectNumber: "T5", projectNumberKey: "wrong", slug: "t5" }); // key must match the number
    await expect(
      prisma.organization.create({ data: { name: "X", nameKey: "x", slug: "x", businessId: "123" } }),
    ).rejects.toThrow();
    // no owner
    await expect(prisma.section.create({ data: { heading: "H", body: "B", ordinal: 0 } })).rejects.toThrow();
  });
});
