/**
 * `npm run bench [-- --projects 100000] [--runs 30] [--baseline-runs 6] [--no-http]`
 * Builds (once, then reuses) a synthetic corpus in an embedded Postgres of its own, and reports:
 * parse and store throughput; the read index's build time, memory and how fast an edit reaches
 * it (in this process and, through NOTIFY, in a second index); p50/p95/p99 server time of a search
 * mix (facets, totals, the page) on the read index beside the Postgres query path it replaced and
 * ILIKE, in the same run; the dashboard's server time on the index beside the Postgres path and a
 * naive ORM aggregation; and HTTP latency and throughput under 20 concurrent clients.
 * `--dashboard-only` measures the dashboard alone; `--corpus-only` builds the corpus and stops;
 * `--seeded` measures the seeded portal over HTTP; `--reuse-build` serves the last `next build`. Prints tables, writes JSON.
 */

import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import pg from "pg";
import { migrate } from "../../prisma/migrate";
import { seed } from "../../prisma/seed";
import { tsrNewPage } from "../../tests/factories";
import { calibrate } from "../bench/calibration";
import { generateCorpus, zipfVocabulary } from "../bench/corpus";
import { firstLoadJs } from "../bench/first-load-js";
import { naiveDashboard } from "../bench/naive-dashboard";
import { type Summary, summarize, table } from "../bench/stats";
import { dashboardUrls, projectUrls, searchUrls } from "../bench/traffic";
import { createPrismaClient } from "../db";
import { INGEST_CONCURRENCY, mapConcurrent, storeWithRetry } from "../ingest/ingest-files";
import { parseSource } from "../ingest/parse";
import { ensureReferenceData } from "../ingest/reference-data";
import { startEmbeddedDatabase } from "../postgres/embedded";
import { closeReadIndexes, readIndex } from "../read-index";
import { parseSearchParams } from "../search/filters";
import { postgresSearch } from "../search/postgres-search";
import { deriveMissingTokens, refreshProjectSearch } from "../search/refresh";
import { search } from "../search/search";
import { dashboard } from "../stats/dashboard";
import { postgresDashboard } from "../stats/postgres-dashboard";

const ROOT = path.resolve(import.meta.dirname, "../..");
const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const PROJECTS = arg("projects", 10_000);
const RUNS = arg("runs", 30);
/** Samples of each Postgres and ILIKE baseline (at 1 000 000 projects one ILIKE query takes a minute). */
const BASELINE_RUNS = arg("baseline-runs", Math.max(3, Math.round(RUNS / 5)));
const HTTP = !args.includes("--no-http");
const ONLY_DASHBOARD = args.includes("--dashboard-only");
const ONLY_CORPUS = args.includes("--corpus-only");
/** The portal as `npm start` seeds it (the five source texts), measured over HTTP only. */
const SEEDED = args.includes("--seeded");
/** The HTTP part alone (on the corpus as it is). */
const ONLY_HTTP = args.includes("--http-only");
/** Serve the last `next build` instead of building the code as it is now. */
const REUSE_BUILD = args.includes("--reuse-build");
const PORT = 3200;
let databaseUrl = "";

const DASHBOARDS: Array<{
  name: string;
  query: string;
  naive: { funder?: string; yearFrom?: number; yearTo?: number } | null;
}> = [
  { name: "all projects", query: "", naive: {} },
  { name: "one funder", query: "funder=TSR", naive: { funder: "TSR" } },
  {
    name: "funder + years",
    query: "funder=ESR&yearFrom=2010&yearTo=2015",
    naive: { funder: "ESR", yearFrom: 2010, yearTo: 2015 },
  },
  { name: "region + theme", query: "region=uusimaa&national=false", naive: null },
  { name: "common word", query: "q=johtaminen", naive: null },
  { name: "rare word + funder", query: "q=gerontologian&funder=TSR", naive: null },
];

