/**
 * Seeding stores the seed texts faithfully and idempotently; a changed text updates its record;
 * provenance points at the lines the values are written on.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "../../lib/format";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { expandSourcePaths, ingestFiles } from "../../lib/ingest/ingest-files";
import { normalizeText } from "../../lib/ingest/normalize";
import { SEEDS_DIR, seed } from "../../prisma/seed";
import { contentDump, resetDatabase, testDatabaseUrl, testPrisma } from "../setup/db-utils";

let prisma: PrismaClient;

beforeAll(async () => {
  prisma = testPrisma();
  await resetDatabase(prisma);
});
afterAll(() => prisma.$disconnect());

describe("db:seed", () => {
  it("stores the four projects and the document", async () => {
    const report = await seed(testDatabaseUrl());
    expect(report).toContain("5 files: 5 created");
    expect(await prisma.project.count()).toBe(4);
    expect(await prisma.knowledgeDocument.count()).toBe(1);
    expect(await prisma.region.count()).toBe(19);
    expect(await prisma.municipality.count()).toBeGreaterThan(290);

    const esf = await prisma.project.findFirstOrThrow({
      where: { projectNumber: "S21565" },
      include: {
        funder: true,
        regions: { include: { region: true } },
        pilots: true,
        participants: true,
        organizations: { include: { organization: true } },
      },
    });
    expect(esf.funder.code).toBe("ESR");
    expect(esf.grantedEur).toBe(1365804);
    expect(esf.publicRealizedEur).toBe(1678719);
    expect(esf.isNational).toBe(true);
    expect(esf.regions).toHaveLength(9);
    expect(esf.regions.every((r) => !r.inferred)).toBe(true);
    expect(esf.pilots).toHaveLength(20);
    expect(esf.organizations[0]!.organization).toMatchObject({ businessId: "2844561-8", postalCode: "33014" });

    const posio = await prisma.project.findFirstOrThrow({
      where: { projectNumber: "210445" },
      include: { regions: { include: { region: true } } },
    });
    expect(posio.regions.map((r) => [r.region.name, r.inferred])).toEqual([["Lappi", true]]);
  });

  it("changes nothing when run again", async () => {
    const before = await contentDump(prisma, { includeTimestamps: true });
    const report = await seed(testDatabaseUrl());
    expect(report).toContain("5 files: 0 created, 0 updated, 5 unchanged");
    expect(await contentDump(prisma, { includeTimestamps: true })).toBe(before);
  });

  it("gives the same content in a database seeded from scratch", async () => {
    const first = await contentDump(prisma);
    await resetDatabase(prisma);
    await seed(testDatabaseUrl());
    expect(await contentDump(prisma)).toBe(first);
  });

  it("records provenance that points at the lines holding the values", async () => {
    const rows = await prisma.fieldProvenance.findMany({ include: { sourceDocument: true } });
    expect(rows.length).toBeGreaterThan(60);
    const projects = await prisma.project.findMany();
    for (const row of rows.filter((r) => r.entityType === "project")) {
      const project = projects.find((p) => p.id === row.entityId)!;
      const lines = row.sourceDocument.rawText
        .split("\n")
        .slice(row.lineStart - 1, row.lineEnd)
        .join("\n");
      const value = project[row.field as keyof typeof project];
      if (typeof value === "number") expect(lines.replace(/\s/g, ""), row.field).toContain(String(value));
      else if (value instanceof Date) expect(lines.replace(/\s/g, ""), row.field).toContain(formatDate(value));
      else if (typeof value === "string") expect(lines, row.field).toContain(value);
    }
    // Spot checks against the seed files themselves.
    const old = await prisma.project.findFirstOrThrow({ where: { projectNumber: "109160" } });
    const at = (field: string) =>
      rows.find((r) => r.entityType === "project" && r.entityId === old.id && r.field === field)!.lineStart;
    const raw = normalizeText(await readFile(path.join(SEEDS_DIR, "000_3a7e9f2da891a407.txt"), "utf8")).split("\n");
    expect(raw[at("grantedEur") - 1]).toContain("6 800 euroa");
    expect(raw[at("totalCostEur") - 1]).toContain("13 600 euroa");
    expect(raw[at("applicant") - 1]).toContain("HakijaVantaan kaupunki");
    expect(at("projectNumber")).toBe(1);
  });
});

describe("npm run ingest", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "ingest-"));
    await cp(SEEDS_DIR, dir, { recursive: true });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("updates a record when its source text changes, keeping its slug", async () => {
    const file = path.join(dir, "002_08ab75aeb8f49d52.txt");
    const before = await prisma.project.findFirstOrThrow({ where: { projectNumber: "210445" } });
    await writeFile(file, (await readFile(file, "utf8")).replace("17 605 euroa", "18 000 euroa"));
    const [report] = await ingestFiles(prisma, [file]);
    expect(report!.outcome.status).toBe("updated");
    const after = await prisma.project.findFirstOrThrow({ where: { projectNumber: "210445" } });
    expect(after.grantedEur).toBe(18000);
    expect(after.slug).toBe(before.slug);
    expect(after.version).toBe(before.version + 1);
    expect(await prisma.project.count()).toBe(4);
  });

  it("reports unknown formats and broken records without writing anything", async () => {
    const unknown = path.join(dir, "unknown.txt");
    const broken = path.join(dir, "broken.txt");
    await writeFile(unknown, "Kauppalista\nmaito\nleipä\n");
    // A TSR page whose period ends before it starts: refused whole, with the line named.
    await writeFile(broken, "Hanke\n\nHanketiedot\n\nHankenumero\n999001\n\nToteutusaika\n1.1.2020 - 1.1.2019\n");
    const sourcesBefore = await prisma.sourceDocument.count();
    const reports = await ingestFiles(prisma, await expandSourcePaths([unknown, broken]));
    expect(reports.map((r) => r.outcome.status)).toEqual(["skipped", "skipped"]);
    expect(reports[0]!.outcome).toMatchObject({ reason: "unknown format" });
    expect(reports[1]!.outcome).toMatchObject({ reason: "line 9: periodEnd period ends before it starts" });
    expect(await prisma.sourceDocument.count()).toBe(sourcesBefore);
    expect(await prisma.project.count({ where: { projectNumber: "999001" } })).toBe(0);
  });

  it("refuses text Postgres cannot store, with a clear reason", async () => {
    const nul = path.join(dir, "nul.txt");
    await writeFile(nul, "Otsikko\u0000\n\nHanketiedot\n\nHankenumero\n999002\n");
    const [report] = await ingestFiles(prisma, [nul]);
    expect(report!.outcome.status).toBe("skipped");
    expect(await prisma.project.count({ where: { projectNumber: "999002" } })).toBe(0);
  });
});
