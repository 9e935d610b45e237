/**
 * Results cached in the process, keyed by their canonical parameters. Every entry carries the
 * data version it was computed at; every write bumps the version (lib/search/refresh.ts) in the
 * same transaction, and the next request recomputes. Reading the version is one primary-key
 * lookup, far cheaper than a search or an aggregation over a large result set, and it stays
 * correct with several server processes.
 */
import type { PrismaClient } from "../generated/prisma/client";

export async function dataVersion(db: PrismaClient): Promise<string> {
  const rows = await db.$queryRawUnsafe<Array<{ version: bigint }>>(`SELECT version FROM "DataVersion" WHERE id = 1`);
  return String(rows[0]?.version ?? 0);
}

export interface VersionedCache<P, R> {
  get(db: PrismaClient, params: P): Promise<R>;
  clear(): void;
}

export function versionedCache<P, R>(
  compute: (db: PrismaClient, params: P) => Promise<R>,
  maxEntries = 500,
): VersionedCache<P, R> {
  const entries = new Map<string, { version: string; value: Promise<R> }>();
  return {
    async get(db, params) {
      // Anything that depends on today's date (running / ended) changes at midnight: the date is part of the key.
      const key = JSON.stringify([new Date().toISOString().slice(0, 10), params]);
      const version = await dataVersion(db);
      const hit = entries.get(key);
      if (hit && hit.version === version) {
        entries.delete(key); // most recently used last
        entries.set(key, hit);
        return hit.value;
      }
      // The promise is cached, not the result: concurrent requests for the same parameters share
      // one computation instead of all running it at once. A failure is not kept.
      const value = compute(db, params);
      entries.set(key, { version, value });
      value.catch(() => entries.get(key)?.value === value && entries.delete(key));
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return value;
    },
    clear: () => entries.clear(),
  };
}
