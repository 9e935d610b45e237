/**
 * Words as the read index sees them, in documents and in queries alike: lower case, NFC, the
 * search box's word pattern (lib/search/query.ts: letters and digits, inner hyphens kept). Two
 * Finnish habits need more than splitting:
 * - letters typed without their dots (`tyoterveyshuolto`): `fold` maps ä, ö, å to a, o, a for
 *   matching, keeping the length so that positions in folded and original text agree;
 * - hyphenated coordination (`etä- ja hybridityössä`, `sosiaali-, terveys- ja opetusala`): the
 *   open first parts borrow the last word's head (`etätyössä`), see `headOf`.
 */
import { MAX_WORD_LENGTH } from "../search/query";
import { grown } from "./grown";

/** Letters typed without their diacritics match the letters with them. */
export function fold(word: string): string {
  return word.replace(/[äåö]/g, (c) => (c === "ö" ? "o" : "a"));
}

export const hasDiacritics = (word: string): boolean => /[äåö]/.test(word);

/** Words that join coordinated parts (`etä- ja hybridityö`, `sosiaali- tai terveysala`). */
export const CONJUNCTIONS = ["ja", "tai", "sekä", "eli", "tahi", "ynnä", "och", "and", "or"];
const IS_CONJUNCTION = new Set(CONJUNCTIONS);
/** How far an open part may stand from the word that completes it (`a-, b-, c- ja d`). */
const COORDINATION_REACH = 8;

/** An open first part (`etä-`) and the word whose head completes it (`hybridityössä`). */
export interface OpenPart {
  prefix: string;
  completedBy: string;
  position: number;
}

export interface Tokens {
  /** Words and their positions, side by side (no object per token: a build reads tens of millions). */
  words: string[];
  positions: number[];
  openParts: OpenPart[];
  /** The position after the last token. */
  end: number;
}

/** Text as words are read from it: NFC, lower case. Token ranges are offsets into this string. */
export const normalizedText = (text: string): string => text.normalize("NFC").toLowerCase();

/** Receives each token as a range `[from, to)` of the normalized text, with its position. */
export type TokenSink = (from: number, to: number, position: number) => void;

/**
 * Whether each UTF-16 code unit outside the surrogates is a letter or digit (WORD_PATTERN's
 * class), looked up instead of matched: a build reads tens of millions of characters.
 */
const WORD_UNIT = (() => {
  const table = new Uint8Array(0x10000);
  const letterOrDigit = /^[\p{L}\p{N}]$/u;
  for (let unit = 0; unit < 0x10000; unit++) {
    if (unit < 0xd800 || unit > 0xdfff) table[unit] = letterOrDigit.test(String.fromCharCode(unit)) ? 1 : 0;
  }
  return table;
})();
const ASTRAL_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;

/** Code units of the letter or digit at `at` (2 for one outside the BMP), or 0 if none is there. */
function wordUnitsAt(text: string, at: number): number {
  if (at >= text.length) return 0;
  const unit = text.charCodeAt(at);
  if (unit < 0xd800 || unit > 0xdfff) return WORD_UNIT[unit]!;
  return astralWordUnits(text, at);
}

/** 2 for a letter or digit outside the BMP at `at` (a surrogate pair), else 0. */
function astralWordUnits(text: string, at: number): number {
  const codePoint = text.codePointAt(at)!;
  return codePoint > 0xffff && ASTRAL_LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint)) ? 2 : 0;
}

/**
 * The end of the run of letters and digits from `at` (one loop over the units: it runs per
 * character of every text).
 */
function runEnd(text: string, at: number): number {
  const length = text.length;
  while (at < length) {
    const unit = text.charCodeAt(at);
    if (unit < 0xd800 || unit > 0xdfff) {
      if (WORD_UNIT[unit] === 0) return at;
      at++;
    } else {
      const units = astralWordUnits(text, at);
      if (units === 0) return at;
      at += units;
    }
  }
  return at;
}

// Word ranges of the text being scanned, for resolving open parts (reused: scans are synchronous).
let wordStarts = new Int32Array(1024);
let wordEnds = new Int32Array(1024);
let wordOpen = new Uint8Array(1024);

