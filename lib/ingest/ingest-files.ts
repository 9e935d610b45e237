/**
 * Ingests source files and folders: the one code path behind `db:seed`, `npm run ingest` and the
 * admin import, so every text is stored the same way.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import { refreshMissingSearchRows } from "../search/refresh";
import { parseSource } from "./parse";
import { ensureReferenceData } from "./reference-data";
import { type StoreOutcome, storeParsed } from "./store";

export interface FileReport {
  file: string;
  outcome: StoreOutcome | { status: "failed"; reason: string; warnings: string[] };
}

/** The `.txt` files a list of paths names, folders expanded (not recursively), sorted. */
export async function expandSourcePaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const info = await stat(p);
    if (info.isDirectory()) {
      const names = (await readdir(p)).filter((n) => n.toLowerCase().endsWith(".txt")).sort();
      files.push(...names.map((n) => path.join(p, n)));
    } else {
      files.push(p);
    }
  }
  return files;
}

/**
 * How many texts a large batch stores at once. The seed stores one at a time so that a database
 * seeded twice from scratch is identical down to its ids.
 */
export const INGEST_CONCURRENCY = 4;

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

/**
 * Stores one parsed text. Two texts naming the same new organisation or person at the same time
 * can collide on a unique key; the loser's transaction rolled back whole, so it simply runs again
 * and finds the row the other one created.
 */
export async function storeWithRetry(
  prisma: PrismaClient,
  parsed: ReturnType<typeof parseSource>,
): Promise<StoreOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await storeParsed(prisma, parsed);
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/** Runs `work` over `items` with at most `concurrency` at a time, keeping the results in order. */
export async function mapConcurrent<T, R>(
  items: T[],
  concurrency: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

export async function ingestFiles(prisma: PrismaClient, files: string[], concurrency = 1): Promise<FileReport[]> {
  await ensureReferenceData(prisma);
  await refreshMissingSearchRows(prisma);
  return mapConcurrent(files, concurrency, async (file): Promise<FileReport> => {
    try {
      const raw = await readFile(file, "utf8");
      return { file, outcome: await storeWithRetry(prisma, parseSource(raw, path.basename(file))) };
    } catch (error) {
      // One bad file must not stop a batch; its transaction has already rolled back.
      return {
        file,
        outcome: { status: "failed", reason: error instanceof Error ? error.message : String(error), warnings: [] },
      };
    }
  });
}

/** A human-readable report, one line per file plus its warnings. */
export function formatReports(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const { file, outcome } of reports) {
    const name = path.basename(file);
    if (outcome.status === "skipped" || outcome.status === "failed")
      lines.push(`${outcome.status.padEnd(9)} ${name}: ${outcome.reason}`);
    else lines.push(`${outcome.status.padEnd(9)} ${name} → ${outcome.kind} ${outcome.slug}`);
    for (const warning of outcome.warnings) lines.push(`          warning: ${warning}`);
  }
  const count = (s: string) => reports.filter((r) => r.outcome.status === s).length;
  lines.push(
    `${reports.length} files: ${count("created")} created, ${count("updated")} updated, ` +
      `${count("unchanged")} unchanged, ${count("skipped")} skipped, ${count("failed")} failed`,
  );
  return lines.join("\n");
}
