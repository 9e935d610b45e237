/**
 * Search as the pages and the API see it: matching, ranking, exact facet counts, totals and
 * the page's order and the page's rows come from the read index (lib/read-index, ADR 0007);
 * Postgres is read only for the texts the page's snippets are cut from. The SQL path this replaced
 * is kept as the benchmark's baseline (lib/search/postgres-search.ts).
 */

import { connectionStringOf } from "../db";
import type { PrismaClient } from "../generated/prisma/client";
import { readIndex, readIndexOf } from "../read-index";
import { allMatchingIds, type FacetName, type FacetValue, hitsOf, searchIndex } from "../read-index/search";
import { formsOf, snippet } from "../read-index/snippet";
import type { SearchParams } from "./filters";

export { type FacetName, type FacetValue, GRANT_BANDS } from "../read-index/search";

export interface SearchHit {
  projectId: number;
  slug: string;
  projectNumber: string;
  funder: string;
  title: string;
  applicant: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  grantedEur: number | null;
  totalCostEur: number | null;
  regions: Array<{ name: string; inferred: boolean }>;
  /** Text around the matches; matched words are wrapped in \u0001 … \u0002. */
  snippet: string | null;
}

export interface SearchResult {
  total: number;
  grantedEur: number;
  page: number;
  pageSize: number;
  items: SearchHit[];
  facets: Record<FacetName, FacetValue[]>;
  suggestion: string | null;
}

export const SNIPPET_START = "\u0001";
export const SNIPPET_END = "\u0002";

export async function search(
  db: PrismaClient,
  params: SearchParams,
  options: { snippets?: boolean } = {},
): Promise<SearchResult> {
  const index = await readIndexOf(connectionStringOf(db));
  const store = await index.current();
  // The only database read of a search: the page's texts, for the snippets, sent as soon as the
  // page is known and answered while the facets are counted.
  // Without a connection (the database away) the index still answers, without snippets.
  const reader = options.snippets === false || !params.q ? null : await index.snippetReader().catch(() => null);
  try {
    const found = searchIndex(store, params, {
      onPage: (ids) => {
        if (ids.length) reader?.request(ids);
      },
    });
    const hits = hitsOf(store, found.ids);
    const texts = reader && found.forms ? await reader.texts() : null;
    const isForm = texts ? formsOf(store.lexicon, found.forms!) : () => false;
    const items = hits.map((hit) => {
      const text = texts?.get(hit.projectId);
      return { ...hit, snippet: text === undefined ? null : snippet(text, isForm, SNIPPET_START, SNIPPET_END) };
    });
    return {
      total: found.total,
      grantedEur: found.grantedEur,
      page: params.page ?? 1,
      pageSize: params.pageSize ?? 20,
      items,
      facets: found.facets,
      suggestion: found.suggestion,
    };
  } finally {
    reader?.release();
  }
}

/** Every matching project id in result order (for exports: the whole result set, not a page). */
export async function searchAllIds(db: PrismaClient, params: SearchParams): Promise<number[]> {
  return allMatchingIds(await readIndex(db), params);
}

/** Result rows for ids (exports), from the read index: no database read. */
export async function loadHits(db: PrismaClient, ids: number[]): Promise<SearchHit[]> {
  return hitsOf(await readIndex(db), ids).map((hit) => ({ ...hit, snippet: null }));
}
