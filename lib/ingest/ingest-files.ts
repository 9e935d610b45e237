/**
 * Ingests source files and folders: the one code path behind `db:seed`, `npm run ingest` and the
 * admin import, so every text is stored the same way.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import { parseSource } from "./parse";
import { ensureReferenceData } from "./reference-data";
import { storeParsed, type StoreOutcome } from "./store";

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

export async function ingestFiles(prisma: PrismaClient, files: string[]): Promise<FileReport[]> {
  await ensureReferenceData(prisma);
  const reports: FileReport[] = [];
  for (const file of files) {
    try {
      const raw = await readFile(file, "utf8");
      const outcome = await storeParsed(prisma, parseSource(raw, path.basename(file)));
      reports.push({ file, outcome });
    } catch (error) {
      // One bad file must not stop a batch; its transaction has already rolled back.
      reports.push({ file, outcome: { status: "failed", reason: error instanceof Error ? error.message : String(error), warnings: [] } });
    }
  }
  return reports;
}

/** A human-readable report, one line per file plus its warnings. */
export function formatReports(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const { file, outcome } of reports) {
    const name = path.basename(file);
    if (outcome.status === "skipped" || outcome.status === "failed") lines.push(`${outcome.status.padEnd(9)} ${name}: ${outcome.reason}`);
    else lines.push(`${outcome.status.padEnd(9)} ${name} → ${outcome.kind} ${outcome.slug}`);
    for (const warning of outcome.warnings) lines.push(`          warning: ${warning}`);
  }
  const count = (s: string) => reports.filter((r) => r.outcome.status === s).length;
  lines.push(`${reports.length} files: ${count("created")} created, ${count("updated")} updated, ${count("unchanged")} unchanged, ${count("skipped")} skipped, ${count("failed")} failed`);
  return lines.join("\n");
}
