/**
 * Organisations as entities: one organisation across funders and layouts (business id inside an
 * ESR name, case and legal forms), units of their parents with the parent's totals including
 * them, aliases with their source lines, abandoned readings removed, re-imports changing nothing.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { ingestFiles } from "../../lib/ingest/ingest-files";
import { getOrganization, listOrganizations } from "../../lib/organizations/queries";
import { seed } from "../../prisma/seed";
import { esrEuraPage, tsrNewPage, writeSourceTexts } from "../factories";
import { contentDump, resetDatabase, testDatabaseUrl, testPrisma } from "../setup/db-utils";

let prisma: PrismaClient;
let dir: string;
let files: string[];

const TEXTS = [
  tsrNewPage({
    number: "118001",
    title: "Altistumisen arviointi pienillä työpaikoilla",
    applicant: "Työterveyslaitos",
    granted: "120 000",
    start: "1.3.2018",
    end: "31.12.2019",
    summary: "Hankkeessa arvioidaan altistumista.",
  }),
  esrEuraPage({
    code: "S22001",
    title: "Työkyky esiin",
    applicant: "Työterveyslaitos, TTL, 0220266-9",
    organizationType: "Valtion laitos",
    start: "1.1.2020",
    end: "31.12.2021",
    summary: "Hankkeessa kehitetään työkyvyn tukea.",
  }),
  tsrNewPage({
    number: "118002",
    title: "Johtamisen tutkimus",
    applicant: "Tampereen Yliopisto",
    granted: "80 000",
    start: "1.1.2019",
    end: "31.12.2020",
    summary: "Tutkitaan johtamista.",
  }),
  esrEuraPage({
    code: "S22002",
    title: "Dialogit työyhteisöissä",
    applicant: "Tampereen yliopisto, Yhteiskuntatieteiden tiedekunta",
    businessId: "7654321-2",
    start: "1.1.2021",
    end: "31.12.2022",
    summary: "Kehitetään dialogeja.",
  }),
  tsrNewPage({
    number: "118003",
    title: "Kuntoutuksen arviointi",
    applicant: "Turun yliopisto Kansanterveystiede",
    granted: "50 000",
    start: "1.1.2017",
    end: "31.12.2018",
    summary: "Arvioidaan kuntoutusta.",
  }),
];

/** The read models use the process's one client (lib/db.ts): the test's. */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

beforeAll(async () => {
  prisma = testPrisma();
  globalForPrisma.prisma = prisma;
  await resetDatabase(prisma);
  await seed(testDatabaseUrl());
  dir = await mkdtemp(path.join(os.tmpdir(), "organizations-"));
  files = await writeSourceTexts(dir, "org", TEXTS);
  const reports = await ingestFiles(prisma, files);
  expect(reports.map((r) => r.outcome.status)).toEqual(Array(TEXTS.length).fill("created"));
});
afterAll(async () => {
  globalForPrisma.prisma = undefined;
  await prisma.$disconnect();
  await rm(dir, { recursive: true, force: true });
});

const named = (name: string) =>
  prisma.organization.findMany({ where: { name: { contains: name, mode: "insensitive" } } });

describe("one organisation across funders", () => {
  it("recognises a business id and acronym written into an ESR name, and keeps them as aliases with their line", async () => {
    const ttl = await named("Työterveyslaitos");
    expect(ttl).toHaveLength(1);
    expect(ttl[0]).toMatchObject({ name: "Työterveyslaitos", businessId: "0220266-9" });
    const aliases = await prisma.organizationAlias.findMany({
      where: { organizationId: ttl[0]!.id },
      include: { sourceDocument: true },
    });
    const original = aliases.find((a) => a.name === "Työterveyslaitos, TTL, 0220266-9");
    expect(original?.kind).toBe("NAME");
    expect(original?.sourceDocument?.fileName).toBe(path.basename(files[1]!));
    // The line the applicant's name is written on in the ESR text.
    const lines = TEXTS[1]!.split("\n");
    expect(lines[original!.line! - 1]).toContain("Työterveyslaitos, TTL, 0220266-9");
    expect(aliases.find((a) => a.name === "TTL")?.kind).toBe("ACRONYM");

    const detail = await getOrganization(ttl[0]!.slug);
    expect(detail!.byFunder.map((g) => [g.key, g.projects])).toEqual([
      ["ESR", 1],
      ["TSR", 1],
    ]);
  });

  it("makes a faculty a unit of its university, whose totals include it", async () => {
    const universities = await named("Tampereen yliopisto");
    const parent = universities.find((o) => o.parentId === null)!;
    const faculty = universities.find((o) => o.parentId !== null)!;
    expect(universities).toHaveLength(2);
    expect(parent.name).toBe("Tampereen Yliopisto");
    expect(faculty.parentId).toBe(parent.id);
    // The faculty's text gave the business id: it is the university's.
    expect(parent.businessId).toBe("7654321-2");
    expect(faculty.businessId).toBeNull();

    const detail = await getOrganization(parent.slug);
    expect(detail!.units.map((u) => u.name)).toEqual(["Tampereen yliopisto, Yhteiskuntatieteiden tiedekunta"]);
    // The ESR text states no grant: the university's TSR grant is the sum.
    expect(detail!.totals).toMatchObject({ projects: 2, grantedEur: 80_000 });
    expect(detail!.projects.map((p) => p.unit?.slug ?? null)).toEqual([faculty.slug, null]);
    expect(detail!.byYear.map((g) => g.key)).toEqual([2019, 2021]);
    const unit = await getOrganization(faculty.slug);
    expect(unit!.parent).toEqual({ slug: parent.slug, name: parent.name });
    expect(unit!.totals.projects).toBe(1);

    const { total, items } = await listOrganizations({ q: "tampereen yliopisto", page: 1, pageSize: 20 });
    expect(total).toBe(2);
    const listed = items.find((i) => i.slug === parent.slug)!;
    expect(listed).toMatchObject({ funders: ["ESR", "TSR"], projects: 2, businessId: "7654321-2", parent: null });
    expect(items.find((i) => i.slug === faculty.slug)!.parent).toEqual({ slug: parent.slug, name: parent.name });
  });

  it("creates the parent a unit names when it is not known yet", async () => {
    const turku = await named("Turun yliopisto");
    expect(turku.map((o) => o.name).sort()).toEqual(["Turun yliopisto", "Turun yliopisto Kansanterveystiede"]);
    const unit = turku.find((o) => o.name.endsWith("Kansanterveystiede"))!;
    expect(unit.parentId).toBe(turku.find((o) => o.name === "Turun yliopisto")!.id);
  });

  it("finds organisations by an alias and pages the list", async () => {
    expect((await listOrganizations({ q: "TTL", page: 1, pageSize: 20 })).items.map((i) => i.name)).toEqual([
      "Työterveyslaitos",
    ]);
    const all = await listOrganizations({ q: "", page: 1, pageSize: 2 });
    expect(all.items).toHaveLength(2);
    expect(all.total).toBe(await prisma.organization.count());
    const past = await listOrganizations({ q: "", page: 1000, pageSize: 2 });
    expect(past).toEqual({ total: all.total, items: [] });
  });
});