const ZIPF = zipfVocabulary();
const QUERIES: Array<{ name: string; query: string; ilike: string | null }> = [
  { name: "zipf: frequent word", query: `q=${ZIPF[2]}`, ilike: ZIPF[2]! },
  { name: "zipf: mid-frequency word", query: `q=${ZIPF[300]}`, ilike: ZIPF[300]! },
  { name: "zipf: rare word", query: `q=${ZIPF[8000]}`, ilike: ZIPF[8000]! },
  { name: "zipf: two words", query: `q=${ZIPF[20]}+${ZIPF[60]}`, ilike: null },
  { name: "common word", query: "q=johtaminen", ilike: "johtaminen" },
  { name: "rare word", query: "q=gerontologian", ilike: "gerontologian" },
  { name: "inflected form", query: "q=työhyvinvoinnin", ilike: "työhyvinvoinnin" },
  { name: "compound part", query: "q=hyvinvointi", ilike: "hyvinvointi" },
  { name: "phrase", query: `q=${encodeURIComponent('"sosiaalinen pääoma"')}`, ilike: "sosiaalinen pääoma" },
  { name: "word + filters", query: "q=kotihoito&funder=TSR&yearFrom=2015&yearTo=2022", ilike: "kotihoito" },
  { name: "word + region", query: "q=johtaminen&region=uusimaa", ilike: "johtaminen" },
  { name: "filters only", query: "funder=ESR&status=ended&sort=granted", ilike: null },
  { name: "no query (browse)", query: "", ilike: null },
];

