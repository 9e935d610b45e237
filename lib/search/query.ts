/**
 * The search box's syntax, as people know it from web search: words are ANDed, "quoted words"
 * are a phrase, OR between two parts accepts either, a leading minus excludes. Parsed to a small
 * tree here; lib/search/expand.ts turns it into a Postgres tsquery.
 */

export interface Term {
  /** Words of the term: one for a word, several for a phrase. Lower case. */
  words: string[];
}

export interface Clause {
  /** Alternatives joined by OR; a clause matches when any of them does. */
  anyOf: Term[];
  negated: boolean;
}

export interface ParsedQuery {
  clauses: Clause[];
}

const MAX_CLAUSES = 12;
/** Longer words are cut: no real word is this long, and the index keeps its keys short. */
export const MAX_WORD_LENGTH = 60;
/** A word: letters and digits, inner hyphens and apostrophes kept (`sote-uudistus`, `covid-19`). */
export const WORD_PATTERN = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

/** Words as the `simple` text parser sees them: letters and digits, inner hyphens kept. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().normalize("NFC").match(WORD_PATTERN) ?? []).map((w) => w.slice(0, MAX_WORD_LENGTH));
}

export function parseQuery(input: string): ParsedQuery {
  const tokens: Array<{ kind: "or" } | { kind: "term"; words: string[]; negated: boolean }> = [];
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  for (const match of input.slice(0, 500).matchAll(pattern)) {
    const [, minus, phrase, bare] = match;
    if (bare === "OR" || bare === "|") {
      tokens.push({ kind: "or" });
      continue;
    }
    const negated = minus === "-" || (bare?.startsWith("-") ?? false);
    const words = wordsOf(phrase ?? bare!.replace(/^-/, ""));
    if (words.length) tokens.push({ kind: "term", words, negated });
  }

  const clauses: Clause[] = [];
  let joinNext = false;
  for (const token of tokens) {
    if (token.kind === "or") {
      joinNext = clauses.length > 0;
      continue;
    }
    const last = clauses[clauses.length - 1];
    if (joinNext && last && !last.negated && !token.negated) {
      last.anyOf.push({ words: token.words });
    } else {
      clauses.push({ anyOf: [{ words: token.words }], negated: token.negated });
    }
    joinNext = false;
  }
  // A query of exclusions only would return everything but a few: ignore the exclusions then.
  const kept = clauses.some((c) => !c.negated) ? clauses : [];
  return { clauses: kept.slice(0, MAX_CLAUSES) };
}

/** Distinct words of the query that need expanding (not excluded ones too: they expand the same). */
export function queryWords(query: ParsedQuery): string[] {
  return [...new Set(query.clauses.flatMap((c) => c.anyOf.flatMap((t) => t.words)))];
}
