/**
 * Search on a real Postgres: Finnish inflection, gradation, compound parts, names, numbers and
 * typos find the right project first; filters, facets, totals, sorting and exports agree with
 * the records.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { ingestFiles } from "../../lib/ingest/ingest-files";
import { exportRows } from "../../lib/search/export";
import { parseSearchParams, type SearchParams } from "../../lib/search/filters";
import { search } from "../../lib/search/search";
import { seed } from "../../prisma/seed";
import { tsrNewPage, writeSourceTexts } from "../factories";
import { resetDatabase, testDatabaseUrl, testPrisma } from "../setup/db-utils";

let prisma: PrismaClient;
let dir: string;

function params(query: string): SearchParams {
  const parsed = parseSearchParams(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.params;
}
const first = async (q: string) => (await search(prisma, params(`q=${encodeURIComponent(q)}`))).items[0]?.projectNumber;

beforeAll(async () => {
  prisma = testPrisma();
  await resetDatabase(prisma);
  await seed(testDatabaseUrl());
  // Three more projects so that sorting and filters have something to choose between.
  dir = await mkdtemp(path.join(os.tmpdir(), "search-"));
  const pages = [
    tsrNewPage({
      number: "300001",
      title: "Ääniympäristö avokonttorissa",
      applicant: "Oulun kaupunki",
      granted: "250 000",
      start: "1.1.2024",
      end: "31.12.2030",
      summary: "Melu ja keskittyminen avotoimistossa.",
    }),
    tsrNewPage({
      number: "300002",
      title: "Åbo Akademin henkilöstön jaksaminen",
      applicant: "Turun kaupunki",
      granted: "9 000",
      start: "1.1.2015",
      end: "31.12.2016",
      summary: "Jaksaminen ja palautuminen yliopistossa.",
    }),
    tsrNewPage({
      number: "300003",
      title: "Ohjelmistotiimien psykologinen turvallisuus",
      applicant: "Tampereen kaupunki",
      granted: "60 000",
      start: "1.6.2018",
      end: "31.5.2020",
      summary: "Psykologinen turvallisuus ja dialoginen johtaminen ohjelmistotiimeissä.",
    }),
  ];
  const files = await writeSourceTexts(dir, "extra", pages);
  await ingestFiles(prisma, files);
});

afterAll(async () => {
  await prisma.$disconnect();
  await rm(dir, { recursive: true, force: true });
});

describe("Finnish-aware matching", () => {
  it.each([
    ["työhyvinvointia", ["S21565", "210445", "190328"]],
    ["työhyvinvoinnin", ["S21565", "210445", "190328"]],
    ["sosiaalinen pääoma", ["109160"]],
    ['"sosiaalisen pääoman"', ["109160"]],
    ["johtamisen", null],
    ["hyvinvointi", null],
    ["dialogi", ["S21565"]],
    ["kotihoito", ["S21565"]],
    ["S21565", ["S21565"]],
    ["190328", ["190328"]],
    ["Syvänen", ["S21565"]],
    ["Mahlakaarto", ["190328"]],
    ["Vantaan kaupunki", ["109160"]],
    ["toimijuusvoima", ["190328"]],
    ["yhteisöllisyys", ["210445"]],
    ["yhteisölisyys", ["210445"]], // one typo
    ["dialogisus", ["S21565"]], // one typo
    ["psykologinen turvallisuus", ["300003"]],
  ])("%s", async (q, expectedFirst) => {
    const result = await search(prisma, params(`q=${encodeURIComponent(q)}`));
    expect(result.total, q).toBeGreaterThan(0);
    if (expectedFirst) expect(expectedFirst, q).toContain(result.items[0]!.projectNumber);
  });

  it("finds the compound and inflected forms through the lexicon", async () => {
    // "hyvinvointi" is found inside "työhyvinvointi", in every seed project that says it.
    const r = await search(prisma, params("q=hyvinvointi&pageSize=100"));
    expect(r.items.map((i) => i.projectNumber)).toEqual(
      expect.arrayContaining(["S21565", "210445", "190328", "109160"]),
    );
  });

  it("supports OR and exclusion", async () => {
    const either = await search(prisma, params(`q=${encodeURIComponent("kotihoito OR avokonttorissa")}`));
    expect(either.items.map((i) => i.projectNumber).sort()).toEqual(["300001", "S21565"]);
    const without = await search(prisma, params(`q=${encodeURIComponent("johtaminen -sote")}`));
    expect(without.items.map((i) => i.projectNumber)).not.toContain("S21565");
  });

  it("marks the matched words in snippets", async () => {
    const r = await search(prisma, params("q=kotihoidon"));
    /* biome-ignore lint/suspicious/noControlCharactersInRegex: the snippet's highlight marks are control characters
       by design */
    expect(r.items[0]!.snippet).toMatch(/\u0001kotihoi\S*\u0002/);
  });

  it("suggests a spelling from the corpus when nothing matches", async () => {
    const r = await search(prisma, params("q=xyzkotihoito"));
    expect(r.total).toBe(0);
    const r2 = await search(prisma, params("q=sosiaalinnen&funder=ESR&funder=TSR&yearFrom=2100"));
    expect(r2.total).toBe(0);
    expect(r2.suggestion).toMatch(/^sosiaali/);
  });

  it("returns nothing for a word that is nowhere", async () => {
    expect(await first("qwertyuiop")).toBeUndefined();
  });
});

