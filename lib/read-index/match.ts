/**
 * The text query on the read index: the search box's syntax (lib/search/query.ts) evaluated over
 * posting lists into the set of matching docs, with a relevance score per doc.
 *
 * - A word matches every corpus form it expands to (lib/read-index/lexicon.ts); a compound query
 *   word also matches texts that have both of its parts (`koronapandemia` → `korona…` and
 *   `…pandemia…`), scored lower than the compound itself.
 * - Open parts are completed (`etä- ja hybridityössä` → `etätyössä hybridityössä`).
 * - A phrase needs its words' forms at consecutive positions.
 * - Relevance: per matched form, field weight (title 1, summary and names 0.4, rest 0.2) ×
 *   match quality × (1 + ln tf) × idf, summed over the query's terms.
 */
import { TypedFastBitSet } from "typedfastbitset";
import { parseQuery, queryWords, type Term } from "../search/query";
import type { Expansion, MatchKind } from "./lexicon";
import { phraseDocs } from "./phrase";
import type { IndexStore } from "./store";
import { CONJUNCTIONS, completeOpenPart } from "./tokens";

const FIELD_WEIGHT = [1, 0.4, 0.2];
const QUALITY: Record<MatchKind, number> = { exact: 1, inflection: 0.8, part: 0.5, typo: 0.4 };
/** A compound matched through its parts only ranks below the compound itself. */
const SPLIT_QUALITY = 0.3;
const PHRASE_BONUS = 1.5;
/** Words highlighted in snippets, per query word: matching uses all of them. */
const HIGHLIGHTED_FORMS = 200;

export interface TextMatch {
  /** The docs the text matches. */
  docs: TypedFastBitSet;
  /** Relevance per doc (only meaningful for matched docs; reused by the next query). */
  scores: Float32Array;
  /** Corpus forms that matched, for highlighting. */
  forms: string[];
  /** The query's words, for spelling suggestions. */
  words: string[];
}

/** `a- ja b`: the open parts completed with the last word's head, the conjunction dropped. */
const COORDINATION = new RegExp(
  `((?:[\\p{L}\\p{N}]+-[\\s,]+)+)(?:${CONJUNCTIONS.join("|")})\\s+([\\p{L}\\p{N}][\\p{L}\\p{N}-]*)`,
  "giu",
);

export function completeCoordination(query: string, isWord: (w: string) => boolean): string {
  return query.replace(COORDINATION, (_all, opens: string, last: string) => {
    const prefixes = opens.split(/-[\s,]+/).filter(Boolean);
    const lastWord = last.toLowerCase();
    return [...prefixes.map((p) => completeOpenPart(p.toLowerCase(), lastWord, isWord) ?? p), last].join(" ");
  });
}

/**
 * null when the query has nothing to match (empty, or exclusions only). `ranked` false: the
 * docs only (a dashboard or a count needs no relevance, and scoring is most of the work).
 */
export function matchText(store: IndexStore, q: string, { ranked = true } = {}): TextMatch | null {
  const parsed = parseQuery(completeCoordination(q, store.lexicon.has));
  if (parsed.clauses.length === 0) return null;
  const scores = store.scratchScores();
  const forms = new Set<string>();
  const evaluator = new TermEvaluator(store, scores, forms);

  let docs: TypedFastBitSet | null = null;
  const excluded: TypedFastBitSet[] = [];
  for (const clause of parsed.clauses) {
    const union = new TypedFastBitSet();
    for (const term of clause.anyOf) union.union(evaluator.term(term, ranked && !clause.negated));
    if (clause.negated) excluded.push(union);
    else docs = docs ? docs.intersection(union) : union;
  }
  const matched = docs ?? new TypedFastBitSet();
  for (const set of excluded) matched.difference(set);
  return { docs: matched, scores, forms: [...forms], words: queryWords(parsed) };
}

class TermEvaluator {
  private readonly expansions = new Map<string, Expansion[]>();
  constructor(
    private readonly store: IndexStore,
    private readonly scores: Float32Array,
    private readonly forms: Set<string>,
  ) {}