describe("re-imports", () => {
  it("change nothing the second time", async () => {
    const before = await contentDump(prisma);
    const reports = await ingestFiles(prisma, files);
    expect(reports.map((r) => r.outcome.status)).toEqual(Array(TEXTS.length).fill("unchanged"));
    await seed(testDatabaseUrl());
    expect(await contentDump(prisma)).toBe(before);
  });

  it("remove the organisation an earlier version of a text named and nothing else does", async () => {
    const file = path.join(dir, "org-changing.txt");
    const page = (applicant: string) =>
      tsrNewPage({
        number: "118009",
        title: "Vaihtuva hakija",
        applicant,
        granted: "10 000",
        start: "1.1.2020",
        end: "31.12.2020",
        summary: "Hakija vaihtuu.",
      });
    await writeFile(file, page("Firma Yksi Oy"));
    await ingestFiles(prisma, [file]);
    expect(await named("Firma Yksi")).toHaveLength(1);
    await writeFile(file, page("Firma Kaksi Oy"));
    await ingestFiles(prisma, [file]);
    expect(await named("Firma Yksi")).toHaveLength(0);
    expect(await named("Firma Kaksi")).toHaveLength(1);
  });

  it("give a row the first version made of a name its cleaned name and key", async () => {
    const legacy = await prisma.organization.create({
      data: {
        name: "Kehitysyhtiö Testi Oy, 1234567-1",
        nameKey: "kehitysyhtiö testi oy, 1234567-1",
        slug: "kehitysyhtio-testi-oy-1234567-1",
      },
    });
    const file = path.join(dir, "org-legacy.txt");
    await writeFile(
      file,
      esrEuraPage({
        code: "S22009",
        title: "Vanha nimi",
        applicant: "Kehitysyhtiö Testi Oy, 1234567-1",
        organizationType: "Yritys",
        start: "1.1.2020",
        end: "31.12.2020",
        summary: "Nimi siistitään.",
      }),
    );
    await ingestFiles(prisma, [file]);
    expect(await named("Kehitysyhtiö Testi")).toMatchObject([
      { id: legacy.id, name: "Kehitysyhtiö Testi Oy", nameKey: "kehitysyhtiö testi", businessId: "1234567-1" },
    ]);
  });

  it("keep an organisation merged by hand: its aliases lead the names to it", async () => {
    // What an administrator's merge does to the rows: the links and aliases move, the other goes.
    const [turku] = await named("Turun yliopisto Kansanterveystiede");
    const [ttl] = await named("Työterveyslaitos");
    await prisma.$transaction([
      prisma.projectOrganization.updateMany({
        where: { organizationId: turku!.id },
        data: { organizationId: ttl!.id },
      }),
      prisma.organizationAlias.updateMany({ where: { organizationId: turku!.id }, data: { organizationId: ttl!.id } }),
      prisma.organization.delete({ where: { id: turku!.id } }),
    ]);
    const force = await ingestFiles(prisma, [files[4]!]);
    expect(force[0]!.outcome.status).toBe("unchanged");
    // Stored again (as a changed parser would): the name is found through the moved alias.
    await prisma.sourceDocument.update({
      where: { fileName: path.basename(files[4]!) },
      data: { parserVersion: "0.0.0" },
    });
    await ingestFiles(prisma, [files[4]!]);
    expect(await named("Turun yliopisto Kansanterveystiede")).toHaveLength(0);
    const project = await prisma.project.findFirstOrThrow({
      where: { projectNumber: "118003" },
      include: { organizations: true },
    });
    expect(project.organizations.map((o) => o.organizationId)).toEqual([ttl!.id]);
    // The unit's parent is not forced onto the organisation it was merged into.
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: ttl!.id } })).parentId).toBeNull();
  });
});