function paramsOf(query: string) {
  const parsed = parseSearchParams(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.params;
}

/**
 * A full collection before the searches' (and the dashboards') warm-up and samples (the bench
 * runs with --expose-gc): they then pay for their own garbage, not for what ran before them (the
 * ingestion and edit benches, the searches' baselines); the warm-up takes what the collection
 * itself leaves to do.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function main() {
  console.log(
    SEEDED
      ? "Benchmark: the seeded portal, HTTP"
      : `Benchmark: ${PROJECTS.toLocaleString("fi-FI")} projects, ${RUNS} runs per query${HTTP ? ", HTTP" : ""}`,
  );
  const dataDir = path.join(ROOT, ".data/bench-postgres");
  const database = SEEDED ? "bench_seeded" : `bench_${PROJECTS}`;
  const server = await startEmbeddedDatabase({ dataDir, port: 54340, database });
  databaseUrl = server.url;
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  const prisma = createPrismaClient(server.url, 10);
  const results: Record<string, unknown> = {
    projects: SEEDED ? "seeded" : PROJECTS,
    runs: RUNS,
    date: new Date().toISOString(),
  };
  // The machine's speed before and after (lib/bench/calibration.ts), to compare runs by.
  const calibration = { beforeNs: calibrate(), afterNs: 0 };
  console.log(`Machine calibration: ${calibration.beforeNs} ns per element (lib/bench/calibration.ts)`);
  results.calibration = calibration;
  try {
    if (SEEDED) {
      await seed(server.url); // idempotent: a second run stores nothing new
      results.http = await httpBench(server.url, client);
    } else await corpusAndMeasure(prisma, client, results);
  } finally {
    await closeReadIndexes();
    await prisma.$disconnect();
    await client.end();
    await server.stop();
  }
  if (ONLY_CORPUS) return;
  calibration.afterNs = calibrate();
  console.log(`\nMachine calibration after the run: ${calibration.afterNs} ns per element`);
  await mkdir(path.join(ROOT, "bench-results"), { recursive: true });
  const out = path.join(
    ROOT,
    `bench-results/bench-${SEEDED ? "seeded" : PROJECTS}${ONLY_DASHBOARD ? "-dashboard" : ONLY_HTTP ? "-http" : ""}.json`,
  );
  await writeFile(out, JSON.stringify(results, null, 2));
  console.log(`\nWrote ${path.relative(ROOT, out)}`);
}

/** The synthetic corpus (made once, then reused) and everything measured on it. */
async function corpusAndMeasure(
  prisma: ReturnType<typeof createPrismaClient>,
  client: pg.Client,
  results: Record<string, unknown>,
) {
  await migrate(databaseUrl);
  await ensureReferenceData(prisma);
  // A corpus made before tokens were stored gets them as a migrated database would.
  const deriving = performance.now();
  const derived = await deriveMissingTokens(prisma);
  if (derived)
    console.log(`Derived the stored tokens of ${derived} rows in ${Math.round(performance.now() - deriving) / 1000} s`);
  const existing = Number((await client.query(`SELECT count(*) FROM "ProjectSearch"`)).rows[0].count);
  if (existing !== PROJECTS) {
    console.log("Generating the corpus…");
    await client.query(
      `TRUNCATE "Project", "Organization", "Theme", "SearchLexeme", "SearchWord", "SourceDocument", "Person"
       RESTART IDENTITY CASCADE`,
    );
    const t = performance.now();
    await generateCorpus(client, {
      projects: PROJECTS,
      seedsDir: path.join(ROOT, "seeds"),
      onProgress: (n) => process.stdout.write(`\r  ${n} rows`),
    });
    const { rows } = await client.query<{ id: number }>(`SELECT id FROM "Project" ORDER BY id`);
    for (let i = 0; i < rows.length; i += 5000) {
      await refreshProjectSearch(
        prisma,
        rows.slice(i, i + 5000).map((r) => r.id),
      );
      process.stdout.write(`\r  indexed ${Math.min(i + 5000, rows.length)}`);
    }
    await client.query("VACUUM ANALYZE");
    results.corpusSeconds = Math.round((performance.now() - t) / 100) / 10;
    console.log(`\n  built in ${results.corpusSeconds} s`);
  }

  if (ONLY_CORPUS) return;
  if (!ONLY_HTTP) {
    if (!ONLY_DASHBOARD) await ingestionAndSearch(prisma, client, results);
    results.dashboard = await dashboardBench(prisma);
  }

  if (HTTP) results.http = await httpBench(databaseUrl, client);
}

async function ingestionAndSearch(
  prisma: ReturnType<typeof createPrismaClient>,
  client: pg.Client,
  results: Record<string, unknown>,
) {
  // Ingestion: parse and store throughput on generated source texts.
  const texts = Array.from({ length: 2000 }, (_, i) =>
    tsrNewPage({
      number: String(900000 + i),
      title: `Työhyvinvoinnin kehittäminen ${i}`,
      applicant: "Kuopion kaupunki",
      granted: "40 752",
      start: "1.9.2019",
      end: "31.3.2020",
      summary:
        "Hankkeessa lisätään esimiesten valmiuksia valmentavaan johtamiseen. " +
        "Tavoitteena on edistää työhyvinvointia työyksiköissä.",
    }),
  );
  const parseSeconds =
    (await timed(async () => {
      for (const [i, t] of texts.entries()) parseSource(t, `b${i}.txt`);
    })) / 1000;
  const toStore = texts.slice(0, 300);
  const storeSeconds =
    (await timed(() =>
      mapConcurrent([...toStore.entries()], INGEST_CONCURRENCY, ([i, t]) =>
        storeWithRetry(prisma, parseSource(t, `bench-ingest-${i}.txt`)),
      ),
    )) / 1000;
  await client.query(
    `DELETE FROM "Project"
     WHERE "projectNumber" >= '900000' AND "projectNumber" < '999999' AND slug NOT LIKE 'bench-%'`,
  );
  await client.query(`DELETE FROM "SourceDocument" WHERE "fileName" LIKE 'bench-ingest-%'`);
  results.ingestion = {
    parsedPerSecond: Math.round(texts.length / parseSeconds),
    storedPerSecond: Math.round(toStore.length / storeSeconds),
  };

  results.index = await indexBench(prisma, client);

  // Search: server time of search() (matching, facets, totals, the page and its snippets) on the
  // read index, beside the Postgres query path it replaced and ILIKE, in the same run.
  // Every query on the index first, then the baselines: a baseline's hundred thousand result
  // rows are garbage the next query's samples would otherwise pay to collect.
  const searchRows: Array<Array<string | number>> = [];
  const searchResults: Record<string, { search: Summary; postgres: Summary; ilike: Summary | null; hits: number }> = {};
  const baselineRuns = BASELINE_RUNS;
  const onIndex = new Map<string, { samples: number[]; hits: number }>();
  // Warm, as a serving process is: every query a few times before any is measured (the first
  // query measured no longer pays for compiling the code all of them run).
  collectGarbage();
  for (const q of QUERIES) for (let i = 0; i < 3; i++) await search(prisma, paramsOf(q.query));
  for (const q of QUERIES) {
    const params = paramsOf(q.query);
    const samples: number[] = [];
    let hits = 0;
    for (let i = 0; i < RUNS; i++)
      samples.push(
        await timed(async () => {
          hits = (await search(prisma, params)).total;
        }),
      );
    onIndex.set(q.name, { samples, hits });
  }
  for (const q of QUERIES) {
    const params = paramsOf(q.query);
    const { samples, hits } = onIndex.get(q.name)!;
    const postgresSamples: number[] = [];
    for (let i = 0; i < baselineRuns; i++) postgresSamples.push(await timed(() => postgresSearch(prisma, params)));
    let ilike: Summary | null = null;
    if (q.ilike) {
      const like = `%${q.ilike}%`;
      const baseline: number[] = [];
      for (let i = 0; i < baselineRuns; i++) {
        baseline.push(
          await timed(() =>
            client.query(
              `WITH m AS MATERIALIZED (SELECT * FROM "ProjectSearch" s
                                      WHERE s.title ILIKE $1 OR s."snippetSource" ILIKE $1)
           SELECT (SELECT count(*) FROM m), (SELECT sum("grantedEur") FROM m),
                  (SELECT json_agg(x) FROM (SELECT "funderCode", count(*) FROM m GROUP BY 1) x),
                  (SELECT json_agg(x) FROM (SELECT unnest("regionIds") r, count(*) FROM m GROUP BY 1) x),
                  (SELECT json_agg(x) FROM (SELECT "startYear", count(*) FROM m GROUP BY 1) x),
                  (SELECT json_agg(x) FROM (SELECT "projectId" FROM m ORDER BY "periodStart" DESC LIMIT 20) x)`,
              [like],
            ),
          ),
        );
      }
      ilike = summarize(baseline);
    }
    const s = summarize(samples);
    const postgres = summarize(postgresSamples);
    searchResults[q.name] = { search: s, postgres, ilike, hits };
    searchRows.push([
      q.name,
      hits,
      s.p50,
      s.p95,
      s.p99,
      postgres.p95,
      `${Math.round(postgres.p95 / s.p95)}×`,
      ilike ? ilike.p50 : "–",
    ]);
  }
  results.search = searchResults;
  console.log(
    "\nSearch server time on the read index (ms), target p95 ≤ 10 at 100 000, ≤ 60 at 1 000 000; " +
      "Postgres path and ILIKE in the same run\n" +
      `${table(["query", "hits", "p50", "p95", "p99", "Postgres p95", "Postgres/index", "ILIKE p50"], searchRows)}`,
  );
  console.log(
    `\nIngestion: ${results.ingestion && JSON.stringify(results.ingestion)} (targets ≥ 2000 parsed/s, ≥ 500 stored/s)`,
  );
}

/**
 * Dashboard server time on the read index (every request is a first request: nothing is
 * cached) beside the Postgres aggregation it replaced and the naive ORM aggregation.
 */
async function dashboardBench(prisma: ReturnType<typeof createPrismaClient>) {
  const rows: Array<Array<string | number>> = [];
  const out: Record<string, { cold: Summary; postgres: Summary; naive: Summary | null; projects: number }> = {};
  // The index first, then the baselines (see the search bench).
  const onIndex = new Map<string, { cold: number[]; projects: number }>();
  const paramsOfDashboard = (query: string) => ({
    ...paramsOf(query),
    page: undefined,
    pageSize: undefined,
    sort: undefined,
  });
  collectGarbage();
  // warm (see the search bench)
  for (const d of DASHBOARDS) for (let i = 0; i < 3; i++) await dashboard(prisma, paramsOfDashboard(d.query));
  for (const d of DASHBOARDS) {
    const params = paramsOfDashboard(d.query);
    let projects = 0;
    const cold: number[] = [];
    for (let i = 0; i < RUNS; i++)
      cold.push(
        await timed(async () => {
          projects = (await dashboard(prisma, params)).key.projects;
        }),
      );
    onIndex.set(d.name, { cold, projects });
  }
  for (const d of DASHBOARDS) {
    const params = paramsOfDashboard(d.query);
    const { cold, projects } = onIndex.get(d.name)!;
    const postgres: number[] = [];
    for (let i = 0; i < BASELINE_RUNS; i++) postgres.push(await timed(() => postgresDashboard(prisma, params)));
    let naive: Summary | null = null;
    if (d.naive) {
      const samples: number[] = [];
      for (let i = 0; i < BASELINE_RUNS; i++) samples.push(await timed(() => naiveDashboard(prisma, d.naive!)));
      naive = summarize(samples);
    }
    const c = summarize(cold);
    const pgSummary = summarize(postgres);
    out[d.name] = { cold: c, postgres: pgSummary, naive, projects };
    rows.push([
      d.name,
      projects,
      c.p50,
      c.p95,
      pgSummary.p95,
      `${Math.round(pgSummary.p95 / c.p95)}×`,
      naive ? naive.p50 : "–",
    ]);
  }
  console.log(
    "\nDashboard server time on the read index, all charts (ms), target p95 ≤ 15 at 100 000; " +
      "Postgres path and naive aggregation in the same run\n" +
      `${table(["filters", "projects", "p50", "p95", "Postgres p95", "Postgres/index", "naive p50"], rows)}`,
  );
  return out;
}

/**
 * The read index itself: build time from Postgres, memory, and how long one edit takes to be
 * reflected — in the writing process, and in a second index that learns of it through NOTIFY.
 */
async function indexBench(prisma: ReturnType<typeof createPrismaClient>, client: pg.Client) {
  // Start time and memory in fresh processes of their own, as an app instance starts: built from
  // every row (the first start, or no snapshot), then from the snapshot the last build wrote.
  const instance = (from: "rows" | "snapshot") =>
    new Promise<Record<string, number | string>>((resolve, reject) => {
      let out = "";
      const child = spawn(
        process.execPath,
        ["--expose-gc", "--import", "tsx", path.join(ROOT, "lib/bench/index-memory.ts"), databaseUrl, from],
        { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
      );
      child.stdout.on("data", (chunk) => {
        out += chunk;
      });
      child.on("exit", (code) =>
        code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`index-memory exited ${code}`)),
      );
    });
  const builds: number[] = [];
  const snapshotStarts: number[] = [];
  let memory: Record<string, number | string> = {};
  let memoryFromSnapshot: Record<string, number | string> = {};
  for (let i = 0; i < 2; i++) builds.push((memory = await instance("rows")).buildMs as number);
  // On a corpus just made there is no snapshot yet (builds from rows write none): the first
  // start from "snapshot" then builds and writes it, and is not one of the samples.
  await instance("snapshot");
  for (let i = 0; i < 3; i++) {
    const started = await instance("snapshot");
    if (started.startedFrom !== "snapshot")
      throw new Error("the instance did not start from the snapshot the build wrote");
    snapshotStarts.push(started.buildMs as number);
    memoryFromSnapshot = started;
  }
  await readIndex(prisma); // the process's own index, as the app holds it
  const { rows } = await client.query<{ id: number; title: string }>(
    `SELECT id, title FROM "Project" ORDER BY id LIMIT 1`,
  );
  const target = rows[0]!;
  const other = await otherInstance(target.id);
  const local: number[] = [];
  const remote: number[] = [];
  try {
    // One edit first, not measured (as the queries are warmed): it compiles the edit path and moves
    // the lists it touches out of the build's shared arrays. Then one per run.
    for (let round = 0; round <= Math.max(RUNS, 10); round++) {
      const title = `${target.title.replace(/ \[muokattu \d+\]$/, "")} [muokattu ${round}]`;
      // What is measured starts at the commit. (A generous timeout: at 1 000 000 projects a major
      // collection of this process's index once held a commit past Prisma's 5 s default.)
      await prisma.$transaction(
        async (tx) => {
          await tx.project.update({ where: { id: target.id }, data: { title } });
          await refreshProjectSearch(tx, [target.id]);
        },
        { maxWait: 60_000, timeout: 120_000 },
      );
      const committed = performance.timeOrigin + performance.now();
      const seenThere = other.seen(title);
      // This process: the next read catches up (a local write was marked).
      const store = await readIndex(prisma);
      const measured = round > 0;
      if (measured) local.push(performance.timeOrigin + performance.now() - committed);
      if (store.titles[store.doc(target.id)!] !== title) throw new Error("the edit did not reach this process's index");
      const at = await seenThere;
      if (measured) remote.push(at - committed);
    }
  } finally {
    other.close();
  }
  const figures = {
    projects: (await readIndex(prisma)).aliveCount,
    buildMs: summarize(builds),
    startFromSnapshotMs: summarize(snapshotStarts),
    instanceMemory: memory,
    instanceMemoryFromSnapshot: memoryFromSnapshot,
    editReflectedHereMs: summarize(local),
    editReflectedInOtherInstanceMs: summarize(remote),
  };
  console.log(
    `\nRead index: ${JSON.stringify(figures)}\n` +
      "  (targets at 100 000: build ≤ 10 s, RSS ≤ 600 MB, edit reflected ≤ 50 ms, in every instance ≤ 1 s; " +
      "buildMs: from every row, startFromSnapshotMs: from the last build's snapshot)",
  );
  return figures;
}

