/**
 * Posting lists: for each word, the documents it occurs in, ascending, each with its term
 * frequency, best field (0 = A title, 1 = B summary and names, 2 = C the rest) and positions
 * (for phrases). 6 bytes a posting plus 2 bytes a position, in a few typed arrays that every
 * word shares (`Postings`): no object and no array per word. A list is a view made when a
 * query asks for it. A posting's positions are counted by its term frequency, so no offsets are
 * kept: a scan sums them as it goes.
 *
 * A build or a snapshot lays every list out at once. An edit that keeps a posting's number of
 * positions (a changed title moves the positions after it, not their count) writes in place; any
 * other moves that word's list to arrays of its own, its old place left unused until the next
 * build or start from a snapshot (which lays everything out again).
 */
import { grown } from "./grown";

export const FIELD_A = 0;
export const FIELD_B = 1;
export const FIELD_C = 2;
/** Positions beyond this are clamped: phrase matching is exact within the first 65 535 words. */
const MAX_POSITION = 0xffff;
/**
 * Occurrences of a word in one doc beyond this are neither counted (their weight grows with the
 * logarithm) nor kept as positions: a phrase is found among the first 16 383 of them.
 */
const MAX_OCCURRENCES = 0x3fff;
/** Term frequency and best field of a posting, in 16 bits. */
const infoOf = (occurrences: number, field: number): number => (occurrences << 2) | field;
/** How many positions a posting has (its term frequency), from its info. */
export const occurrencesOf = (info: number): number => info >>> 2;
const clampedPosition = (position: number): number => Math.min(position, MAX_POSITION);

export class PostingList {
  constructor(
    public length = 0,
    public docs: Int32Array = new Int32Array(2),
    /** Term frequency << 2 | best field. */
    public info: Uint16Array = new Uint16Array(2),
    /** Each posting's positions, one posting after another. */
    public positions: Uint16Array = new Uint16Array(4),
    /** How many of `positions` are in use. */
    public used = 0,
  ) {}

  /** Index of `doc`, or -1. */
  find(doc: number): number {
    const at = this.lowerBound(doc);
    return at < this.length && this.docs[at] === doc ? at : -1;
  }

  /** The first index whose doc is not below `doc`. */
  private lowerBound(doc: number): number {
    let low = 0;
    let high = this.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.docs[mid]! < doc) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Where posting `at`'s positions start: the occurrences summed from the nearer end (edits only). */
  private positionStart(at: number): number {
    const info = this.info;
    if (at <= this.length >> 1) {
      let start = 0;
      for (let i = 0; i < at; i++) start += occurrencesOf(info[i]!);
      return start;
    }
    let start = this.used;
    for (let i = at; i < this.length; i++) start -= occurrencesOf(info[i]!);
    return start;
  }

  /** Adds or replaces the posting of `doc` (its positions: `positions[from..to)`). */
  put(doc: number, field: number, positions: ArrayLike<number>, from = 0, to = positions.length): void {
    // Where the doc belongs: usually at the end (a build, or a new project: the highest number).
    const appending = this.length === 0 || this.docs[this.length - 1]! < doc;
    const at = appending ? this.length : this.lowerBound(doc);
    if (!appending && this.docs[at] === doc) {
      this.replace(at, field, positions, from, to);
      return;
    }
    const count = Math.min(to - from, MAX_OCCURRENCES);
    if (this.length === this.docs.length) {
      this.docs = grown(this.docs, this.length + 1);
      this.info = grown(this.info, this.length + 1);
    }
    if (this.used + count > this.positions.length) this.positions = grown(this.positions, this.used + count);
    const start = appending ? this.used : this.positionStart(at);
    if (at < this.length) {
      this.docs.copyWithin(at + 1, at, this.length);
      this.info.copyWithin(at + 1, at, this.length);
      this.positions.copyWithin(start + count, start, this.used);
    }
    this.docs[at] = doc;
    this.info[at] = infoOf(count, field);
    this.write(start, positions, from, count);
    this.length++;
    this.used += count;
  }