describe("filters, facets, totals and sorting", () => {
  it("counts hits and sums granted euros exactly", async () => {
    const all = await search(prisma, params("pageSize=100"));
    const projects = await prisma.project.findMany({ where: { deletedAt: null }, include: { funder: true } });
    const sum = (list: typeof projects) => list.reduce((s, p) => s + (p.grantedEur ?? 0), 0);
    expect(all.total).toBe(projects.length);
    expect(all.grantedEur).toBe(sum(projects));
    const tsr = await search(prisma, params("funder=TSR"));
    expect(tsr.total).toBe(projects.filter((p) => p.funder.code === "TSR").length);
    expect(tsr.grantedEur).toBe(sum(projects.filter((p) => p.funder.code === "TSR")));
  });

  it("gives facet counts that ignore their own filter and obey the others", async () => {
    const r = await search(prisma, params("funder=TSR&region=lappi"));
    expect(r.total).toBe(1);
    expect(r.facets.funder.map((f) => [f.value, f.count])).toEqual(
      expect.arrayContaining([
        ["TSR", 1],
        ["ESR", 1],
      ]),
    );
    const lappi = r.facets.region.find((f) => f.value === "lappi");
    expect(lappi).toMatchObject({ count: 1, inferred: 1 });
    const regionsForTsr = (await search(prisma, params("funder=TSR"))).facets.region.map((f) => f.value).sort();
    expect(regionsForTsr).toEqual(["lappi", "pirkanmaa", "pohjois-pohjanmaa", "uusimaa", "varsinais-suomi"]);
  });

  it("filters by status, years and amounts", async () => {
    const running = await search(prisma, params("status=running&pageSize=100"));
    expect(running.items.map((i) => i.projectNumber)).toEqual(["300001"]);
    const years = await search(prisma, params("yearFrom=2019&yearTo=2019&pageSize=100"));
    expect(years.items.map((i) => i.projectNumber).sort()).toEqual(["190328", "S21565"]);
    const big = await search(prisma, params("minGranted=100000&pageSize=100"));
    expect(big.items.map((i) => i.projectNumber).sort()).toEqual(["300001", "S21565"]);
  });

  it("sorts by title the Finnish way: å, ä, ö after z", async () => {
    const r = await search(prisma, params("sort=title&pageSize=100"));
    const titles = r.items.map((i) => i.title);
    expect(titles.slice(-2)).toEqual(["Åbo Akademin henkilöstön jaksaminen", "Ääniympäristö avokonttorissa"]);
  });

  it("sorts by newest, oldest and largest grant, and pages", async () => {
    expect((await search(prisma, params("sort=newest"))).items[0]!.projectNumber).toBe("300001");
    expect((await search(prisma, params("sort=oldest"))).items[0]!.projectNumber).toBe("109160");
    expect((await search(prisma, params("sort=granted"))).items[0]!.projectNumber).toBe("S21565");
    const page2 = await search(prisma, params("sort=oldest&pageSize=2&page=2"));
    expect(page2.items.map((i) => i.projectNumber)).toEqual(["300003", "S21565"]);
  });
});

