/**
 * Phrase matching on posting lists: the docs where a form of each word of the phrase stands
 * right after a form of the one before.
 *
 * The docs of the phrase's rarest word are numbered; every word's postings in those docs are
 * then grouped by doc (a counting sort, two streaming passes over its lists), so each candidate
 * doc is checked from its own few postings — never by probing every form's list for every doc.
 */
import { TypedFastBitSet } from "typedfastbitset";
import type { PostingList } from "./postings";

/** One word of a phrase: its forms' posting lists and, to score a match, a factor per list. */
export interface PhraseWord {
  lists: PostingList[];
  /** Score per posting weight added for each list when the doc matches; null: no scoring. */
  factors: number[] | null;
}

/** Per posting of a candidate doc: which list and which posting; grouped by the doc's number. */
interface Grouped {
  start: Int32Array;
  list: Int32Array;
  posting: Int32Array;
}

let numbers = new Int32Array(0);
let marks = [new Int32Array(65536), new Int32Array(65536)];
let stamp = 0;

/**
 * The docs matching the phrase; adds `weight(posting)` × factor to `scores` for every posting of
 * the phrase's words in a matching doc (when the words have factors).
 */
export function phraseDocs(words: PhraseWord[], docCount: number, scores: Float32Array, weight: (info: number) => number): TypedFastBitSet {
  const found = new TypedFastBitSet();
  if (words.some((w) => w.lists.length === 0)) return found;
  if (numbers.length < docCount) numbers = new Int32Array(Math.ceil(docCount * 1.25));
  const rarest = words.reduce((a, b) => (postingsOf(b) < postingsOf(a) ? b : a));
  const candidates: number[] = [];
  for (const list of rarest.lists) {
    for (let i = 0; i < list.length; i++) {
      const doc = list.docs[i]!;
      if (numbers[doc] === 0) numbers[doc] = candidates.push(doc);
    }
  }
  try {
    const grouped = words.map((w) => group(w.lists, candidates.length));
    for (let c = 0; c < candidates.length; c++) {
      if (!matches(words, grouped, c)) continue;
      const doc = candidates[c]!;
      found.add(doc);
      words.forEach((w, n) => {
        if (!w.factors) return;
        const g = grouped[n]!;
        for (let e = g.start[c]!; e < g.start[c + 1]!; e++) scores[doc]! += w.factors[g.list[e]!]! * weight(w.lists[g.list[e]!]!.info[g.posting[e]!]!);
      });
    }
  } finally {
    for (const doc of candidates) numbers[doc] = 0;
  }
  return found;
}

function postingsOf(word: PhraseWord): number {
  return word.lists.reduce((n, l) => n + l.length, 0);
}

/** The postings of `lists` in the numbered docs, grouped by candidate (numbers are index + 1). */
function group(lists: PostingList[], count: number): Grouped {
  // start[c + 1] first counts candidate c's postings, then (summed) ends them.
  const start = new Int32Array(count + 1);
  for (const l of lists) for (let i = 0; i < l.length; i++) start[numbers[l.docs[i]!]!]! += 1;
  start[0] = 0; // postings of docs without a number were counted there
  for (let c = 1; c <= count; c++) start[c]! += start[c - 1]!;
  const list = new Int32Array(start[count]!);
  const posting = new Int32Array(start[count]!);
  const fill = start.slice(0, count);
  lists.forEach((l, f) => {
    for (let i = 0; i < l.length; i++) {
      const n = numbers[l.docs[i]!]!;
      if (n === 0) continue;
      const at = fill[n - 1]!++;
      list[at] = f;
      posting[at] = i;
    }
  });
  return { start, list, posting };
}

/** Whether candidate `c` has the words at consecutive positions. */
function matches(words: PhraseWord[], grouped: Grouped[], c: number): boolean {
  if (stamp > 0x3fffffff) {
    marks = [new Int32Array(65536), new Int32Array(65536)];
    stamp = 0;
  }
  let previous = 0;
  for (let n = 0; n < words.length; n++) {
    const current = ++stamp;
    const into = marks[current & 1]!;
    const from = marks[previous & 1]!;
    const g = grouped[n]!;
    const lists = words[n]!.lists;
    let any = false;
    for (let e = g.start[c]!; e < g.start[c + 1]!; e++) {
      const list = lists[g.list[e]!]!;
      const i = g.posting[e]!;
      for (let k = i === 0 ? 0 : list.ends[i - 1]!; k < list.ends[i]!; k++) {
        const p = list.positions[k]!;
        // The first word may stand anywhere; a later one right after the phrase so far.
        if (n === 0 || (p > 0 && from[p - 1] === previous)) {
          into[p] = current;
          any = true;
        }
      }
    }
    if (!any) return false;
    previous = current;
  }
  return true;
}