  /**
   * Replaces the posting of `doc` when it keeps its number of positions, in place: nothing
   * moves, so this is safe in arrays shared with other lists. False (and nothing changed) if not.
   */
  replaceInPlace(doc: number, field: number, positions: ArrayLike<number>, from: number, to: number): boolean {
    const at = this.find(doc);
    const count = Math.min(to - from, MAX_OCCURRENCES);
    if (at === -1 || occurrencesOf(this.info[at]!) !== count) return false;
    this.info[at] = infoOf(count, field);
    this.write(this.positionStart(at), positions, from, count);
    return true;
  }

  private replace(at: number, field: number, positions: ArrayLike<number>, from: number, to: number): void {
    const count = Math.min(to - from, MAX_OCCURRENCES);
    const start = this.positionStart(at);
    const delta = count - occurrencesOf(this.info[at]!);
    if (delta !== 0) {
      if (this.used + delta > this.positions.length) this.positions = grown(this.positions, this.used + delta);
      this.positions.copyWithin(start + count, start + count - delta, this.used);
      this.used += delta;
    }
    this.info[at] = infoOf(count, field);
    this.write(start, positions, from, count);
  }

  private write(start: number, positions: ArrayLike<number>, from: number, count: number): void {
    for (let i = 0; i < count; i++) this.positions[start + i] = clampedPosition(positions[from + i]!);
  }

  remove(doc: number): void {
    const at = this.find(doc);
    if (at === -1) return;
    const start = this.positionStart(at);
    const end = start + occurrencesOf(this.info[at]!);
    this.docs.copyWithin(at, at + 1, this.length);
    this.info.copyWithin(at, at + 1, this.length);
    this.positions.copyWithin(start, end, this.used);
    this.length--;
    this.used -= end - start;
  }

  /** A copy in arrays of its own, with room to grow. */
  copy(): PostingList {
    const room = (n: number) => n + Math.max(2, n >> 3);
    const docs = new Int32Array(room(this.length));
    const info = new Uint16Array(room(this.length));
    const positions = new Uint16Array(room(this.used));
    docs.set(this.docs.subarray(0, this.length));
    info.set(this.info.subarray(0, this.length));
    positions.set(this.positions.subarray(0, this.used));
    return new PostingList(this.length, docs, info, positions, this.used);
  }

  /** Bytes held (capacity, not only the used part). */
  bytes(): number {
    return this.docs.byteLength + this.info.byteLength + this.positions.byteLength;
  }
}

/** Every list's postings one after another, and where each list starts (a build, a snapshot). */
export interface PackedLists {
  docs: Int32Array;
  info: Uint16Array;
  positions: Uint16Array;
  /** List w's postings are [listStarts[w], listStarts[w + 1]); its positions likewise in positionStarts. */
  listStarts: Int32Array;
  positionStarts: Int32Array;
}

const EMPTY: PackedLists = {
  docs: new Int32Array(0),
  info: new Uint16Array(0),
  positions: new Uint16Array(0),
  listStarts: new Int32Array(1),
  positionStarts: new Int32Array(1),
};

/** The posting lists of every word: laid out together, and those edits moved (see the top). */
export class Postings {
  /** Lists edits moved out of `packed`, and those of words that came after it. */
  private readonly moved = new Map<number, PostingList>();

  constructor(private readonly packed: PackedLists = EMPTY) {}

  /** How many docs the word is in (no list made). */
  lengthOf(word: number): number {
    const moved = this.moved.get(word);
    if (moved) return moved.length;
    const starts = this.packed.listStarts;
    return word + 1 < starts.length ? starts[word + 1]! - starts[word]! : 0;
  }

  /** The word's list, or undefined when it is in no doc. Read it, never change it. */
  list(word: number): PostingList | undefined {
    const moved = this.moved.get(word);
    if (moved) return moved.length ? moved : undefined;
    return this.packedList(word);
  }

