/**
 * The order of a result: relevance from the text's scores (a bounded heap over the hits), every
 * other sort an order of all docs kept on every write (lib/read-index/doc-order.ts), walked
 * until the page is full — a page of a broad result costs a page, not a sort.
 */
import type { TypedFastBitSet } from "typedfastbitset";
import { effectiveSort, type SearchParams } from "../search/filters";
import { orderOf, type OrderSpec } from "./doc-order";
import type { TextMatch } from "./match";
import { NONE, type IndexStore } from "./store";
import { docsInto } from "./value-sets";

type Compare = (a: number, b: number) => number;

/** 1 for a doc without a value in `column` (NULLS LAST in either direction), else 0. */
const noValue = (column: Int32Array, doc: number) => (column[doc] === NONE ? 1 : 0);
const FINNISH_TITLES = new Intl.Collator("fi", { sensitivity: "base" });

/** The sorts other than relevance, as orders of all docs (Finnish title order: å, ä, ö after z). */
const SORTS: Record<"newest" | "oldest" | "granted" | "title", OrderSpec> = {
  newest: { compare: (s, a, b) => noValue(s.start, a) - noValue(s.start, b) || s.start[b]! - s.start[a]! || s.projectId[b]! - s.projectId[a]! },
  oldest: { compare: (s, a, b) => noValue(s.start, a) - noValue(s.start, b) || s.start[a]! - s.start[b]! || s.projectId[a]! - s.projectId[b]! },
  granted: { compare: (s, a, b) => noValue(s.granted, a) - noValue(s.granted, b) || s.granted[b]! - s.granted[a]! || s.projectId[a]! - s.projectId[b]! },
  title: { compare: (s, a, b) => FINNISH_TITLES.compare(s.titles[a] ?? "", s.titles[b] ?? "") || s.projectId[a]! - s.projectId[b]! },
};

/** Derives the sort orders (at build, so that no request pays for it). */
export function deriveSortOrders(store: IndexStore): void {
  for (const spec of Object.values(SORTS)) orderOf(store, spec);
}

/** The first `k` docs of `set` (`count` docs) in the result order. */
export function firstInOrder(store: IndexStore, set: TypedFastBitSet, count: number, params: SearchParams, text: TextMatch | null, k: number): number[] {
  const sort = effectiveSort(params);
  if (sort !== "relevance") return orderOf(store, SORTS[sort]).first(set, k);
  const docs = new Int32Array(count);
  docsInto(set, docs);
  const { order, rank } = relevance(store, text);
  return topK(docs, k, order, rank);
}

/** Every doc of `set` in the result order (exports: the whole result set). */
export function allInOrder(store: IndexStore, set: TypedFastBitSet, count: number, params: SearchParams, text: TextMatch | null): number[] {
  return firstInOrder(store, set, count, params, text, count);
}

/**
 * Relevance: the text's scores, then newest, then project id. `rank` agrees with `order` (a
 * doc of higher rank never comes later), so that a page of the best docs skips most without `order`.
 */
function relevance(store: IndexStore, text: TextMatch | null): { order: Compare; rank: (doc: number) => number } {
  const start = store.start;
  const id = store.projectId;
  const newest: Compare = (a, b) => noValue(start, a) - noValue(start, b) || start[b]! - start[a]!;
  const scores = text?.scores;
  if (!scores) return { order: (a, b) => newest(a, b) || id[a]! - id[b]!, rank: (d) => (start[d] === NONE ? -Infinity : start[d]!) };
  return { order: (a, b) => scores[b]! - scores[a]! || newest(a, b) || id[a]! - id[b]!, rank: (d) => scores[d]! };
}

/**
 * The first `k` of `docs` in `order`: a bounded heap, so a page never sorts the whole result.
 * With `rank` (agreeing with `order`), a doc ranked below the heap's worst is skipped at once.
 */
export function topK(docs: number[] | Int32Array, k: number, order: Compare, rank?: (doc: number) => number): number[] {
  if (k <= 0) return [];
  if (k * 4 >= docs.length) return Array.from(docs).sort(order).slice(0, k);
  // Max-heap on `order` of the best k seen: its root is the worst of them.
  const heap: number[] = [];
  const worse = (i: number, j: number) => order(heap[i]!, heap[j]!) > 0;
  const swap = (i: number, j: number) => { const t = heap[i]!; heap[i] = heap[j]!; heap[j] = t; };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(l, m)) m = l;
      if (r < heap.length && worse(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  let worstRank = -Infinity;
  for (let n = 0; n < docs.length; n++) {
    const doc = docs[n]!;
    if (heap.length < k) {
      heap.push(doc);
      for (let i = heap.length - 1; i > 0;) {
        const p = (i - 1) >> 1;
        if (!worse(i, p)) break;
        swap(i, p);
        i = p;
      }
      if (rank && heap.length === k) worstRank = rank(heap[0]!);
    } else if ((!rank || rank(doc) >= worstRank) && order(doc, heap[0]!) < 0) {
      heap[0] = doc;
      down(0);
      if (rank) worstRank = rank(heap[0]!);
    }
  }
  return heap.sort(order);
}

