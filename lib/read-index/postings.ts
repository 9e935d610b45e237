/**
 * One posting list: the documents a word occurs in, ascending, each with its term frequency,
 * best field (0 = A title, 1 = B summary and names, 2 = C the rest) and positions (for phrases).
 * Stored in typed arrays: 10 bytes a posting plus 2 bytes a position, no object per posting.
 * A build lays every list out at once (`PostingsBuilder`), each list a view of a few shared
 * arrays; an edit inserts or removes in place, and a list that outgrows its view moves to arrays
 * of its own (amortised O(1) appends).
 */
import { grown } from "./grown";

export const FIELD_A = 0;
export const FIELD_B = 1;
export const FIELD_C = 2;
/** Positions beyond this are clamped: phrase matching is exact within the first 65 535 words. */
const MAX_POSITION = 0xffff;
/** Term frequencies beyond this are counted as this (their weight grows with the logarithm). */
const MAX_FREQUENCY = 0x3fff;
/** Term frequency and best field of a posting, in 16 bits. */
const infoOf = (count: number, field: number): number => (Math.min(count, MAX_FREQUENCY) << 2) | field;

export class PostingList {
  constructor(
    public length = 0,
    public docs: Int32Array = new Int32Array(2),
    /** Term frequency << 2 | best field. */
    public info: Uint16Array = new Uint16Array(2),
    /** End offset of each posting's positions in `positions`. */
    public ends: Uint32Array = new Uint32Array(2),
    public positions: Uint16Array = new Uint16Array(4),
  ) {}

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
    if (!appending) {
      const known = this.find(doc);
      if (known !== -1) {
        this.replace(known, field, positions, from, count);
        return;
      }
    }
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
    this.info[at] = infoOf(count, field);
    for (let i = 0; i < count; i++) this.positions[positionsStart + i] = clampedPosition(positions[from + i]!);
    this.ends[at] = positionsStart + count;
    this.length++;
  }

  /**
   * The posting at `at` anew. An edit mostly keeps a word's number of positions (a changed title
   * moves the positions after it, not their count): then nothing after it moves at all.
   */
  private replace(at: number, field: number, positions: ArrayLike<number>, from: number, count: number): void {
    const start = at === 0 ? 0 : this.ends[at - 1]!;
    const delta = count - (this.ends[at]! - start);
    if (delta !== 0) {
      const used = this.ends[this.length - 1]!;
      if (used + delta > this.positions.length) this.positions = grown(this.positions, used + delta);
      this.positions.copyWithin(start + count, start + count - delta, used);
      for (let i = at; i < this.length; i++) this.ends[i]! += delta;
    }
    this.info[at] = infoOf(count, field);
    for (let i = 0; i < count; i++) this.positions[start + i] = clampedPosition(positions[from + i]!);
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

const clampedPosition = (position: number): number => Math.min(position, MAX_POSITION);

/**
 * The postings of a whole build, collected doc by doc in the order the docs come (ascending) and
 * laid out word by word at the end: a posting per word per doc appended to one list each would
 * touch a hundred thousand lists at random, a cache miss or more per posting.
 */
export class PostingsBuilder {
  // Flat and growable, no array per doc: a build's many short-lived small arrays left the
  // allocator's memory fragmented long after they were gone.
  private docs = new Int32Array(1 << 10);
  private docCount = 0;
  /** The posting slots of doc number d (in `docs`) end at `docEnds[d]`. */
  private docEnds = new Int32Array(1 << 10);
  private words = new Int32Array(1 << 16);
  private counts = new Uint32Array(1 << 16);
  private fields = new Uint8Array(1 << 16);
  private infoCount = 0;
  private positions = new Uint16Array(1 << 16);
  private positionCount = 0;

  /**
   * The postings of `doc` (above every doc added before): for each of its distinct words
   * `words[slot]`, the field and the positions `grouped[starts[slot], starts[slot] + counts[slot])`.
   */
  add(
    doc: number,
    slots: number,
    words: ArrayLike<number>,
    fields: ArrayLike<number>,
    grouped: ArrayLike<number>,
    starts: ArrayLike<number>,
    counts: ArrayLike<number>,
  ): void {
    if (this.docCount && doc <= this.docs[this.docCount - 1]!)
      throw new Error("PostingsBuilder: docs must come in ascending order");
    if (this.docCount === this.docs.length) {
      this.docs = grown(this.docs, this.docCount + 1);
      this.docEnds = grown(this.docEnds, this.docCount + 1);
    }
    if (this.infoCount + slots > this.counts.length) {
      this.words = grown(this.words, this.infoCount + slots);
      this.counts = grown(this.counts, this.infoCount + slots);
      this.fields = grown(this.fields, this.infoCount + slots);
    }
    this.docs[this.docCount] = doc;
    this.docEnds[this.docCount++] = this.infoCount + slots;
    for (let slot = 0; slot < slots; slot++) {
      const count = counts[slot]!;
      this.words[this.infoCount] = words[slot]!;
      this.counts[this.infoCount] = count;
      this.fields[this.infoCount++] = fields[slot]!;
      if (this.positionCount + count > this.positions.length)
        this.positions = grown(this.positions, this.positionCount + count);
      const start = starts[slot]!;
      for (let i = 0; i < count; i++) this.positions[this.positionCount++] = clampedPosition(grouped[start + i]!);
    }
  }

  /** One list per word id below `words`, each a view of four shared arrays. */
  finish(words: number): PostingList[] {
    const postingsOf = new Int32Array(words + 1);
    const positionsOf = new Int32Array(words + 1);
    for (let k = 0; k < this.infoCount; k++) {
      postingsOf[this.words[k]! + 1]!++;
      positionsOf[this.words[k]! + 1]! += this.counts[k]!;
    }
    for (let word = 0; word < words; word++) {
      postingsOf[word + 1]! += postingsOf[word]!;
      positionsOf[word + 1]! += positionsOf[word]!;
    }
    const docs = new Int32Array(this.infoCount);
    const info = new Uint16Array(this.infoCount);
    const ends = new Uint32Array(this.infoCount);
    const positions = new Uint16Array(this.positionCount);
    const nextPosting = postingsOf.slice(0, words);
    const nextPosition = positionsOf.slice(0, words);
    let k = 0;
    let from = 0;
    for (let d = 0; d < this.docCount; d++) {
      const doc = this.docs[d]!;
      for (const end = this.docEnds[d]!; k < end; k++) {
        const word = this.words[k]!;
        const at = nextPosting[word]!++;
        const count = this.counts[k]!;
        docs[at] = doc;
        info[at] = infoOf(count, this.fields[k]!);
        let to = nextPosition[word]!;
        for (let i = 0; i < count; i++) positions[to++] = this.positions[from++]!;
        nextPosition[word] = to;
        ends[at] = to - positionsOf[word]!;
      }
    }
    return unpackLists({ docs, info, ends, positions, listStarts: postingsOf, positionStarts: positionsOf });
  }
}

/** Every list's postings one after another, and where each list starts (a snapshot of the index). */
export interface PackedLists {
  docs: Int32Array;
  info: Uint16Array;
  ends: Uint32Array;
  positions: Uint16Array;
  /** List w's postings are [listStarts[w], listStarts[w + 1]); its positions likewise in positionStarts. */
  listStarts: Int32Array;
  positionStarts: Int32Array;
}

export function packLists(lists: PostingList[]): PackedLists {
  const listStarts = new Int32Array(lists.length + 1);
  const positionStarts = new Int32Array(lists.length + 1);
  lists.forEach((list, w) => {
    listStarts[w + 1] = listStarts[w]! + (list?.length ?? 0);
    positionStarts[w + 1] = positionStarts[w]! + (list?.length ? list.ends[list.length - 1]! : 0);
  });
  const packed: PackedLists = {
    docs: new Int32Array(listStarts[lists.length]!),
    info: new Uint16Array(listStarts[lists.length]!),
    ends: new Uint32Array(listStarts[lists.length]!),
    positions: new Uint16Array(positionStarts[lists.length]!),
    listStarts,
    positionStarts,
  };
  lists.forEach((list, w) => {
    if (!list?.length) return;
    packed.docs.set(list.docs.subarray(0, list.length), listStarts[w]!);
    packed.info.set(list.info.subarray(0, list.length), listStarts[w]!);
    packed.ends.set(list.ends.subarray(0, list.length), listStarts[w]!);
    packed.positions.set(list.positions.subarray(0, list.ends[list.length - 1]!), positionStarts[w]!);
  });
  return packed;
}

/** The lists of a snapshot, each a view of its arrays (as after a build). */
export function unpackLists(packed: PackedLists): PostingList[] {
  const lists: PostingList[] = [];
  for (let w = 0; w + 1 < packed.listStarts.length; w++) {
    const start = packed.listStarts[w]!;
    const end = packed.listStarts[w + 1]!;
    lists.push(
      new PostingList(
        end - start,
        packed.docs.subarray(start, end),
        packed.info.subarray(start, end),
        packed.ends.subarray(start, end),
        packed.positions.subarray(packed.positionStarts[w]!, packed.positionStarts[w + 1]!),
      ),
    );
  }
  return lists;
}
