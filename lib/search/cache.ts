/**
 * Search results cached in the process, keyed by the canonical parameters. Every entry carries
 * the data version it was computed at; a write bumps the version (lib/search/refresh.ts) and the
 * next request recomputes. Reading the version is one primary-key lookup, far cheaper than a
 * search over a large result set, and it stays correct with several server processes.
 */
import type { PrismaClient } from "../generated/prisma/client";
import type { SearchParams } from "./filters";
import { search, type SearchResult } from "./search";

const MAX_ENTRIES = 500;
const entries = new Map<string, { version: string; value: Promise<SearchResult> }>();

export async function dataVersion(db: PrismaClient): Promise<string> {
  const rows = await db.$queryRawUnsafe<Array<{ version: bigint }>>(`SELECT version FROM "DataVersion" WHERE id = 1`);
  return String(rows[0]?.version ?? 0);
}

export async function cachedSearch(db: PrismaClient, params: SearchParams, options: { snippets?: boolean } = {}): Promise<SearchResult> {
  // Status facets depend on today's date, so the date is part of the key.
  const key = JSON.stringify([new Date().toISOString().slice(0, 10), params, options]);
  const version = await dataVersion(db);
  const hit = entries.get(key);
  if (hit && hit.version === version) {
    entries.delete(key); // most recently used last
    entries.set(key, hit);
    return hit.value;
  }
  // The promise is cached, not the result: concurrent requests for the same query share one
  // computation instead of all running it at once. A failure is not kept.
  const value = search(db, params, options);
  entries.set(key, { version, value });
  value.catch(() => entries.get(key)?.value === value && entries.delete(key));
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}

/** For tests and the benchmark's cold measurements. */
export function clearSearchCache(): void {
  entries.clear();
}
