/**
 * Phrase matching on posting lists: the docs where a form of each word of the phrase stands
 * right after a form of the one before.
 *
 * The docs of the phrase's rarest word are numbered as candidates; every word's positions in
 * those docs are then gathered by candidate (a counting sort: two streaming passes over its
 * lists), so each candidate is checked from its own few positions — never by probing every
 * form's list for every doc.
 */
import { TypedFastBitSet } from "typedfastbitset";
import type { PostingList } from "./postings";

/** One word of a phrase: its forms' posting lists and, to score a match, a factor per list. */
export interface PhraseWord {
  lists: PostingList[];
  /** Score per posting weight added for each list when the doc matches; null: no scoring. */
  factors: number[] | null;
}

/** One word's positions and posting scores in the candidate docs, grouped by candidate. */
interface Gathered {
  /** Candidate c's positions are positions[positionStart[c] .. positionStart[c + 1]). */
  positionStart: Int32Array;
  positions: Uint16Array;
  /** Candidate c's posting scores (in list order) are scores[scoreStart[c] .. scoreStart[c + 1]). */
  scoreStart: Int32Array;
  scores: Float64Array;
}

/** Reused per-doc and per-position buffers (queries run one at a time). */
const scratch = {
  /** Candidate number + 1 per doc, 0 for the rest; cleared after each phrase. */
  numbers: new Int32Array(0),
  /** Position stamps of the last two steps (see `matches`). */
  marks: [new Int32Array(65536), new Int32Array(65536)],
  stamp: 0,
};

/**
 * The docs matching the phrase; adds factor × `weight(posting)` to `scores` for every posting of
 * the phrase's words in a matching doc (when the words have factors).
 */
export function phraseDocs(words: PhraseWord[], docCount: number, scores: Float32Array, weight: (info: number) => number): TypedFastBitSet {
  const found = new TypedFastBitSet();
  if (words.some((w) => w.lists.length === 0)) return found;
  if (scratch.numbers.length < docCount) scratch.numbers = new Int32Array(Math.ceil(docCount * 1.25));
  const numbers = scratch.numbers;
  const rarest = words.reduce((a, b) => (postingsOf(b) < postingsOf(a) ? b : a));
  const candidates: number[] = [];
  for (const list of rarest.lists) {
    for (let i = 0; i < list.length; i++) {
      const doc = list.docs[i]!;
      if (numbers[doc] === 0) numbers[doc] = candidates.push(doc);
    }
  }
  try {
    const gathered = words.map((w) => gather(w, numbers, candidates.length, weight));
    for (let c = 0; c < candidates.length; c++) {
      if (!matches(gathered, c)) continue;
      const doc = candidates[c]!;
      found.add(doc);
      for (let n = 0; n < words.length; n++) {
        if (!words[n]!.factors) continue;
        const g = gathered[n]!;
        for (let e = g.scoreStart[c]!; e < g.scoreStart[c + 1]!; e++) scores[doc]! += g.scores[e]!;
      }
    }
  } finally {
    for (const doc of candidates) numbers[doc] = 0;
  }
  return found;
}

function postingsOf(word: PhraseWord): number {
  return word.lists.reduce((n, l) => n + l.length, 0);
}

/** A word's positions and posting scores in the numbered docs, by candidate. */
function gather(word: PhraseWord, numbers: Int32Array, count: number, weight: (info: number) => number): Gathered {
  // [c + 1] first counts candidate c's positions (postings), then, summed, ends them.
  const positionStart = new Int32Array(count + 1);
  const scoreStart = new Int32Array(count + 1);
  for (const list of word.lists) {
    const { docs, ends, length } = list;
    for (let i = 0, end = 0; i < length; i++) {
      const start = end;
      end = ends[i]!;
      const n = numbers[docs[i]!]!;
      if (n === 0) continue;
      positionStart[n]! += end - start;
      scoreStart[n]!++;
    }
  }
  for (let c = 1; c <= count; c++) {
    positionStart[c]! += positionStart[c - 1]!;
    scoreStart[c]! += scoreStart[c - 1]!;
  }
  const positions = new Uint16Array(positionStart[count]!);
  const scores = new Float64Array(scoreStart[count]!);
  const positionFill = positionStart.slice(0, count);
  const scoreFill = scoreStart.slice(0, count);
  for (let f = 0; f < word.lists.length; f++) {
    const { docs, ends, info, positions: listPositions, length } = word.lists[f]!;
    const factor = word.factors?.[f] ?? 0;
    for (let i = 0, end = 0; i < length; i++) {
      const start = end;
      end = ends[i]!;
      const n = numbers[docs[i]!]!;
      if (n === 0) continue;
      let at = positionFill[n - 1]!;
      for (let k = start; k < end; k++) positions[at++] = listPositions[k]!;
      positionFill[n - 1] = at;
      scores[scoreFill[n - 1]!++] = factor ? factor * weight(info[i]!) : 0;
    }
  }
  return { positionStart, positions, scoreStart, scores };
}

/**
 * Whether candidate `c` has the words at consecutive positions. A step stamps the positions
 * where the phrase so far ends; the next step reads the previous stamp at position − 1. Two
 * arrays alternate so that a step never reads what it has just written; stamps only grow, so
 * nothing is ever cleared.
 */
function matches(gathered: Gathered[], c: number): boolean {
  if (scratch.stamp > 0x3fffffff) {
    scratch.marks = [new Int32Array(65536), new Int32Array(65536)];
    scratch.stamp = 0;
  }
  let previous = 0;
  for (let n = 0; n < gathered.length; n++) {
    const current = ++scratch.stamp;
    const into = scratch.marks[current & 1]!;
    const from = scratch.marks[previous & 1]!;
    const { positionStart, positions } = gathered[n]!;
    let any = false;
    for (let k = positionStart[c]!, end = positionStart[c + 1]!; k < end; k++) {
      const p = positions[k]!;
      // The first word may stand anywhere; a later one right after the phrase so far.
      if (n === 0 || (p > 0 && from[p - 1] === previous)) {
        into[p] = current;
        any = true;
      }
    }
    if (!any) return false;
    previous = current;
  }
  return true;
}
