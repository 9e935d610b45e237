/**
 * The corpus lexicon: every word the indexed texts contain, with the lookups that Finnish query
 * expansion needs (ADR 0004, 0007). A query word reaches the corpus words that
 *   1. equal it (`exact`);
 *   2. start with its Snowball stem cut by two letters, so gradated forms are found
 *      (`kotihoito` → `kotiho…` reaches `kotihoidon`; `inflection`);
 *   3. contain that stem, or at least five letters of the word, for compound parts
 *      (`väkivalta` → `asiakasväkivaltaan`, `hyvinvointi` → `työhyvinvoinnin`; `part`);
 *   4. are one edit away, for typos in words of six letters or more (`typo`).
 * A query word without ä, ö or å also matches the words that have them (`tyoterveyshuolto` →
 * `työterveyshuollon`). There is no cap: every form the corpus has is reached.
 *
 * Words are kept in insertion order in one newline-joined string (and its folded twin), so that
 * prefix and substring lookups are a few `indexOf` scans, fast even for a national lexicon.
 */
import { newStemmer } from "snowball-stemmers";
import { grown } from "./grown";
import { fold, hasDiacritics } from "./tokens";

export type MatchKind = "exact" | "inflection" | "part" | "typo";

export interface Expansion {
  word: number;
  kind: MatchKind;
}

/** Query words whose expansions are kept until the lexicon changes. */
const MAX_CACHED_EXPANSIONS = 5000;
const KIND_ORDER: Record<MatchKind, number> = { exact: 0, inflection: 1, part: 2, typo: 3 };
const stemmer = newStemmer("finnish");

export class Lexicon {
  private readonly words: string[] = [];
  private readonly foldedWords: string[] = [];
  private readonly foldedIds = new Map<string, number[]>();
  private readonly byLength = new Map<number, number[]>();
  /** Start offset of each word in `joined` (and `foldedJoined`: folding keeps lengths). */
  private readonly offsets: number[] = [];
  private joined = "\n";
  private foldedJoined = "\n";

  get size(): number {
    return this.words.length;
  }

  word(id: number): string {
    return this.words[id]!;
  }

  id(word: string): number | undefined {
    const id = this.find(word, 0, word.length, hashOfUnits(word, 0, word.length));
    return id === -1 ? undefined : id;
  }

  has = (word: string): boolean => this.find(word, 0, word.length, hashOfUnits(word, 0, word.length)) !== -1;

  /** The id of the word `text[from, to)`, or -1 when the corpus does not have it. */
  lookup(text: string, from: number, to: number): number {
    return this.find(text, from, to, hashOfUnits(text, from, to));
  }

  /** The id of `word`, added if new. */
  add(word: string): number {
    return this.intern(word, 0, word.length);
  }

  // The words by their code units, so that the build turns a range of a text into a word id
  // without first making a string of it: an open-addressing table of (hash, id + 1) pairs (0 is
  // empty) beside one pool of every word's code units, compact enough to stay in the caches.
  private table = new Int32Array(2 << 12);
  /** The last word found per hot slot (-1: none) and its hash (see `find`). */
  private readonly hotIds = new Int32Array(HOT_MASK + 1).fill(-1);
  private readonly hotHashes = new Int32Array(HOT_MASK + 1);
  private units = new Uint16Array(1 << 16);
  /** Where each word's code units start in `units` (its end: the next word's start). */
  private unitStarts = new Int32Array(1 << 10).fill(0);

  /** The id of the word `text[from, to)`, added if new. */
  intern(text: string, from: number, to: number): number {
    const hash = hashOfUnits(text, from, to);
    const known = this.find(text, from, to, hash);
    // The rare new word in a method of its own: this one runs for every token of a build.
    return known !== -1 ? known : this.addNew(text, from, to, hash);
  }

  private addNew(text: string, from: number, to: number, hash: number): number {
    const id = this.words.length;
    const start = this.unitStarts[id]!;
    if (start + to - from > this.units.length) this.units = grown(this.units, start + to - from);
    for (let i = from; i < to; i++) this.units[start + i - from] = text.charCodeAt(i);
    if (id + 2 > this.unitStarts.length) this.unitStarts = grown(this.unitStarts, id + 2);
    this.unitStarts[id + 1] = start + to - from;
    // A string of its own: a slice of a long text would keep the whole text alive.
    const word =
      from === 0 && to === text.length ? text : String.fromCharCode(...this.units.subarray(start, start + to - from));
    this.words.push(word);
    if ((id + 1) * 4 > this.table.length) this.rehash(this.table.length * 2);
    else this.place(hash, id);
    const folded = fold(word);
    this.foldedWords.push(folded);
    const same = this.foldedIds.get(folded);
    if (same) same.push(id);
    else this.foldedIds.set(folded, [id]);
    const bucket = this.byLength.get(word.length);
    if (bucket) bucket.push(id);
    else this.byLength.set(word.length, [id]);
    this.offsets.push(this.joined.length);
    this.expanded.clear();
    this.splits.clear();
    this.joined += `${word}\n`;
    this.foldedJoined += `${folded}\n`;
    return id;
  }