/**
 * The tokens of a normalized text, from position `start` on, as WORD_PATTERN finds them: each
 * word (cut at MAX_WORD_LENGTH); a hyphenated word also yields its parts at its own position,
 * so `uudistus` finds `sote-uudistus` exactly. Ranges, not strings: the build interns them.
 * Reads at most `maxWords` words.
 */
export function scanTokens(
  text: string,
  start: number,
  sink: TokenSink,
  maxWords = Infinity,
): { openParts: OpenPart[]; end: number } {
  let position = start;
  let count = 0;
  let hasOpen = false;
  const length = text.length;
  for (let at = 0; at < length && count < maxWords; ) {
    // Past the characters between words, a unit at a time.
    if (wordUnitsAt(text, at) === 0) {
      at++;
      continue;
    }
    const from = at;
    at = runEnd(text, at);
    let firstLink = -1;
    for (;;) {
      const link = text.charCodeAt(at);
      if ((link !== HYPHEN && link !== APOSTROPHE) || !wordUnitsAt(text, at + 1)) break;
      if (firstLink === -1) firstLink = at;
      at = runEnd(text, at + 1);
    }
    const to = Math.min(at, from + MAX_WORD_LENGTH);
    sink(from, to, position);
    if (firstLink !== -1 && firstLink < to) {
      let partFrom = from;
      for (let i = from; i <= to; i++) {
        const unit = i < to ? text.charCodeAt(i) : HYPHEN;
        if (unit !== HYPHEN && unit !== APOSTROPHE) continue;
        if (i > partFrom) sink(partFrom, i, position);
        partFrom = i + 1;
      }
    }
    const isOpen = text.charCodeAt(at) === HYPHEN && (at + 1 >= text.length || /[\s,]/.test(text.charAt(at + 1)));
    if (count === wordStarts.length) {
      wordStarts = grown(wordStarts, count + 1);
      wordEnds = grown(wordEnds, count + 1);
      wordOpen = grown(wordOpen, count + 1);
    }
    wordStarts[count] = from;
    wordEnds[count] = to;
    wordOpen[count] = isOpen ? 1 : 0;
    hasOpen ||= isOpen;
    count++;
    position++;
  }
  return { openParts: hasOpen ? openPartsOf(text, count, start) : [], end: position };
}

/** Each open part with the first later word, past a conjunction, that is neither open nor one. */
function openPartsOf(text: string, count: number, start: number): OpenPart[] {
  const wordAt = (i: number) => text.slice(wordStarts[i], wordEnds[i]);
  const openParts: OpenPart[] = [];
  for (let index = 0; index < count; index++) {
    if (!wordOpen[index]) continue;
    let sawConjunction = false;
    for (let i = index + 1; i < Math.min(count, index + COORDINATION_REACH); i++) {
      const word = wordAt(i);
      if (IS_CONJUNCTION.has(word)) {
        sawConjunction = true;
        continue;
      }
      if (wordOpen[i]) continue;
      if (sawConjunction) openParts.push({ prefix: wordAt(index), completedBy: word, position: start + index });
      break;
    }
  }
  return openParts;
}

/** The tokens of a text as strings (queries, tests); the build uses `scanTokens` itself. */
export function tokenize(text: string, start = 0): Tokens {
  const normalized = normalizedText(text);
  const words: string[] = [];
  const positions: number[] = [];
  const { openParts, end } = scanTokens(normalized, start, (from, to, position) => {
    words.push(normalized.slice(from, to));
    positions.push(position);
  });
  return { words, positions, openParts, end };
}

/**
 * The head of a compound, as the corpus knows it: the longest proper ending of `word` that is a
 * word of its own (`hybridityössä` → `työssä`, `terveydenhuolto` → `huolto`), or null.
 */
export function headOf(word: string, isWord: (candidate: string) => boolean): string | null {
  for (let i = 2; i <= word.length - 3; i++) {
    const ending = word.slice(i);
    if (isWord(ending)) return ending;
  }
  return null;
}

/** `etä` completed by `hybridityössä` is `etätyössä`; null when the corpus knows no head. */
export function completeOpenPart(
  prefix: string,
  completedBy: string,
  isWord: (candidate: string) => boolean,
): string | null {
  const head = headOf(completedBy, isWord);
  return head ? prefix + head : null;
}
