/**
 * Result snippets cut from a project's text around the words the query matched: the window of
 * words with the most matches, and a second one elsewhere when there is one, joined by " … ".
 * Matched words are wrapped in the caller's markers (rendered as <mark> by React, never as HTML).
 * Done here rather than by `ts_headline`, so that it sees the words as the read index does
 * (folded letters, hyphenated parts) and costs no database time.
 */
import { WORD_PATTERN } from "../search/query";

const WINDOW = 30;
const FRAGMENTS = 2;
/** Words shown before a fragment's first match. */
const CONTEXT = 6;
/** Words read at most: snippets come from the first part of a long text. */
const MAX_WORDS = 4000;

export function snippet(text: string, forms: Set<string>, start: string, end: string): string {
  const normalized = text.normalize("NFC");
  const words: Array<{ from: number; to: number; hit: boolean }> = [];
  for (const match of normalized.matchAll(WORD_PATTERN)) {
    const word = match[0].toLowerCase();
    const hit = forms.has(word) || (word.includes("-") && word.split("-").some((part) => forms.has(part)));
    words.push({ from: match.index, to: match.index + match[0].length, hit });
    if (words.length >= MAX_WORDS) break;
  }
  if (words.length === 0) return "";
  const fragments: Array<[number, number]> = [];
  const taken = new Uint8Array(words.length);
  for (let f = 0; f < FRAGMENTS; f++) {
    // The window of WINDOW words with the most matches that overlaps no fragment already chosen.
    let best = -1;
    let bestCount = 0;
    let count = 0;
    let overlap = 0;
    for (let i = 0; i < words.length; i++) {
      if (words[i]!.hit) count++;
      overlap += taken[i]!;
      if (i >= WINDOW) {
        if (words[i - WINDOW]!.hit) count--;
        overlap -= taken[i - WINDOW]!;
      }
      if (overlap === 0 && count > bestCount) { bestCount = count; best = Math.max(0, i - WINDOW + 1); }
    }
    if (best < 0) break;
    // Start a little before the window's first match, so that the matches stand in context.
    let firstHit = best;
    while (!words[firstHit]!.hit) firstHit++;
    const shifted = Math.max(0, firstHit - CONTEXT);
    if (!taken.subarray(shifted, Math.min(words.length, shifted + WINDOW)).some(Boolean)) best = shifted;
    const last = Math.min(words.length, best + WINDOW);
    for (let i = best; i < last; i++) taken[i] = 1;
    fragments.push([best, last]);
  }
  if (fragments.length === 0) fragments.push([0, Math.min(words.length, WINDOW)]);
  fragments.sort((a, b) => a[0] - b[0]);
  return fragments.map(([first, last]) => {
    let out = "";
    for (let i = first; i < last; i++) {
      const w = words[i]!;
      const gap = i === first ? "" : normalized.slice(words[i - 1]!.to, w.from).replace(/\s+/g, " ");
      const word = normalized.slice(w.from, w.to);
      out += gap + (w.hit ? `${start}${word}${end}` : word);
    }
    return out;
  }).join(" … ");
}
