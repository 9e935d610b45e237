/**
 * Phrase matching on posting lists: the docs where a form of each word of the phrase stands
 * right after a form of the one before.
 *
 * The phrase's rarest word gives the candidates: each doc it occurs in, with the phrase starts
 * its positions imply (word k at position p: the phrase would start at p − k). Every other word
 * is then one streaming pass over its lists that keeps a start only when the word stands at
 * start + its place — the starts only ever shrink, so nothing else is gathered, and a candidate
 * left without a start is skipped by the passes after it. Rarer words go first: they rule out
 * the most candidates for the least reading.
 */
import { TypedFastBitSet } from "typedfastbitset";
import { occurrencesOf, type PostingList } from "./postings";
import { docsInto } from "./value-sets";

/** One word of a phrase: its forms' posting lists and, to score a match, a factor per list. */
export interface PhraseWord {
  lists: PostingList[];
  /** Score per posting weight added for each list when the doc matches; null: no scoring. */
  factors: number[] | null;
}

/** Reused per-doc buffer (queries run one at a time): candidate number + 1 per doc, 0 for the rest. */
let numbering = new Int32Array(0);

/**
 * The per-candidate and per-start arrays, reused by every phrase as `numbering` is: a phrase of
 * common words at national scale made a dozen megabytes of them a query, and the collections
 * that followed paused the searches after it.
 */
const reused = new Map<string, Int32Array | Float64Array>();

function buffer<T extends Int32Array | Float64Array>(name: string, make: (length: number) => T, length: number): T {
  let array = reused.get(name) as T | undefined;
  if (!array || array.length < length) reused.set(name, (array = make(Math.ceil(length * 1.25))));
  return array.subarray(0, length) as T;
}
const ints = (name: string, length: number) => buffer(name, (n) => new Int32Array(n), length).fill(0);

/**
 * The docs matching the phrase; adds factor × `weight(posting)` to `scores` for every posting of
 * the phrase's words in a matching doc (when the words have factors).
 */
export function phraseDocs(
  words: PhraseWord[],
  docCount: number,
  scores: Float32Array,
  weight: (info: number) => number,
): TypedFastBitSet {
  const found = new TypedFastBitSet();
  if (words.some((w) => w.lists.length === 0)) return found;
  if (numbering.length < docCount) numbering = new Int32Array(Math.ceil(docCount * 1.25));
  const places = words.map((_, place) => place).sort((a, b) => postingsOf(words[a]!) - postingsOf(words[b]!));
  const candidates = Candidates.of(words[places[0]!]!, places[0]!, numbering, weight);
  try {
    for (let step = 1; step < places.length && candidates.left > 0; step++)
      candidates.keepWhere(words[places[step]!]!, places[step]!, step, weight);
    candidates.collect(places.length - 1, found, words.every((w) => w.factors) ? scores : null);
  } finally {
    candidates.clear();
  }
  return found;
}

function postingsOf(word: PhraseWord): number {
  return word.lists.reduce((n, l) => n + l.length, 0);
}

/**
 * The candidate docs of a phrase, each with its possible phrase starts. (The passes over the
 * lists are functions of their own, one list a call: a function whose long loop V8 optimises
 * while it runs keeps too little type feedback for the code after the loop, and bailed out of
 * its optimised code on every call — twice the time.)
 */
class Candidates {
  /** How many candidates are still alive. */
  left: number;

  private constructor(
    /** The doc of candidate c. */
    readonly docs: Int32Array,
    readonly count: number,
    private readonly starts: Starts,
    /** The step up to which a candidate has kept a start. */
    private readonly aliveTo: Int32Array,
    /** The candidate's posting scores summed (meaningful for candidates alive at the end). */
    readonly score: Float64Array,
    private readonly numbers: Int32Array,
  ) {
    this.left = count;
  }

  /** The docs of `word` (at `place` in the phrase) numbered in `numbers`, with their starts and scores. */
  static of(word: PhraseWord, place: number, numbers: Int32Array, weight: (info: number) => number): Candidates {
    // Numbered in doc order, so that every later pass (over lists in doc order) reads the
    // candidates' arrays front to back.
    const marked = new TypedFastBitSet();
    marked.resize(numbers.length);
    for (const list of word.lists) markDocs(list, marked.words);
    const count = marked.size();
    const docs = buffer("docs", (n) => new Int32Array(n), count);
    docsInto(marked, docs);
    numberAll(docs, numbers);
    // Starts per candidate: counted (at [c + 1]), summed into offsets, then filled.
    const startAt = ints("startAt", count + 1);
    for (const list of word.lists) countPositions(list, numbers, startAt);
    runningSum(startAt, count + 1);
    const starts: Starts = {
      at: startAt,
      start: ints("start", startAt[count]!),
      heldTo: ints("heldTo", startAt[count]!),
    };
    const fill = buffer("fill", (n) => new Int32Array(n), count);
    fill.set(startAt.subarray(0, count));
    const score = buffer("score", (n) => new Float64Array(n), count).fill(0);
    word.lists.forEach((list, f) => {
      fillStarts(list, place, word.factors?.[f] ?? 0, weight, numbers, fill, starts.start, score);
    });
    return new Candidates(docs, count, starts, ints("aliveTo", count), score, numbers);
  }

  /** Adds the candidates alive after the last step to `found`, and their scores to `scores` (when given). */
  collect(lastStep: number, found: TypedFastBitSet, scores: Float32Array | null): void {
    const { docs, aliveTo, score } = this;
    for (let c = 0; c < this.count; c++) {
      if (aliveTo[c] !== lastStep) continue;
      found.add(docs[c]!);
      if (scores) scores[docs[c]!]! += score[c]!;
    }
  }

