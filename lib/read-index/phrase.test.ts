import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type PhraseWord, phraseDocs } from "./phrase";
import { PostingList } from "./postings";

/** Token ids 0…FORMS-1; a phrase word is a set of them (its forms). */
const FORMS = 5;
const weight = (info: number) => 1 + (info >>> 2);

/** Posting lists (one per form) of docs given as token sequences. */
function listsOf(docs: number[][]): PostingList[] {
  const lists = Array.from({ length: FORMS }, () => new PostingList());
  docs.forEach((tokens, doc) => {
    for (let form = 0; form < FORMS; form++) {
      const positions = tokens.flatMap((t, p) => (t === form ? [p] : []));
      if (positions.length) lists[form]!.put(doc, 2, positions);
    }
  });
  return lists;
}

/** What the phrase should give, read off the token sequences. */
function expected(docs: number[][], phrase: number[][], factor: (form: number) => number) {
  const matched = docs.flatMap((tokens, doc) =>
    tokens.some((_, start) => phrase.every((forms, k) => forms.includes(tokens[start + k] ?? -1))) ? [doc] : [],
  );
  // Every posting of the phrase's words in a matching doc: per word, per form it has.
  const scores = new Map(
    matched.map((doc) => [
      doc,
      phrase.reduce(
        (sum, forms) =>
          sum +
          forms.reduce((s, form) => {
            const tf = docs[doc]!.filter((t) => t === form).length;
            return s + (tf ? factor(form) * (1 + tf) : 0);
          }, 0),
        0,
      ),
    ]),
  );
  return { matched, scores };
}

/** Docs of up to `length` tokens from 0…`maxForm`. */
const docsOf = (maxForm: number, length: number) =>
  fc.array(fc.array(fc.integer({ min: 0, max: maxForm }), { maxLength: length }), { maxLength: 25 });
/** Phrases of 1–4 words, each a set of forms from 0…`maxForm`. */
const phraseOf = (maxForm: number) =>
  fc.array(fc.uniqueArray(fc.integer({ min: 0, max: maxForm }), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 4,
  });

function agreesWithTheTokens(docs: number[][], phrase: number[][]): void {
  const lists = listsOf(docs);
  const factor = (form: number) => form + 0.5;
  const words: PhraseWord[] = phrase.map((forms) => {
    const present = forms.filter((f) => lists[f]!.length > 0);
    return { lists: present.map((f) => lists[f]!), factors: present.map(factor) };
  });
  const scores = new Float32Array(docs.length);
  const found = phraseDocs(words, docs.length, scores, weight);
  const want = expected(docs, phrase, factor);
  expect(found.array()).toEqual(want.matched);
  for (const d of want.matched) expect(scores[d]).toBeCloseTo(want.scores.get(d)!, 4);
  // The buffers it reuses are left clean: the same phrase again gives the same docs.
  expect(phraseDocs(words, docs.length, new Float32Array(docs.length), weight).array()).toEqual(want.matched);
}

describe("phrase matching", () => {
  it("finds exactly the docs with a form of each word in a row, and scores their postings", () => {
    fc.assert(fc.property(docsOf(FORMS - 1, 14), phraseOf(FORMS - 1), agreesWithTheTokens), { numRuns: 400 });
  });

  it("agrees too where words repeat all over a long text (many positions against many starts)", () => {
    fc.assert(fc.property(docsOf(1, 80), phraseOf(1), agreesWithTheTokens), { numRuns: 200 });
  });

  it("matches a word repeated in the phrase only where it stands twice", () => {
    const lists = listsOf([
      [0, 1, 0],
      [0, 0, 1],
      [1, 0],
    ]);
    const zero: PhraseWord = { lists: [lists[0]!], factors: null };
    expect(phraseDocs([zero, zero], 3, new Float32Array(3), weight).array()).toEqual([1]);
  });
});
