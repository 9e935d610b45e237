/**
 * Result snippets cut from a project's text around the words the query matched: the window of
 * words with the most matches, and a second one elsewhere when there is one, joined by " … ".
 * Matched words are wrapped in the caller's markers (rendered as <mark> by React, never as HTML).
 * Done here rather than by `ts_headline`, so that it sees the words as the read index does
 * (folded letters, hyphenated parts) and costs no database time.
 */
import type { Lexicon } from "./lexicon";
import { scanTokens } from "./tokens";

const WINDOW = 30;
const FRAGMENTS = 2;
/** Words shown before a fragment's first match. */
const CONTEXT = 6;
/** Words read at most: snippets come from the first part of a long text. */
const MAX_WORDS = 4000;

/** Reused per-word buffers (snippets are cut one at a time). */
const from = new Int32Array(MAX_WORDS);
const to = new Int32Array(MAX_WORDS);
const hits = new Uint8Array(MAX_WORDS);

/** Whether the lower-cased word `text[from, to)` is one of the forms a query matched. */
export type FormTest = (text: string, from: number, to: number) => boolean;

/**
 * The FormTest of the corpus forms a query matched: most words are told apart by their first
 * letter and length alone; the rest are looked up by lexicon id, without a string made of each.
 */
export function formsOf(lexicon: Lexicon, forms: string[]): FormTest {
  const ids = new Set(forms.map((form) => lexicon.id(form)));
  const shapeOf = (first: number, length: number) => first * 64 + Math.min(length, 63);
  const shapes = new Set(forms.map((form) => shapeOf(form.charCodeAt(0), form.length)));
  return (text, from, to) =>
    shapes.has(shapeOf(text.charCodeAt(from), to - from)) && ids.has(lexicon.lookup(text, from, to));
}

export function snippet(text: string, isForm: FormTest, start: string, end: string): string {
  const normalized = text.normalize("NFC");
  // Lower-cased once; per word only when lower-casing changed the length (indices no longer align).
  const lowered = normalized.toLowerCase();
  const aligned = lowered.length === normalized.length;
  const matches = (a: number, b: number) => {
    if (aligned) return isForm(lowered, a, b);
    const word = normalized.slice(a, b).toLowerCase();
    return isForm(word, 0, word.length);
  };
  let count = 0;
  // The words as the index read them; the parts of a hyphenated word follow it at its position.
  scanTokens(
    normalized,
    0,
    (a, b, position) => {
      const hit = matches(a, b) ? 1 : 0;
      if (position < count) {
        hits[count - 1]! |= hit;
        return;
      }
      from[count] = a;
      to[count] = b;
      hits[count] = hit;
      count++;
    },
    MAX_WORDS,
  );
  if (count === 0) return "";
  const words = { length: count, hit: (i: number) => hits[i] === 1 };
  const fragments: Array<[number, number]> = [];
  const taken = new Uint8Array(words.length);
  for (let f = 0; f < FRAGMENTS; f++) {
    // The window of WINDOW words with the most matches that overlaps no fragment already chosen.
    let best = -1;
    let bestCount = 0;
    let inWindow = 0;
    let overlap = 0;
    for (let i = 0; i < words.length; i++) {
      if (words.hit(i)) inWindow++;
      overlap += taken[i]!;
      if (i >= WINDOW) {
        if (words.hit(i - WINDOW)) inWindow--;
        overlap -= taken[i - WINDOW]!;
      }
      if (overlap === 0 && inWindow > bestCount) {
        bestCount = inWindow;
        best = Math.max(0, i - WINDOW + 1);
      }
    }
    if (best < 0) break;
    // Start a little before the window's first match, so that the matches stand in context.
    let firstHit = best;
    while (!words.hit(firstHit)) firstHit++;
    const shifted = Math.max(0, firstHit - CONTEXT);
    if (!taken.subarray(shifted, Math.min(words.length, shifted + WINDOW)).some(Boolean)) best = shifted;
    const last = Math.min(words.length, best + WINDOW);
    for (let i = best; i < last; i++) taken[i] = 1;
    fragments.push([best, last]);
  }
  if (fragments.length === 0) fragments.push([0, Math.min(words.length, WINDOW)]);
  fragments.sort((a, b) => a[0] - b[0]);
  return fragments
    .map(([first, last]) => {
      let out = "";
      for (let i = first; i < last; i++) {
        const gap = i === first ? "" : gapBetween(normalized, to[i - 1]!, from[i]!);
        const word = normalized.slice(from[i]!, to[i]!);
        out += gap + (words.hit(i) ? `${start}${word}${end}` : word);
      }
      return out;
    })
    .join(" … ");
}

/** The text between two words, its whitespace runs as single spaces (mostly it is one space already). */
function gapBetween(text: string, from: number, to: number): string {
  if (to === from + 1 && text.charCodeAt(from) === 0x20) return " ";
  return text.slice(from, to).replace(/\s+/g, " ");
}
