/**
 * Per value of a column (a funder, a theme, a start year…), the set of docs holding it, as a
 * bitset. A facet count is then the popcount of an intersection — a few thousand word
 * operations per value at 100 000 projects, however many docs match — and a filter is the union
 * of its values' sets. Multi-valued columns (themes, regions) need nothing else.
 */
import { TypedFastBitSet } from "typedfastbitset";

export class ValueSets {
  private readonly sets: Array<TypedFastBitSet | undefined> = [];
  /** Docs per value, kept on every add and remove (a count of all docs costs nothing). */
  private readonly sizes: number[] = [];

  /** The docs holding `value` (a small non-negative number); empty when none does. */
  of(value: number): TypedFastBitSet {
    return this.sets[value] ?? EMPTY;
  }

  /** How many docs hold `value`. */
  count(value: number): number {
    return this.sizes[value] ?? 0;
  }

  add(value: number, doc: number): void {
    if (!this.sets[value]) this.valueList = null;
    const set = (this.sets[value] ??= new TypedFastBitSet());
    if (set.has(doc)) return;
    set.add(doc);
    this.sizes[value] = (this.sizes[value] ?? 0) + 1;
  }

  remove(value: number, doc: number): void {
    const set = this.sets[value];
    if (!set?.has(doc)) return;
    set.remove(doc);
    this.sizes[value]!--;
  }

  /** Takes `doc` out of every value's set (when its old values are not at hand). */
  removeEverywhere(doc: number): void {
    this.sets.forEach((set, value) => {
      if (set) this.remove(value, doc);
    });
  }

  /** The values with a set (possibly emptied by removals), ascending; kept until a value is new. */
  values(): readonly number[] {
    // Years are values too: the array of sets has holes, and going through it on every search showed.
    if (!this.valueList) {
      const out: number[] = [];
      this.sets.forEach((set, value) => {
        if (set) out.push(value);
      });
      this.valueList = out;
    }
    return this.valueList;
  }
  private valueList: number[] | null = null;

  /** The docs holding any of `values`. */
  union(values: Iterable<number>): TypedFastBitSet {
    const out = new TypedFastBitSet();
    for (const value of values) {
      const set = this.sets[value];
      if (set) out.union(set);
    }
    return out;
  }

  bytes(): number {
    let n = 0;
    for (const set of this.sets) n += set?.words.byteLength ?? 0;
    return n;
  }

  /** Each value with its set and size (a snapshot of the index). */
  entries(): Array<{ value: number; words: Uint32Array; size: number }> {
    return this.values().map((value) => ({ value, words: this.sets[value]!.words, size: this.sizes[value]! }));
  }

  /** Takes the sets of a snapshot (into an empty ValueSets). */
  restore(entries: Array<{ value: number; words: Uint32Array; size: number }>): void {
    this.valueList = null;
    for (const { value, words, size } of entries) {
      this.sets[value] = TypedFastBitSet.fromWords(words);
      this.sizes[value] = size;
    }
  }
}

const EMPTY = new TypedFastBitSet();

/**
 * How many docs below `size` are in both sets: a popcount of the words they share, skipping
 * empty words (a small result leaves most words empty).
 */
export function countBoth(a: TypedFastBitSet, b: TypedFastBitSet, size: number): number {
  const x = a.words;
  const y = b.words;
  const n = Math.min(x.length, y.length, (size + 31) >>> 5);
  let count = 0;
  for (let k = 0; k < n; k++) {
    let w = x[k]! & y[k]!;
    if (w === 0) continue;
    w -= (w >>> 1) & 0x55555555;
    w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
    count += Math.imul((w + (w >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
  }
  return count;
}

/** Writes the docs of `set` into `out` (ascending) and returns how many. */
export function docsInto(set: TypedFastBitSet, out: Int32Array): number {
  const words = set.words;
  let n = 0;
  for (let k = 0; k < words.length; k++) {
    let w = words[k]!;
    while (w !== 0) {
      const t = w & -w;
      out[n++] = (k << 5) + 31 - Math.clz32(t);
      w ^= t;
    }
  }
  return n;
}

/** A selection as what its numbers are computed over (see `smallerSide`). */
export interface Side {
  set: TypedFastBitSet;
  /** How many docs the side holds. */
  count: number;
  /** The side's docs, ascending (listed when first asked for: a popcount or a walk of the bits needs no list). */
  readonly docs: Int32Array;
  /** True when the side is the docs the selection leaves out. */
  complement: boolean;
}

/**
 * The smaller side of a selection of `count` docs out of `all` (`allCount` docs): the selection
 * itself, or — when it holds most of them — the docs it leaves out, to be subtracted from totals
 * kept on write. A broad selection then costs as little as a narrow one.
 */
export function smallerSide(set: TypedFastBitSet, count: number, all: TypedFastBitSet, allCount: number): Side {
  return count * 2 <= allCount ? sideOf(set, count, false) : sideOf(all.new_difference(set), allCount - count, true);
}

function sideOf(set: TypedFastBitSet, count: number, complement: boolean): Side {
  let docs: Int32Array | null = null;
  return {
    set,
    count,
    complement,
    get docs() {
      return (docs ??= listOf(set, count));
    },
  };
}

/** The `count` docs of `set` as an ascending list. */
export function listOf(set: TypedFastBitSet, count: number): Int32Array {
  const docs = new Int32Array(count);
  docsInto(set, docs);
  return docs;
}
