/**
 * The docs that state a granted amount, in ascending order of it (then by start date and
 * project id, both descending), kept on every write: the median grant of any selection and the
 * largest grants of the timeline are walks along this order, never a sort of the selection.
 * An edit moves one doc (a binary search and a memmove).
 */
import type { TypedFastBitSet } from "typedfastbitset";
import { grown } from "./grown";
import { NONE, type DocObserver, type IndexStore } from "./store";

class GrantOrder implements DocObserver {
  private docs: Int32Array;
  private length = 0;

  constructor(private readonly store: IndexStore) {
    const granted = store.granted;
    const docs: number[] = [];
    for (let doc = 0; doc < store.size; doc++) if (store.alive[doc] && granted[doc] !== NONE) docs.push(doc);
    this.docs = Int32Array.from(docs.sort((a, b) => this.compare(a, b)));
    this.length = docs.length;
    store.observe(this);
  }

  leaving(doc: number): void {
    if (this.store.granted[doc] === NONE) return;
    const at = this.lowerBound(doc);
    if (this.docs[at] !== doc) return;
    this.docs.copyWithin(at, at + 1, this.length);
    this.length--;
  }

  entered(doc: number): void {
    if (this.store.granted[doc] === NONE) return;
    const at = this.lowerBound(doc);
    if (this.length === this.docs.length) this.docs = grown(this.docs, this.length + 1);
    this.docs.copyWithin(at + 1, at, this.length);
    this.docs[at] = doc;
    this.length++;
  }

  /**
   * The granted amount of the `k`-th (from 0) doc of `set` in this order, where `count` docs of
   * `set` state one; walks from the nearer end.
   */
  kth(set: TypedFastBitSet, k: number, count: number): number {
    const words = set.words;
    const has = (doc: number) => (doc >>> 5) < words.length && (words[doc >>> 5]! & (1 << doc)) !== 0;
    if (k < count / 2) {
      for (let i = 0, seen = 0; i < this.length; i++) if (has(this.docs[i]!) && seen++ === k) return this.store.granted[this.docs[i]!]!;
    } else {
      for (let i = this.length - 1, seen = count - 1; i >= 0; i--) if (has(this.docs[i]!) && seen-- === k) return this.store.granted[this.docs[i]!]!;
    }
    throw new Error(`The grant order holds fewer than ${k + 1} docs of the selection`);
  }

  /**
   * Up to `k` docs of `set` with the largest grants, largest first (ties: earlier start, then
   * lower project id first).
   */
  largest(set: TypedFastBitSet, k: number): number[] {
    const words = set.words;
    const out: number[] = [];
    for (let i = this.length - 1; i >= 0 && out.length < k; i--) {
      const doc = this.docs[i]!;
      if ((doc >>> 5) < words.length && (words[doc >>> 5]! & (1 << doc)) !== 0) out.push(doc);
    }
    return out;
  }

  /** Negative when `a` comes first: granted ascending, then start and project id descending. */
  private compare(a: number, b: number): number {
    const { granted, start, projectId } = this.store;
    return granted[a]! - granted[b]! || start[b]! - start[a]! || projectId[b]! - projectId[a]!;
  }

  /** Where `doc` stands or would stand. */
  private lowerBound(doc: number): number {
    let low = 0;
    let high = this.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.compare(this.docs[mid]!, doc) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

const orders = new WeakMap<IndexStore, GrantOrder>();

function orderOf(store: IndexStore): GrantOrder {
  let order = orders.get(store);
  if (!order) orders.set(store, (order = new GrantOrder(store)));
  return order;
}

/** Up to `k` docs of `set` with the largest grants (see GrantOrder.largest). */
export function largestGrants(store: IndexStore, set: TypedFastBitSet, k: number): number[] {
  return orderOf(store).largest(set, k);
}

/**
 * The median granted amount of `set` as Postgres' percentile_disc(0.5) gives it: the middle
 * value, the lower one of two. `count`: how many docs of `set` state an amount.
 */
export function medianGrant(store: IndexStore, set: TypedFastBitSet, count: number): number | null {
  if (count === 0) return null;
  return orderOf(store).kth(set, Math.ceil(count / 2) - 1, count);
}
