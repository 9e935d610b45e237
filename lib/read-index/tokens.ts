/**
 * Words as the read index sees them, in documents and in queries alike: lower case, NFC, the
 * search box's word pattern (lib/search/query.ts: letters and digits, inner hyphens kept). Two Finnish habits need more than splitting:
 * - letters typed without their dots (`tyoterveyshuolto`): `fold` maps ä, ö, å to a, o, a for
 *   matching, keeping the length so that positions in folded and original text agree;
 * - hyphenated coordination (`etä- ja hybridityössä`, `sosiaali-, terveys- ja opetusala`): the
 *   open first parts borrow the last word's head (`etätyössä`), see `headOf`.
 */
import { MAX_WORD_LENGTH, WORD_PATTERN } from "../search/query";

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

/**
 * The tokens of a text from position `start` on. A hyphenated word also yields its parts at
 * its own position, so `uudistus` finds `sote-uudistus` exactly.
 */
export function tokenize(text: string, start = 0): Tokens {
  const tokenWords: string[] = [];
  const tokenPositions: number[] = [];
  const open: Array<{ prefix: string; index: number; position: number }> = [];
  const words: Array<{ word: string; open: boolean }> = [];
  let position = start;
  const normalized = text.normalize("NFC").toLowerCase();
  for (const match of normalized.matchAll(WORD_PATTERN)) {
    const word = match[0].slice(0, MAX_WORD_LENGTH);
    const after = normalized.charAt(match.index + match[0].length);
    const next = normalized.charAt(match.index + match[0].length + 1);
    const isOpen = after === "-" && (next === "" || /[\s,]/.test(next));
    tokenWords.push(word);
    tokenPositions.push(position);
    if (word.includes("-") || word.includes("'")) {
      for (const part of word.split(/[-']/)) {
        if (!part) continue;
        tokenWords.push(part);
        tokenPositions.push(position);
      }
    }
    if (isOpen) open.push({ prefix: word, index: words.length, position });
    words.push({ word, open: isOpen });
    position++;
  }
  const openParts: OpenPart[] = [];
  for (const part of open) {
    // The first word after the open part that is neither open nor a conjunction completes it.
    let sawConjunction = false;
    for (let i = part.index + 1; i < Math.min(words.length, part.index + COORDINATION_REACH); i++) {
      const { word, open: isOpen } = words[i]!;
      if (IS_CONJUNCTION.has(word)) { sawConjunction = true; continue; }
      if (isOpen) continue;
      if (sawConjunction) openParts.push({ prefix: part.prefix, completedBy: word, position: part.position });
      break;
    }
  }
  return { words: tokenWords, positions: tokenPositions, openParts, end: position };
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
export function completeOpenPart(prefix: string, completedBy: string, isWord: (candidate: string) => boolean): string | null {
  const head = headOf(completedBy, isWord);
  return head ? prefix + head : null;
}