/**
 * A second app instance in a process of its own (`lib/bench/other-instance.ts`), watching the
 * title of one project: `seen(title)` resolves with when that title reached its index (epoch ms).
 */
async function otherInstance(projectId: number) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "lib/bench/other-instance.ts"), databaseUrl, String(projectId)],
    { cwd: ROOT, stdio: ["pipe", "pipe", "inherit"] },
  );
  const seenAt = new Map<string, number>();
  const waiting = new Map<string, (at: number) => void>();
  let ready: () => void = () => {};
  const isReady = new Promise<void>((resolve, reject) => {
    ready = resolve;
    child.on("exit", (code) => reject(new Error(`the other instance exited ${code}`)));
  });
  createInterface({ input: child.stdout }).on("line", (line) => {
    if (line === "ready") return ready();
    const { title, at } = JSON.parse(line) as { title: string; at: number };
    seenAt.set(title, at);
    waiting.get(title)?.(at);
  });
  await isReady;
  return {
    seen: (title: string) =>
      new Promise<number>((resolve, reject) => {
        const at = seenAt.get(title);
        if (at !== undefined) return resolve(at);
        const timer = setTimeout(() => reject(new Error("the edit did not reach the other instance within 5 s")), 5000);
        waiting.set(title, (seen) => {
          clearTimeout(timer);
          resolve(seen);
        });
      }),
    close: () => child.stdin.end(),
  };
}

