/**
 * The dashboard's numbers on a real Postgres, checked against sums computed here, in plain
 * JavaScript, from the stored records (not from the search table the dashboard reads).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { ingestFiles } from "../../lib/ingest/ingest-files";
import { slugify } from "../../lib/ingest/normalize";
import { parseSearchParams, type SearchParams } from "../../lib/search/filters";
import { search } from "../../lib/search/search";
import { buildCharts, chartCsv } from "../../lib/stats/charts";
import { dashboard, NATIONAL_KEY } from "../../lib/stats/dashboard";
import { GROUP_BY, statsResponse } from "../../lib/stats/groups";
import { seed } from "../../prisma/seed";
import { tsrNewPage } from "../factories";
import { resetDatabase, testDatabaseUrl, testPrisma } from "../setup/db-utils";

let prisma: PrismaClient;
let dir: string;

function params(query: string): SearchParams {
  const parsed = parseSearchParams(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.params;
}

// A small deterministic generator, so a failure can be reproduced.
function random(seedValue: number) {
  let s = seedValue;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const CITIES = [
  "Oulun kaupunki",
  "Turun kaupunki",
  "Tampereen kaupunki",
  "Kuopion kaupunki",
  "Helsingin kaupunki",
  "Rovaniemen kaupunki",
  "Yhdistys ry",
];

beforeAll(async () => {
  prisma = testPrisma();
  await resetDatabase(prisma);
  await seed(testDatabaseUrl());
  dir = await mkdtemp(path.join(os.tmpdir(), "stats-"));
  const next = random(42);
  const files: string[] = [];
  for (let i = 0; i < 40; i++) {
    const year = 2008 + Math.floor(next() * 18);
    const granted = Math.round(next() * 400_000);
    const text = tsrNewPage({
      number: String(400000 + i),
      title: `Tilastohanke ${i} työkyvyn tukeminen`,
      applicant: CITIES[i % CITIES.length]!,
      granted: granted.toLocaleString("fi-FI"),
      total: i % 5 === 0 ? "" : Math.round(granted * (1.2 + next())).toLocaleString("fi-FI"),
      start: `1.${1 + (i % 12)}.${year}`,
      end: `31.12.${year + 1 + (i % 3)}`,
      decision: i % 4 === 0 ? `15.11.${year - 1}` : undefined,
      summary: "Työkyvyn tukeminen ja johtaminen.",
    });
    const file = path.join(dir, `stats-${i}.txt`);
    await writeFile(file, text);
    files.push(file);
  }
  const reports = await ingestFiles(prisma, files);
  expect(reports.filter((r) => r.outcome.status === "failed")).toEqual([]);
});

afterAll(async () => {
  await prisma.$disconnect();
  await rm(dir, { recursive: true, force: true });
});

/** The records, read straight from the tables. */
async function records() {
  const projects = await prisma.project.findMany({
    where: { deletedAt: null },
    select: {
      grantedEur: true,
      totalCostEur: true,
      periodStart: true,
      periodEnd: true,
      decisionDate: true,
      isNational: true,
      grantType: true,
      funder: { select: { code: true } },
      regions: { select: { region: { select: { name: true } } } },
    },
  });
  return projects.map((p) => ({
    ...p,
    funderCode: p.funder.code,
    year: (p.decisionDate ?? p.periodStart)?.getUTCFullYear() ?? null,
    startYear: p.periodStart?.getUTCFullYear() ?? null,
    regionSlugs: p.regions.map((r) => slugify(r.region.name)),
  }));
}
type Rec = Awaited<ReturnType<typeof records>>[number];
const sum = (rs: Rec[], key: "grantedEur" | "totalCostEur") => rs.reduce((n, r) => n + (r[key] ?? 0), 0);

function expectedTotals(rs: Rec[]) {
  const granted = rs
    .map((r) => r.grantedEur)
    .filter((v): v is number => v !== null)
    .sort((a, b) => a - b);
  const both = rs.filter((r) => r.grantedEur !== null && (r.totalCostEur ?? 0) > 0);
  const today = new Date();
  return {
    projects: rs.length,
    grantedEur: sum(rs, "grantedEur"),
    totalCostEur: sum(rs, "totalCostEur"),
    funderShare: both.length ? sum(both, "grantedEur") / sum(both, "totalCostEur") : null,
    averageGrantEur: granted.length ? granted.reduce((a, b) => a + b, 0) / granted.length : null,
    // percentile_disc(0.5): the first value at or past the middle.
    medianGrantEur: granted.length ? granted[Math.ceil(granted.length / 2) - 1]! : null,
    runningNow: rs.filter((r) => r.periodStart && r.periodStart <= today && (!r.periodEnd || r.periodEnd >= today))
      .length,
  };
}