  term(term: Term, scored: boolean): TypedFastBitSet {
    if (term.words.length > 1) return this.phrase(term.words, scored);
    const word = term.words[0]!;
    const docs = this.union(this.expand(word), scored ? 1 : 0);
    const split = this.store.lexicon.splitCompound(word);
    if (split) {
      const [head, tail] = split;
      const both = this.union(this.expand(head), 0).intersection(this.union(this.expand(tail), 0));
      both.difference(docs);
      if (scored) {
        this.scoreWithin(this.expand(head), both, SPLIT_QUALITY);
        this.scoreWithin(this.expand(tail), both, SPLIT_QUALITY);
      }
      docs.union(both);
    }
    return docs;
  }

  private expand(word: string): Expansion[] {
    let found = this.expansions.get(word);
    if (!found) {
      found = this.store.lexicon.expand(word);
      this.expansions.set(word, found);
      for (const e of found.slice(0, HIGHLIGHTED_FORMS)) this.forms.add(this.store.lexicon.word(e.word));
    }
    return found;
  }

  /** Docs having any of the forms; adds their scores × `weight` (0: no scoring). */
  private union(expansions: Expansion[], weight: number): TypedFastBitSet {
    // Posting lists hold alive docs only (a removed doc leaves them), so no doc is checked.
    const docs = new TypedFastBitSet();
    docs.resize(this.store.size);
    const words = docs.words;
    const scores = this.scores;
    for (const { word, kind } of expansions) {
      const list = this.store.postings.list(word);
      if (!list) continue;
      const factor = weight * QUALITY[kind] * this.idf(list.length);
      const ids = list.docs;
      const info = list.info;
      for (let i = 0; i < list.length; i++) {
        const doc = ids[i]!;
        words[doc >>> 5]! |= 1 << doc;
        if (factor) scores[doc]! += factor * postingWeight(info[i]!);
      }
    }
    return docs;
  }

  private scoreWithin(expansions: Expansion[], within: TypedFastBitSet, quality: number): void {
    const scores = this.scores;
    for (const { word, kind } of expansions) {
      const list = this.store.postings.list(word);
      if (!list) continue;
      const factor = quality * QUALITY[kind] * this.idf(list.length);
      const ids = list.docs;
      const info = list.info;
      for (let i = 0; i < list.length; i++) {
        const doc = ids[i]!;
        if (within.has(doc)) scores[doc]! += factor * postingWeight(info[i]!);
      }
    }
  }

  /** Docs where forms of the words stand at consecutive positions (lib/read-index/phrase.ts). */
  private phrase(words: string[], scored: boolean): TypedFastBitSet {
    const phraseWords = words.map((w) => {
      const found = this.expand(w).flatMap((f) => {
        const list = this.store.postings.list(f.word);
        return list ? [{ list, kind: f.kind }] : [];
      });
      return {
        lists: found.map((f) => f.list),
        factors: scored ? found.map((f) => PHRASE_BONUS * QUALITY[f.kind] * this.idf(f.list.length)) : null,
      };
    });
    return phraseDocs(phraseWords, this.store.size, this.scores, postingWeight);
  }

  private idf(documentFrequency: number): number {
    return Math.log(1 + Math.max(1, this.store.aliveTotal) / documentFrequency);
  }
}

const TF_WEIGHTS = Float32Array.from({ length: 64 }, (_, tf) => (tf === 0 ? 0 : 1 + Math.log(tf)));
const tfWeight = (tf: number): number => (tf < 64 ? TF_WEIGHTS[tf]! : 1 + Math.log(tf));
/** Field weight × tf weight of each packed posting info (PostingList.info: 16 bits), looked up. */
const WEIGHT_OF_INFO = Float64Array.from(
  { length: 1 << 16 },
  (_, info) => (FIELD_WEIGHT[info & 3] ?? 0) * tfWeight(info >>> 2),
);
const postingWeight = (info: number): number => WEIGHT_OF_INFO[info]!;