async function httpBench(databaseUrl: string, client: pg.Client) {
  const next = path.join(ROOT, "node_modules/next/dist/bin/next");
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", DATABASE_POOL_SIZE: "20" };
  if (!REUSE_BUILD || !existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
    await new Promise((resolve, reject) =>
      spawn(process.execPath, [next, "build"], { cwd: ROOT, env, stdio: "inherit" }).on("exit", (c) =>
        c === 0 ? resolve(null) : reject(new Error("build failed")),
      ),
    );
  }
  const child = spawn(process.execPath, [next, "start", "-p", String(PORT)], {
    cwd: ROOT,
    env,
    stdio: "ignore",
  });
  try {
    for (let i = 0; i < 100; i++) {
      const up = await fetch(`http://127.0.0.1:${PORT}/`)
        .then((r) => r.ok)
        .catch(() => false);
      if (up) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const origin = `http://127.0.0.1:${PORT}`;
    // A thousand projects spread over the corpus (the same ones every run), the themes for filters.
    const projects = await client.query<{ slug: string }>(
      `SELECT slug FROM "Project" WHERE "deletedAt" IS NULL ORDER BY md5(slug) LIMIT 1000`,
    );
    const themes = await client.query<{ slug: string }>(`SELECT slug FROM "Theme" ORDER BY slug`);
    const traffic = {
      vocabulary: ZIPF,
      themeSlugs: themes.rows.map((t) => t.slug),
      projectSlugs: projects.rows.map((p) => p.slug),
    };
    const organization = await client.query<{ slug: string }>(
      `SELECT o.slug FROM "Organization" o JOIN "ProjectOrganization" po ON po."organizationId" = o.id LIMIT 1`,
    );
    const firstSlug = traffic.projectSlugs[0]!;
    const routes: Record<string, string> = {
      home: "/",
      search: "/hankkeet?q=johtaminen",
      project: `/hankkeet/${firstSlug}`,
      source: `/hankkeet/${firstSlug}/lahde`,
      organisation: `/organisaatiot/${organization.rows[0]?.slug ?? ""}`,
      dashboard: "/tilastot",
    };
    const firstLoad: Record<string, { scripts: number; gzipKb: number }> = {};
    for (const [name, route] of Object.entries(routes)) firstLoad[name] = await firstLoadJs(origin, route);
    console.log(
      `\nFirst-load JavaScript per route (gzip kB, target ≤ 110)\n${table(
        ["route", "scripts", "kB"],
        Object.entries(firstLoad).map(([name, f]) => [name, f.scripts, f.gzipKb]),
      )}`,
    );
    const run = (name: string, paths: string[], duration: number) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        let i = 0;
        autocannon(
          {
            url: origin,
            connections: 20,
            duration,
            requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
          },
          (error, result) => {
            if (error) return reject(error);
            const figures = {
              distinctUrls: paths.length,
              requests: result.requests.total,
              perSecond: Math.round(result.requests.average),
              p50: result.latency.p50,
              p90: result.latency.p90,
              p99: result.latency.p99,
              errors: result.errors + result.non2xx,
              timeouts: result.timeouts,
            };
            console.log(`${name}: ${JSON.stringify(figures)}`);
            resolve(figures);
          },
        );
      });
    // Warm as a first visitor would: the server's code, not the URLs measured (a short run on the
    // home page and on a handful of searches outside the measured set).
    await run("warm-up", ["/", "/hankkeet", "/hankkeet?q=zz", "/tilastot?funder=HEL"], 3);
    console.log("\nHTTP, 20 concurrent clients, distinct URLs (latency ms; autocannon reports p90 and p99, not p95)");
    const homePage = await run("home page", ["/"], 10);
    const searchPage = await run("search page", searchUrls(traffic), 10);
    const projectPage = await run("project page", projectUrls(traffic), 10);
    const dashboardPage = await run("dashboard page", dashboardUrls(traffic), 10);
    return { firstLoadJs: firstLoad, homePage, searchPage, projectPage, dashboardPage };
  } finally {
    child.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