  /** Leaves the doc numbering clean for the next phrase. */
  clear(): void {
    for (let c = 0; c < this.count; c++) this.numbers[this.docs[c]!] = 0;
  }

  /**
   * Step `step`: keeps the starts (held through the step before) where `word` stands at its
   * `place`; adds the word's posting scores to the candidates still alive.
   */
  keepWhere(word: PhraseWord, place: number, step: number, weight: (info: number) => number): void {
    word.lists.forEach((list, f) => {
      keepInList(
        list,
        place,
        step,
        word.factors?.[f] ?? 0,
        weight,
        this.numbers,
        this.starts,
        this.aliveTo,
        this.score,
      );
    });
    this.left = countOf(this.aliveTo, this.count, step);
  }
}

function runningSum(values: Int32Array, length: number): void {
  for (let i = 1; i < length; i++) values[i]! += values[i - 1]!;
}

function countOf(values: Int32Array, length: number, value: number): number {
  let n = 0;
  for (let i = 0; i < length; i++) if (values[i] === value) n++;
  return n;
}

/** Candidate c's starts are start[at[c] .. at[c + 1]); heldTo: the step up to which each has held. */
interface Starts {
  at: Int32Array;
  start: Int32Array;
  heldTo: Int32Array;
}

function markDocs(list: PostingList, words: Uint32Array): void {
  const { docs, length } = list;
  for (let i = 0; i < length; i++) words[docs[i]! >>> 5]! |= 1 << docs[i]!;
}

/** Candidate c is docs[c]: numbers[docs[c]] = c + 1. */
function numberAll(docs: Int32Array, numbers: Int32Array): void {
  for (let c = 0; c < docs.length; c++) numbers[docs[c]!] = c + 1;
}

/** Counts each candidate's positions in the list at startAt[c + 1]. */
function countPositions(list: PostingList, numbers: Int32Array, startAt: Int32Array): void {
  const { docs, info, length } = list;
  for (let i = 0, end = 0; i < length; i++) {
    const start = end;
    end += occurrencesOf(info[i]!);
    startAt[numbers[docs[i]!]!]! += end - start;
  }
}

function fillStarts(
  list: PostingList,
  place: number,
  factor: number,
  weight: (info: number) => number,
  numbers: Int32Array,
  fill: Int32Array,
  start: Int32Array,
  score: Float64Array,
): void {
  const { docs, info, positions, length } = list;
  for (let i = 0, end = 0; i < length; i++) {
    const from = end;
    end += occurrencesOf(info[i]!);
    const c = numbers[docs[i]!]! - 1;
    for (let k = from; k < end; k++) start[fill[c]!++] = positions[k]! - place;
    if (factor) score[c]! += factor * weight(info[i]!);
  }
}

function keepInList(
  list: PostingList,
  place: number,
  step: number,
  factor: number,
  weight: (info: number) => number,
  numbers: Int32Array,
  starts: Starts,
  aliveTo: Int32Array,
  score: Float64Array,
): void {
  const { docs, info, positions, length } = list;
  const { at, start, heldTo } = starts;
  for (let i = 0, end = 0; i < length; i++) {
    const from = end;
    end += occurrencesOf(info[i]!);
    const c = numbers[docs[i]!]! - 1;
    if (c < 0 || aliveTo[c]! < step - 1) continue;
    if (factor) score[c]! += factor * weight(info[i]!);
    const first = at[c]!;
    const last = at[c + 1]!;
    // A few positions against a few starts: compared pairwise. More (a word repeated all over
    // a long text, `"ja ja"`): the starts marked by value first, so the work stays linear.
    if ((end - from) * (last - first) > 16) {
      keepMarked(positions, from, end, place, step, c, first, last, starts, aliveTo);
      continue;
    }
    for (let k = from; k < end; k++) {
      const phraseStart = positions[k]! - place;
      for (let e = first; e < last; e++) {
        if (start[e] === phraseStart && heldTo[e]! >= step - 1) {
          heldTo[e] = step;
          aliveTo[c] = step;
        }
      }
    }
  }
}

/** Per start value (positions are 16-bit): the stamp of the posting that marked it, and its entry. */
const marks = { stamp: new Int32Array(1 << 16), entry: new Int32Array(1 << 16), last: 0 };

/** `keepInList` for one posting of candidate c, through marks: linear in its starts and positions. */
function keepMarked(
  positions: Uint16Array,
  from: number,
  end: number,
  place: number,
  step: number,
  c: number,
  first: number,
  last: number,
  starts: Starts,
  aliveTo: Int32Array,
): void {
  const { start, heldTo } = starts;
  if (marks.last === 0x7fffffff) {
    marks.stamp.fill(0);
    marks.last = 0;
  }
  const stamp = ++marks.last;
  // A start below 0 can never be a phrase's; one value may come twice (a hyphenated word and
  // its part share a position): either entry carries it on.
  for (let e = first; e < last; e++) {
    const value = start[e]!;
    if (value >= 0 && heldTo[e]! >= step - 1) {
      marks.stamp[value] = stamp;
      marks.entry[value] = e;
    }
  }
  for (let k = from; k < end; k++) {
    const value = positions[k]! - place;
    if (value < 0 || marks.stamp[value] !== stamp) continue;
    heldTo[marks.entry[value]!] = step;
    aliveTo[c] = step;
  }
}