describe("exports", () => {
  it("export every matching row as Excel-friendly CSV with the chosen columns", async () => {
    let csv = "";
    for await (const chunk of exportRows(
      prisma,
      params("sort=oldest"),
      { format: "csv", delimiter: "semicolon", columns: ["projectNumber", "grantedEur", "title"] },
      "http://x",
    ))
      csv += chunk;
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("\uFEFFprojectNumber;grantedEur;title");
    expect(lines).toHaveLength(8);
    expect(lines[1]).toBe("109160;6800;Perhepalveluiden sosiaalisen pääoman kehittäminen johtamisessa");
  });

  it("export JSON that parses", async () => {
    let json = "";
    for await (const chunk of exportRows(
      prisma,
      params("q=kotihoito"),
      { format: "json", delimiter: "comma", columns: ["slug", "regions"] },
      "http://x",
    ))
      json += chunk;
    const rows = JSON.parse(json);
    expect(rows).toHaveLength(1);
    expect(rows[0].regions).toHaveLength(9);
  });
});

describe("the read index", () => {
  it("answers from memory and reflects a write on the next search", async () => {
    const { dataVersion } = await import("../../lib/cache/versioned");
    const before = await search(prisma, params("q=avokonttorissa"));
    expect(before.total).toBe(1);
    const version = await dataVersion(prisma);
    const file = path.join(dir, "cache-test.txt");
    await writeFile(
      file,
      tsrNewPage({
        number: "300009",
        title: "Avokonttorissa toisen kerran",
        applicant: "Oulun kaupunki",
        granted: "1 000",
        start: "1.1.2020",
        end: "1.1.2021",
        summary: "Melu.",
      }),
    );
    await ingestFiles(prisma, [file]);
    expect(await dataVersion(prisma)).not.toBe(version);
    expect((await search(prisma, params("q=avokonttorissa"))).total).toBe(2);
  });
});

describe("related projects", () => {
  it("share an organisation, theme or region with the project, as their reasons say", async () => {
    const { relatedProjects } = await import("../../lib/projects/related");
    const projects = await prisma.project.findMany({
      where: { deletedAt: null },
      select: {
        id: true,
        slug: true,
        regions: { select: { region: { select: { name: true } } } },
        organizations: { select: { organization: { select: { name: true } } } },
      },
    });
    const bySlug = new Map(projects.map((p) => [p.slug, p]));
    let seen = 0;
    for (const project of projects) {
      for (const related of await relatedProjects(prisma, project.id)) {
        seen++;
        expect(related.slug).not.toBe(project.slug);
        expect(related.reasons.length).toBeGreaterThan(0);
        const other = bySlug.get(related.slug)!;
        for (const reason of related.reasons) {
          const region = /^sama maakunta: (.*)$/.exec(reason)?.[1];
          for (const name of region?.split(", ") ?? []) {
            expect(project.regions.map((r) => r.region.name)).toContain(name);
            expect(other.regions.map((r) => r.region.name)).toContain(name);
          }
          const organization = /^sama organisaatio: (.*)$/.exec(reason)?.[1];
          if (organization) expect(other.organizations.map((o) => o.organization.name)).toContain(organization);
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe("filters the dashboard adds", () => {
  it("national and decisionYear narrow the search like the dashboard counts", async () => {
    expect((await search(prisma, params("national=true"))).items.map((h) => h.projectNumber)).toEqual(["S21565"]);
    expect(
      (await search(prisma, params("national=false&q=työhyvinvointi"))).items.map((h) => h.projectNumber),
    ).not.toContain("S21565");
    expect((await search(prisma, params("decisionYear=2019"))).total).toBeGreaterThan(0);
  });
});
