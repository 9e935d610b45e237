/**
 * The docs running in a calendar year (started by its end, not ended before its start), per
 * year asked for, kept on every write: the dashboard's timeline counts and picks from a set
 * instead of a pass over the selection. Years are few (this year, the last year of a
 * selection), so each year asked for is kept.
 */
import { TypedFastBitSet } from "typedfastbitset";
import { DAY_MS, type DocObserver, type IndexStore, lastDay, NONE } from "./store";

class RunningSets implements DocObserver {
  private readonly years = new Map<number, TypedFastBitSet>();

  constructor(private readonly store: IndexStore) {
    store.observe(this);
  }

  of(year: number): TypedFastBitSet {
    let set = this.years.get(year);
    if (!set) {
      set = new TypedFastBitSet();
      for (let doc = 0; doc < this.store.size; doc++) if (this.store.alive[doc] && this.runs(doc, year)) set.add(doc);
      this.years.set(year, set);
    }
    return set;
  }

  leaving(doc: number): void {
    for (const set of this.years.values()) set.remove(doc);
  }

  entered(doc: number): void {
    for (const [year, set] of this.years) if (this.runs(doc, year)) set.add(doc);
  }

  private runs(doc: number, year: number): boolean {
    const start = this.store.start[doc]!;
    return (
      start !== NONE &&
      start <= Date.UTC(year, 11, 31) / DAY_MS &&
      lastDay(this.store, doc) >= Date.UTC(year, 0, 1) / DAY_MS
    );
  }
}

const running = new WeakMap<IndexStore, RunningSets>();

/** The alive docs running in `year`. */
export function runningIn(store: IndexStore, year: number): TypedFastBitSet {
  let sets = running.get(store);
  if (!sets) running.set(store, (sets = new RunningSets(store)));
  return sets.of(year);
}