  private find(text: string, from: number, to: number, hash: number): number {
    // The frequent words first, from a small direct-mapped table that stays in the nearest
    // caches: a few thousand words are most of a corpus's tokens, and a probe of the full
    // table costs a cache miss or two per token.
    const hot = (hash ^ (hash >>> 13)) & HOT_MASK;
    const hotId = this.hotIds[hot]!;
    if (hotId !== -1 && this.hotHashes[hot] === hash && this.holds(hotId, text, from, to)) return hotId;
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = table[2 * slot + 1]!;
      if (entry === 0) return -1;
      if (table[2 * slot] !== hash || !this.holds(entry - 1, text, from, to)) continue;
      this.hotIds[hot] = entry - 1;
      this.hotHashes[hot] = hash;
      return entry - 1;
    }
  }

  /** Whether word `id` is `text[from, to)`. */
  private holds(id: number, text: string, from: number, to: number): boolean {
    const start = this.unitStarts[id]!;
    const length = to - from;
    if (this.unitStarts[id + 1]! - start !== length) return false;
    const units = this.units;
    for (let i = 0; i < length; i++) if (units[start + i] !== text.charCodeAt(from + i)) return false;
    return true;
  }

  private place(hash: number, id: number): void {
    const mask = (this.table.length >> 1) - 1;
    let slot = hash & mask;
    while (this.table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    this.table[2 * slot] = hash;
    this.table[2 * slot + 1] = id + 1;
  }

  private rehash(size: number): void {
    this.table = new Int32Array(size);
    for (let id = 0; id < this.words.length; id++) {
      const start = this.unitStarts[id]!;
      this.place(hashOfUnits(this.words[id]!, 0, this.unitStarts[id + 1]! - start), id);
    }
  }

  /** Expansions already computed for this lexicon (cleared whenever a word is added). */
  private readonly expanded = new Map<string, Expansion[]>();

  /** Every corpus word the query word reaches, best first (exact, inflection, part, typo). */
  expand(queryWord: string): Expansion[] {
    const known = this.expanded.get(queryWord);
    if (known) return known;
    const found = this.computeExpansions(queryWord);
    if (this.expanded.size >= MAX_CACHED_EXPANSIONS) this.expanded.delete(this.expanded.keys().next().value!);
    this.expanded.set(queryWord, found);
    return found;
  }

  private computeExpansions(queryWord: string): Expansion[] {
    const word = queryWord.normalize("NFC").toLowerCase();
    // Without diacritics the word may have been typed without them: match on folded letters.
    const folded = !hasDiacritics(word);
    const found = new Map<number, MatchKind>();
    const note = (id: number, kind: MatchKind) => {
      if (!found.has(id)) found.set(id, kind);
    };

    for (const id of folded ? (this.foldedIds.get(word) ?? []) : [this.id(word)].filter((x) => x !== undefined))
      note(id, "exact");
    const hasDigit = /\d/.test(word);
    const prefix = prefixKey(word);
    for (const id of this.starting(prefix, folded)) {
      // A short stem reaches inflections only, not longer words that merely begin the same way
      // (posio → posiolla, not positiivinen); numbers and codes match by prefix.
      if (prefix.length >= 7 || hasDigit || this.words[id]!.length <= word.length + 6) note(id, "inflection");
    }
    const part = partKey(word, prefix);
    if (part) for (const id of this.containing(part, folded)) note(id, "part");
    if (word.length >= 6 && !hasDigit) {
      for (let length = word.length - 1; length <= word.length + 1; length++) {
        for (const id of this.byLength.get(length) ?? []) {
          if (!found.has(id) && withinOneEdit(folded ? this.foldedWords[id]! : this.words[id]!, word)) note(id, "typo");
        }
      }
    }
    return [...found]
      .map(([id, kind]) => ({ word: id, kind }))
      .sort(
        (a, b) =>
          KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
          this.words[a.word]!.length - this.words[b.word]!.length ||
          a.word - b.word,
      );
  }

  private readonly splits = new Map<string, [string, string] | null>();

  /** A split of a compound query word into two parts the corpus knows (`korona` + `pandemia`). */
  splitCompound(queryWord: string): [string, string] | null {
    if (this.splits.has(queryWord)) return this.splits.get(queryWord)!;
    const split = this.findSplit(queryWord.toLowerCase());
    if (this.splits.size >= MAX_CACHED_EXPANSIONS) this.splits.delete(this.splits.keys().next().value!);
    this.splits.set(queryWord, split);
    return split;
  }

  /**
   * Head and tail of a compound query word, each a word of the corpus: the head (four letters
   * or more: a three-letter head such as `työ` would match nearly every text) a corpus word itself
   * or, from five letters on, the start of one a few letters longer (`korona` of `koronan`); the
   * tail from six letters on, the word itself or one of its inflections. Bare prefixes and
   * suffixes such as `joht` or `minen` of `johtaminen` are not parts.
   */
  private findSplit(word: string): [string, string] | null {
    if (word.length < 8 || /\d/.test(word)) return null;
    const folded = !hasDiacritics(word);
    const known = (w: string) => (folded ? this.foldedIds.has(w) : this.has(w));
    for (let i = 4; i <= word.length - TAIL_MIN; i++) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      const headKnown =
        known(head) ||
        (head.length >= 5 && this.startsAny(head, folded, (id) => this.words[id]!.length <= head.length + 4));
      if (headKnown && this.hasInflection(tail, folded)) return [head, tail];
    }
    return null;
  }

  /** True when the corpus has the word itself or one of its inflections (no part or typo scan). */
  private hasInflection(word: string, folded: boolean): boolean {
    if (folded ? this.foldedIds.has(word) : this.has(word)) return true;
    const prefix = prefixKey(word);
    return (
      prefix.length >= 4 &&
      this.startsAny(prefix, folded, (id) => prefix.length >= 7 || this.words[id]!.length <= word.length + 6)
    );
  }

  /** The corpus word closest to `word` (at most two edits), for "did you mean". */
  closest(word: string, isUseful: (id: number) => boolean): string | null {
    let best: { id: number; distance: number } | null = null;
    for (let length = Math.max(1, word.length - 2); length <= word.length + 2; length++) {
      for (const id of this.byLength.get(length) ?? []) {
        const candidate = this.words[id]!;
        if (candidate === word || !isUseful(id)) continue;
        const distance = editDistance(candidate, word, 2);
        if (distance <= 2 && (!best || distance < best.distance)) best = { id, distance };
      }
    }
    return best ? this.words[best.id]! : null;
  }

  /** Ids of the words starting with `prefix`. */
  private starting(prefix: string, folded: boolean): number[] {
    const ids: number[] = [];
    this.scanStarting(prefix, folded, (id) => {
      ids.push(id);
      return false;
    });
    return ids;
  }

  /** Whether some word starting with `prefix` passes `test` (stops at the first). */
  private startsAny(prefix: string, folded: boolean, test: (id: number) => boolean): boolean {
    return this.scanStarting(prefix, folded, test);
  }

  /** Visits the words starting with `prefix` until `visit` returns true; says whether it did. */
  private scanStarting(prefix: string, folded: boolean, visit: (id: number) => boolean): boolean {
    const text = folded ? this.foldedJoined : this.joined;
    const needle = `\n${folded ? fold(prefix) : prefix}`;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1))
      if (visit(this.wordAt(at + 1))) return true;
    return false;
  }

  /** Ids of the words containing `part`. */
  private containing(part: string, folded: boolean): number[] {
    const text = folded ? this.foldedJoined : this.joined;
    const needle = folded ? fold(part) : part;
    const ids: number[] = [];
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      const id = this.wordAt(at);
      if (ids[ids.length - 1] !== id) ids.push(id);
    }
    return ids;
  }

  /** The word whose text covers offset `at` of the joined string. */
  private wordAt(at: number): number {
    let low = 0;
    let high = this.offsets.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.offsets[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

/** Snowball stem cut before the letters consonant gradation changes; whole for short words and codes. */
/** The shortest tail a compound query word is split off with: shorter ones are often suffixes (`-minen`). */
const TAIL_MIN = 6;

export function prefixKey(word: string): string {
  if (/\d/.test(word) || word.length <= 4) return word;
  const stem = stemmer.stem(word) || word;
  return stem.slice(0, Math.max(4, stem.length - 2));
}

/** What a compound must contain to hold the word as a part; null for short words and codes. */
function partKey(word: string, prefix: string): string | null {
  if (word.length < 6 || /\d/.test(word)) return null;
  return word.slice(0, Math.max(5, Math.min(prefix.length, word.length - 3)));
}

/** True when `a` becomes `b` by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Slots of the lexicon's table of frequent words (see `find`). */
const HOT_MASK = (1 << 13) - 1;

/** FNV-1a over the UTF-16 code units of `text[from, to)`. */
function hashOfUnits(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}
