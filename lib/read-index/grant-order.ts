/**
 * The order of grants, kept on every write (lib/read-index/doc-order.ts): the docs that state a
 * granted amount, ascending by it (ties: later start, then higher project id first), so that the
 * largest grants, walked from the end, come with the earlier start first.
 */
import type { TypedFastBitSet } from "typedfastbitset";
import { type OrderSpec, orderOf } from "./doc-order";
import { type IndexStore, NONE } from "./store";

const GRANTS: OrderSpec = {
  holds: (store, doc) => store.granted[doc] !== NONE,
  compare: (store, a, b) =>
    store.granted[a]! - store.granted[b]! ||
    store.start[b]! - store.start[a]! ||
    store.projectId[b]! - store.projectId[a]!,
};

/** Up to `k` docs of `set` with the largest grants, largest first (ties: earlier start, then lower project id). */
export function largestGrants(store: IndexStore, set: TypedFastBitSet, k: number): number[] {
  return orderOf(store, GRANTS).first(set, k, true);
}

/**
 * The median granted amount of `set` as Postgres' percentile_disc(0.5) gives it: the middle
 * value, the lower one of two. `count`: how many docs of `set` state an amount.
 */
export function medianGrant(store: IndexStore, set: TypedFastBitSet, count: number): number | null {
  if (count === 0) return null;
  const middle = Math.ceil(count / 2) - 1;
  // A small selection is quicker sorted than found along the order of every grant.
  if (count * 32 < store.aliveTotal) {
    const amounts = new Float64Array(count);
    let n = 0;
    set.forEach((doc) => {
      if (store.granted[doc] !== NONE) amounts[n++] = store.granted[doc]!;
    });
    return amounts.subarray(0, n).sort()[middle]!;
  }
  return store.granted[orderOf(store, GRANTS).kth(set, middle, count)]!;
}

/** Derives the grant order (at build, so that no request pays for it). */
export function deriveGrantOrder(store: IndexStore): void {
  orderOf(store, GRANTS);
}
