/**
 * Docs in a fixed order (a comparator over their columns), kept on every write: a page of a
 * sorted result, the median grant or the largest grants of any selection are then walks along
 * the order, never a sort of the selection. Derived once, when first asked for; an edit moves
 * one doc (a binary search and a memmove).
 */
import type { TypedFastBitSet } from "typedfastbitset";
import { grown } from "./grown";
import type { DocObserver, IndexStore } from "./store";

export interface OrderSpec {
  /** Negative when doc `a` comes first. Must be total (end with the project id). */
  compare(store: IndexStore, a: number, b: number): number;
  /** Which alive docs the order holds (default: all). */
  holds?(store: IndexStore, doc: number): boolean;
}

export class DocOrder implements DocObserver {
  private docs: Int32Array;
  private length = 0;

  constructor(
    private readonly store: IndexStore,
    private readonly spec: OrderSpec,
  ) {
    const docs: number[] = [];
    for (let doc = 0; doc < store.size; doc++) if (store.alive[doc] && this.holds(doc)) docs.push(doc);
    this.docs = Int32Array.from(docs.sort((a, b) => spec.compare(store, a, b)));
    this.length = docs.length;
    store.observe(this);
  }

  leaving(doc: number): void {
    if (!this.holds(doc)) return;
    const at = this.lowerBound(doc);
    if (this.docs[at] !== doc) return;
    this.docs.copyWithin(at, at + 1, this.length);
    this.length--;
  }

  entered(doc: number): void {
    if (!this.holds(doc)) return;
    const at = this.lowerBound(doc);
    if (this.length === this.docs.length) this.docs = grown(this.docs, this.length + 1);
    this.docs.copyWithin(at + 1, at, this.length);
    this.docs[at] = doc;
    this.length++;
  }

  /** Up to `k` docs of `set` in this order (`fromEnd`: in reverse). */
  first(set: TypedFastBitSet, k: number, fromEnd = false): number[] {
    const words = set.words;
    const out: number[] = [];
    const step = fromEnd ? -1 : 1;
    for (let i = fromEnd ? this.length - 1 : 0; i >= 0 && i < this.length && out.length < k; i += step) {
      const doc = this.docs[i]!;
      if (doc >>> 5 < words.length && (words[doc >>> 5]! & (1 << doc)) !== 0) out.push(doc);
    }
    return out;
  }

  /**
   * The `k`-th (from 0) doc of `set` in this order, where `count` docs of `set` are held; walks
   * from the nearer end.
   */
  kth(set: TypedFastBitSet, k: number, count: number): number {
    const words = set.words;
    const fromEnd = k >= count / 2;
    let left = fromEnd ? count - 1 - k : k;
    const step = fromEnd ? -1 : 1;
    for (let i = fromEnd ? this.length - 1 : 0; i >= 0 && i < this.length; i += step) {
      const doc = this.docs[i]!;
      if (doc >>> 5 < words.length && (words[doc >>> 5]! & (1 << doc)) !== 0 && left-- === 0) return doc;
    }
    throw new Error(`The order holds fewer than ${k + 1} docs of the selection`);
  }

  private holds(doc: number): boolean {
    return this.spec.holds ? this.spec.holds(this.store, doc) : true;
  }

  /** Where `doc` stands or would stand. */
  private lowerBound(doc: number): number {
    let low = 0;
    let high = this.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.spec.compare(this.store, this.docs[mid]!, doc) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

const orders = new WeakMap<IndexStore, Map<OrderSpec, DocOrder>>();

/** The store's order by `spec` (one per spec and store), derived when first asked for. */
export function orderOf(store: IndexStore, spec: OrderSpec): DocOrder {
  let byStore = orders.get(store);
  if (!byStore) orders.set(store, (byStore = new Map()));
  let order = byStore.get(spec);
  if (!order) byStore.set(spec, (order = new DocOrder(store, spec)));
  return order;
}