  /** Adds or replaces the posting of `doc` in the word's list (its positions: `positions[from..to)`). */
  put(word: number, doc: number, field: number, positions: ArrayLike<number>, from: number, to: number): void {
    let list = this.moved.get(word);
    if (!list) {
      const packed = this.packedList(word);
      if (packed?.replaceInPlace(doc, field, positions, from, to)) return;
      list = this.move(word, packed);
    }
    list.put(doc, field, positions, from, to);
  }

  remove(word: number, doc: number): void {
    const list = this.moved.get(word) ?? this.packedList(word);
    if (!list || list.find(doc) === -1) return;
    (this.moved.get(word) ?? this.move(word, list)).remove(doc);
  }

  /** Every list laid out together (for a snapshot): the arrays as they are when no edit moved one. */
  pack(): PackedLists {
    if (this.moved.size === 0) return this.packed;
    let words = this.packed.listStarts.length - 1;
    for (const word of this.moved.keys()) words = Math.max(words, word + 1);
    const listStarts = new Int32Array(words + 1);
    const positionStarts = new Int32Array(words + 1);
    for (let w = 0; w < words; w++) {
      const list = this.list(w);
      listStarts[w + 1] = listStarts[w]! + (list?.length ?? 0);
      positionStarts[w + 1] = positionStarts[w]! + (list?.used ?? 0);
    }
    const packed: PackedLists = {
      docs: new Int32Array(listStarts[words]!),
      info: new Uint16Array(listStarts[words]!),
      positions: new Uint16Array(positionStarts[words]!),
      listStarts,
      positionStarts,
    };
    for (let w = 0; w < words; w++) {
      const list = this.list(w);
      if (!list) continue;
      packed.docs.set(list.docs.subarray(0, list.length), listStarts[w]!);
      packed.info.set(list.info.subarray(0, list.length), listStarts[w]!);
      packed.positions.set(list.positions.subarray(0, list.used), positionStarts[w]!);
    }
    return packed;
  }

  /** Bytes held: the shared arrays whole (moved lists' old places included) and every moved list. */
  bytes(): number {
    const { docs, info, positions, listStarts, positionStarts } = this.packed;
    let bytes = docs.byteLength + info.byteLength + positions.byteLength;
    bytes += listStarts.byteLength + positionStarts.byteLength;
    for (const list of this.moved.values()) bytes += list.bytes();
    return bytes;
  }

  private packedList(word: number): PostingList | undefined {
    const { docs, info, positions, listStarts, positionStarts } = this.packed;
    if (word + 1 >= listStarts.length) return undefined;
    const start = listStarts[word]!;
    const end = listStarts[word + 1]!;
    if (start === end) return undefined;
    const from = positionStarts[word]!;
    const to = positionStarts[word + 1]!;
    return new PostingList(
      end - start,
      docs.subarray(start, end),
      info.subarray(start, end),
      positions.subarray(from, to),
      to - from,
    );
  }

  private move(word: number, packed: PostingList | undefined): PostingList {
    const list = packed ? packed.copy() : new PostingList();
    this.moved.set(word, list);
    return list;
  }
}

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
      const count = Math.min(counts[slot]!, MAX_OCCURRENCES);
      this.words[this.infoCount] = words[slot]!;
      this.counts[this.infoCount] = count;
      this.fields[this.infoCount++] = fields[slot]!;
      if (this.positionCount + count > this.positions.length)
        this.positions = grown(this.positions, this.positionCount + count);
      const start = starts[slot]!;
      for (let i = 0; i < count; i++) this.positions[this.positionCount++] = clampedPosition(grouped[start + i]!);
    }
  }

  /** The lists of every word id below `words`, laid out together. */
  finish(words: number): Postings {
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
      }
    }
    return new Postings({ docs, info, positions, listStarts: postingsOf, positionStarts: positionsOf });
  }
}
