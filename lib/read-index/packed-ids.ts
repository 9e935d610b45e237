/**
 * A set of ids per key (the distinct words of each doc), in few bytes and no array per key: each
 * set ascending, stored as gaps in 7-bit groups (LEB128) in one shared byte pool. A lexicon's ids
 * take about 2 bytes each instead of 4. Kept for every doc, read only when the doc changes.
 * A replaced set leaves its old bytes behind; the pool is compacted when they are half of it.
 */
import { grown } from "./grown";

/** The pool is compacted from this size on, when half of it is left behind. */
const COMPACT_FROM = 1 << 20;

export class PackedIdSets {
  private pool: Uint8Array = new Uint8Array(1 << 16);
  private used = 0;
  private abandoned = 0;
  private starts: Int32Array = new Int32Array(1 << 10);
  private lengths: Int32Array = new Int32Array(1 << 10);
  private sorted = new Int32Array(1 << 10);

  /** Replaces the set of `key` by the first `count` of `ids`. */
  set(key: number, ids: ArrayLike<number>, count = ids.length): void {
    this.clear(key);
    if (key >= this.starts.length) {
      this.starts = grown(this.starts, key + 1);
      this.lengths = grown(this.lengths, key + 1);
    }
    if (count > this.sorted.length) this.sorted = grown(this.sorted, count);
    const sorted = this.sorted.subarray(0, count);
    for (let i = 0; i < count; i++) sorted[i] = ids[i]!;
    sorted.sort();
    if (this.used + count * 5 > this.pool.length) this.pool = grown(this.pool, this.used + count * 5);
    const start = this.used;
    let previous = 0;
    for (const id of sorted) {
      if (id < 0) throw new RangeError("PackedIdSets: ids are not negative");
      let gap = id - previous;
      previous = id;
      while (gap >= 0x80) {
        this.pool[this.used++] = (gap & 0x7f) | 0x80;
        gap >>>= 7;
      }
      this.pool[this.used++] = gap;
    }
    this.starts[key] = start;
    this.lengths[key] = this.used - start;
  }

  clear(key: number): void {
    if (key >= this.lengths.length || this.lengths[key] === 0) return;
    this.abandoned += this.lengths[key]!;
    this.lengths[key] = 0;
    if (this.used >= COMPACT_FROM && this.abandoned * 2 > this.used) this.compact();
  }

  forEach(key: number, visit: (id: number) => void): void {
    if (key >= this.lengths.length) return;
    const pool = this.pool;
    let id = 0;
    for (let at = this.starts[key]!, end = at + this.lengths[key]!; at < end; ) {
      let gap = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = pool[at++]!;
        gap |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      id += gap;
      visit(id);
    }
  }

  /** Bytes held (capacity). */
  byteLength(): number {
    return this.pool.byteLength + this.starts.byteLength + this.lengths.byteLength;
  }

  /** The pool and where each key's bytes lie (a snapshot of the index). */
  parts(): { pool: Uint8Array; starts: Int32Array; lengths: Int32Array; abandoned: number } {
    return {
      pool: this.pool.subarray(0, this.used),
      starts: this.starts,
      lengths: this.lengths,
      abandoned: this.abandoned,
    };
  }

  /** Takes the parts of a snapshot (into an empty PackedIdSets). */
  restore(parts: { pool: Uint8Array; starts: Int32Array; lengths: Int32Array; abandoned: number }): void {
    this.pool = parts.pool;
    this.used = parts.pool.length;
    this.starts = parts.starts;
    this.lengths = parts.lengths;
    this.abandoned = parts.abandoned;
  }

  private compact(): void {
    const pool = new Uint8Array(Math.max(1 << 16, Math.ceil((this.used - this.abandoned) * 1.25)));
    let used = 0;
    for (let key = 0; key < this.lengths.length; key++) {
      const length = this.lengths[key]!;
      if (length === 0) continue;
      pool.set(this.pool.subarray(this.starts[key]!, this.starts[key]! + length), used);
      this.starts[key] = used;
      used += length;
    }
    this.pool = pool;
    this.used = used;
    this.abandoned = 0;
  }
}
