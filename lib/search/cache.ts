/** Search results cached until the data changes (lib/cache/versioned.ts). */
import type { PrismaClient } from "../generated/prisma/client";
import { versionedCache } from "../cache/versioned";
import type { SearchParams } from "./filters";
import { search, type SearchResult } from "./search";

export { dataVersion } from "../cache/versioned";

const cache = versionedCache((db, [params, options]: [SearchParams, { snippets?: boolean }]) => search(db, params, options));

export function cachedSearch(db: PrismaClient, params: SearchParams, options: { snippets?: boolean } = {}): Promise<SearchResult> {
  return cache.get(db, [params, options]);
}

/** For tests and the benchmark's cold measurements. */
export const clearSearchCache = (): void => cache.clear();
