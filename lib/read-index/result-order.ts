/**
 * The order of a result: relevance from the text's scores (a bounded heap over the hits), every
 * other sort an order of all docs kept on every write (lib/read-index/doc-order.ts), walked
 * until the page is full — a page of a broad result costs a page, not a sort.
 */
import type { TypedFastBitSet } from "typedfastbitset";
import { effectiveSort, type SearchParams } from "../search/filters";
import { type OrderSpec, orderOf } from "./doc-order";
import type { TextMatch } from "./match";
import { type IndexStore, NONE } from "./store";
import { docsInto } from "./value-sets";

type Compare = (a: number, b: number) => number;

/** 1 for a doc without a value in `column` (NULLS LAST in either direction), else 0. */
const noValue = (column: Int32Array, doc: number) => (column[doc] === NONE ? 1 : 0);
const FINNISH_TITLES = new Intl.Collator("fi", { sensitivity: "base" });

/** The sorts other than relevance, as orders of all docs (Finnish title order: å, ä, ö after z). */
const SORTS: Record<"newest" | "oldest" | "granted" | "title", OrderSpec> = {
  newest: {
    compare: (s, a, b) =>
      noValue(s.start, a) - noValue(s.start, b) || s.start[b]! - s.start[a]! || s.projectId[b]! - s.projectId[a]!,
  },
  oldest: {
    compare: (s, a, b) =>
      noValue(s.start, a) - noValue(s.start, b) || s.start[a]! - s.start[b]! || s.projectId[a]! - s.projectId[b]!,
  },
  granted: {
    compare: (s, a, b) =>
      noValue(s.granted, a) - noValue(s.granted, b) ||
      s.granted[b]! - s.granted[a]! ||
      s.projectId[a]! - s.projectId[b]!,
  },
  title: {
    compare: (s, a, b) =>
      FINNISH_TITLES.compare(s.titles[a] ?? "", s.titles[b] ?? "") || s.projectId[a]! - s.projectId[b]!,
  },
};

/** Derives the sort orders (at build, so that no request pays for it). */
export function deriveSortOrders(store: IndexStore): void {
  for (const spec of Object.values(SORTS)) orderOf(store, spec);
}

/** The first `k` docs of `set` (`count` docs) in the result order. */
export function firstInOrder(
  store: IndexStore,
  set: TypedFastBitSet,
  count: number,
  params: SearchParams,
  text: TextMatch | null,
  k: number,
): number[] {
  const sort = effectiveSort(params);
  if (sort !== "relevance") return orderOf(store, SORTS[sort]).first(set, k);
  const { order, rank } = relevance(store, text);
  if (text?.scores && k * 4 < count) return topScored(set, k, order, text.scores);
  const docs = new Int32Array(count);
  docsInto(set, docs);
  return topK(docs, k, order, rank);
}

/** Every doc of `set` in the result order (exports: the whole result set). */
export function allInOrder(
  store: IndexStore,
  set: TypedFastBitSet,
  count: number,
  params: SearchParams,
  text: TextMatch | null,
): number[] {
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
  if (!scores)
    return {
      order: (a, b) => newest(a, b) || id[a]! - id[b]!,
      rank: (d) => (start[d] === NONE ? -Infinity : start[d]!),
    };
  return { order: (a, b) => scores[b]! - scores[a]! || newest(a, b) || id[a]! - id[b]!, rank: (d) => scores[d]! };
}

/** The best `k` docs offered, in `order`: a max-heap whose root is the worst of them. */
class BoundedHeap {
  readonly docs: number[] = [];
  constructor(
    private readonly k: number,
    private readonly order: Compare,
  ) {}

  get full(): boolean {
    return this.docs.length === this.k;
  }

  /** The worst doc kept (when full). */
  get worst(): number {
    return this.docs[0]!;
  }

  offer(doc: number): void {
    const heap = this.docs;
    if (heap.length < this.k) {
      heap.push(doc);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (this.order(heap[i]!, heap[parent]!) <= 0) break;
        const moved = heap[i]!;
        heap[i] = heap[parent]!;
        heap[parent] = moved;
        i = parent;
      }
      return;
    }
    if (this.order(doc, heap[0]!) >= 0) return;
    heap[0] = doc;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      let worst = i;
      if (left < heap.length && this.order(heap[left]!, heap[worst]!) > 0) worst = left;
      if (left + 1 < heap.length && this.order(heap[left + 1]!, heap[worst]!) > 0) worst = left + 1;
      if (worst === i) return;
      const moved = heap[i]!;
      heap[i] = heap[worst]!;
      heap[worst] = moved;
      i = worst;
    }
  }

  sorted(): number[] {
    return this.docs.sort(this.order);
  }
}

/**
 * The first `k` of `docs` in `order`: a bounded heap, so a page never sorts the whole result.
 * With `rank` (agreeing with `order`), a doc ranked below the heap's worst is skipped at once.
 */
export function topK(docs: number[] | Int32Array, k: number, order: Compare, rank?: (doc: number) => number): number[] {
  if (k <= 0) return [];
  if (k * 4 >= docs.length) return Array.from(docs).sort(order).slice(0, k);
  const heap = new BoundedHeap(k, order);
  let worstRank = -Infinity;
  for (let n = 0; n < docs.length; n++) {
    const doc = docs[n]!;
    if (rank && heap.full && rank(doc) < worstRank) continue;
    heap.offer(doc);
    if (rank && heap.full) worstRank = rank(heap.worst);
  }
  return heap.sorted();
}

/**
 * The first `k` docs of `set` by `scores` (then `order`, which agrees with them), read straight
 * from the set's words: a broad text query's page without listing its tens of thousands of hits.
 */
function topScored(set: TypedFastBitSet, k: number, order: Compare, scores: Float32Array): number[] {
  if (k <= 0) return [];
  const heap = new BoundedHeap(k, order);
  let worstScore = -Infinity;
  const words = set.words;
  for (let w = 0; w < words.length; w++) {
    for (let bits = words[w]!; bits !== 0; bits &= bits - 1) {
      const doc = (w << 5) + 31 - Math.clz32(bits & -bits);
      if (heap.full && scores[doc]! < worstScore) continue;
      heap.offer(doc);
      if (heap.full) worstScore = scores[heap.worst]!;
    }
  }
  return heap.sorted();
}