describe("dashboard sums match the records", () => {
  it("key figures, unfiltered", async () => {
    const rs = await records();
    expect(rs.length).toBeGreaterThanOrEqual(44);
    const d = await dashboard(prisma, params(""));
    const e = expectedTotals(rs);
    expect({
      ...d.key,
      funderShare: d.key.funderShare?.toFixed(9),
      averageGrantEur: d.key.averageGrantEur?.toFixed(6),
    }).toEqual({ ...e, funderShare: e.funderShare?.toFixed(9), averageGrantEur: e.averageGrantEur?.toFixed(6) });
  });

  it.each(["", "funder=TSR&yearFrom=2012&yearTo=2020", "region=pohjois-pohjanmaa", "minGranted=100000", "q=työkyvyn"])(
    "every grouping with %s",
    async (query) => {
      const p = params(query);
      let rs = await records();
      if (p.funder.length) rs = rs.filter((r) => p.funder.includes(r.funderCode));
      if (p.yearFrom !== undefined) rs = rs.filter((r) => r.startYear !== null && r.startYear >= p.yearFrom!);
      if (p.yearTo !== undefined) rs = rs.filter((r) => r.startYear !== null && r.startYear <= p.yearTo!);
      if (p.region.length) rs = rs.filter((r) => r.regionSlugs.some((s) => p.region.includes(s)));
      if (p.minGranted !== undefined) rs = rs.filter((r) => r.grantedEur !== null && r.grantedEur >= p.minGranted!);
      const d = await dashboard(prisma, p);
      if (p.q) {
        // Text matching is tested in search.test.ts; here the dashboard must count what the search finds.
        const found = await search(prisma, p);
        expect([d.key.projects, d.key.grantedEur]).toEqual([found.total, found.grantedEur]);
        expect(found.total).toBeGreaterThanOrEqual(40);
        return;
      }
      expect(d.key.projects).toBe(rs.length);
      expect(d.key.grantedEur).toBe(sum(rs, "grantedEur"));

      const byYear = statsResponse(d, "year").groups;
      for (const g of byYear) {
        const inYear = rs.filter((r) => String(r.year) === g.key || (g.key === null && r.year === null));
        expect([g.key, g.projects, g.grantedEur, g.totalCostEur]).toEqual([
          g.key,
          inYear.length,
          sum(inYear, "grantedEur"),
          sum(inYear, "totalCostEur"),
        ]);
      }
      expect(byYear.reduce((n, g) => n + g.projects, 0)).toBe(rs.length);

      const byFunder = statsResponse(d, "funder").groups;
      expect(byFunder.reduce((n, g) => n + g.grantedEur, 0)).toBe(sum(rs, "grantedEur"));

      // Regions: nation-wide projects once under their own key, others under each region.
      const regions = statsResponse(d, "region").groups;
      if (query === "") expect(regions.length).toBeGreaterThan(5);
      for (const g of regions) {
        const members =
          g.key === NATIONAL_KEY
            ? rs.filter((r) => r.isNational)
            : g.key === null
              ? rs.filter((r) => !r.isNational && r.regionSlugs.length === 0)
              : rs.filter((r) => !r.isNational && r.regionSlugs.includes(g.key!));
        expect([g.key, g.projects, g.grantedEur]).toEqual([g.key, members.length, sum(members, "grantedEur")]);
      }
      const grantTypes = statsResponse(d, "grantType").groups;
      expect(grantTypes.reduce((n, g) => n + g.projects, 0)).toBe(rs.length);
    },
  );

  it("API groupings all carry the same total", async () => {
    const d = await dashboard(prisma, params(""));
    for (const groupBy of GROUP_BY)
      expect(statsResponse(d, groupBy).total).toEqual({
        projects: d.key.projects,
        grantedEur: d.key.grantedEur,
        totalCostEur: d.key.totalCostEur,
      });
  });
});

describe("charts", () => {
  it("CSV holds exactly the table's rows and numbers", async () => {
    const charts = buildCharts(await dashboard(prisma, params("")));
    expect(charts.map((c) => c.id)).toHaveLength(9);
    for (const chart of charts) {
      const lines = chartCsv(chart)
        .replace(/^\uFEFF/, "")
        .trimEnd()
        .split("\r\n");
      expect(lines).toHaveLength(chart.rows.length + 1);
      expect(lines[0]).toBe(chart.columns.map((c) => (c.label.includes(",") ? `"${c.label}"` : c.label)).join(","));
      chart.rows.forEach((row, i) => {
        for (const c of chart.columns) {
          const v = row.cells[c.key];
          if (typeof v === "number") expect(lines[i + 1]).toContain(String(v));
        }
      });
    }
  });

  it("the year chart's stacks add up to the granted total of projects with a year", async () => {
    const d = await dashboard(prisma, params(""));
    const chart = buildCharts(d).find((c) => c.id === "vuodet")!;
    const drawn = chart.rows.reduce((n, r) => n + Number(r.cells.total), 0);
    const withYear = d.byYearAndFunder.filter((r) => r.year !== null).reduce((n, r) => n + r.grantedEur, 0);
    expect(drawn).toBe(withYear);
  });

  it("a region narrowing gives the same count as the region's row", async () => {
    const d = await dashboard(prisma, params(""));
    const chart = buildCharts(d).find((c) => c.id === "maakunnat")!;
    for (const row of chart.rows.filter((r) => r.narrow)) {
      const narrowed = await dashboard(prisma, { ...params(""), ...row.narrow });
      expect(narrowed.key.projects).toBe(row.cells.projects);
      expect(narrowed.key.grantedEur).toBe(row.cells.grantedEur);
    }
  });
});

describe("freshness", () => {
  it("a new record changes the dashboard at once", async () => {
    const before = await dashboard(prisma, params("funder=TSR"));
    const file = path.join(dir, "late.txt");
    await writeFile(
      file,
      tsrNewPage({
        number: "499999",
        title: "Myöhään tullut hanke",
        applicant: "Oulun kaupunki",
        granted: "12 345",
        start: "1.1.2021",
        end: "31.12.2022",
        summary: "Myöhään.",
      }),
    );
    await ingestFiles(prisma, [file]);
    const after = await dashboard(prisma, params("funder=TSR"));
    expect(after.key.projects).toBe(before.key.projects + 1);
    expect(after.key.grantedEur).toBe(before.key.grantedEur + 12345);
  });
});
