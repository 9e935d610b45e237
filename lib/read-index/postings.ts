/**
 * One posting list: the documents a word occurs in, ascending, each with its term frequency,
 * best field (0 = A title, 1 = B summary and names, 2 = C the rest) and positions (for phrases).
 * Stored in growable typed arrays: 12 bytes a posting plus 2 bytes a position, no object per
 * posting. Appends are amortised O(1) (the build); an edit inserts or removes in place.
 */
import { grown } from "./grown";

export const FIELD_A = 0;
export const FIELD_B = 1;
export const FIELD_C = 2;
/** Positions beyond this are clamped: phrase matching is exact within the first 65 535 words. */
const MAX_POSITION = 0xffff;

export class PostingList {
  length = 0;
  docs = new Int32Array(2);
  /** Term frequency << 2 | best field. */
  info = new Uint32Array(2);
  /** End offset of each posting's positions in `positions`. */
  ends = new Uint32Array(2);
  positions = new Uint16Array(4);

  /** Index of `doc`, or -1. */
  find(doc: number): number {
    let low = 0;
    let high = this.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const value = this.docs[mid]!;
      if (value === doc) return mid;
      if (value < doc) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  /** Adds or replaces the posting of `doc` (its positions: `positions[from..to)`). */
  put(doc: number, field: number, positions: ArrayLike<number>, from = 0, to = positions.length): void {
    const count = to - from;
    const last = this.length - 1;
    // Where the doc belongs: usually at the end (a build, or a new project: the highest number).
    const appending = last < 0 || this.docs[last]! < doc;
    if (!appending) this.remove(doc);
    let at = this.length;
    if (!appending && at > 0 && this.docs[at - 1]! > doc) {
      let low = 0;
      let high = this.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (this.docs[mid]! < doc) low = mid + 1;
        else high = mid;
      }
      at = low;
    }
    const positionsUsed = this.length === 0 ? 0 : this.ends[this.length - 1]!;
    if (this.length === this.docs.length) {
      this.docs = grown(this.docs, this.length + 1);
      this.info = grown(this.info, this.length + 1);
      this.ends = grown(this.ends, this.length + 1);
    }
    if (positionsUsed + count > this.positions.length) this.positions = grown(this.positions, positionsUsed + count);
    const positionsStart = at === 0 ? 0 : this.ends[at - 1]!;
    if (at < this.length) {
      this.docs.copyWithin(at + 1, at, this.length);
      this.info.copyWithin(at + 1, at, this.length);
      this.ends.copyWithin(at + 1, at, this.length);
      this.positions.copyWithin(positionsStart + count, positionsStart, positionsUsed);
      for (let i = at + 1; i <= this.length; i++) this.ends[i]! += count;
    }
    this.docs[at] = doc;
    this.info[at] = (Math.min(count, 0x3fffffff) << 2) | field;
    for (let i = 0; i < count; i++) this.positions[positionsStart + i] = Math.min(positions[from + i]!, MAX_POSITION);
    this.ends[at] = positionsStart + count;
    this.length++;
  }

  remove(doc: number): void {
    const at = this.find(doc);
    if (at === -1) return;
    const start = at === 0 ? 0 : this.ends[at - 1]!;
    const end = this.ends[at]!;
    const used = this.ends[this.length - 1]!;
    const removed = end - start;
    this.docs.copyWithin(at, at + 1, this.length);
    this.info.copyWithin(at, at + 1, this.length);
    this.ends.copyWithin(at, at + 1, this.length);
    this.positions.copyWithin(start, end, used);
    this.length--;
    for (let i = at; i < this.length; i++) this.ends[i]! -= removed;
  }

  /** Bytes held (capacity, not only the used part). */
  bytes(): number {
    return this.docs.byteLength + this.info.byteLength + this.ends.byteLength + this.positions.byteLength;
  }
}
