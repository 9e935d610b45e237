/**
 * Tokens derived on write must give the index exactly what tokenising the text gives: the same
 * words with the same fields and positions, the same open parts, and so the same answers.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IndexStore } from "./store";
import {
  decodeTokens,
  encodeTokens,
  type FieldTexts,
  isCurrentTokens,
  scanFields,
  TOKENS_FORMAT,
  tokensOf,
} from "./stored-tokens";
import { answers, freshStore, random, row } from "./synthetic";

type Token = [word: string, position: number, field: number];

function fromText(texts: FieldTexts) {
  const tokens: Token[] = [];
  const openParts = scanFields(texts, (text, from, to, position, field) =>
    tokens.push([text.slice(from, to), position, field]),
  );
  return { tokens, openParts };
}

/** Word numbers as the SearchWord table gives them: in order of first use, with gaps (a conflict spends one). */
class WordNumbers {
  readonly words = new Map<number, string>();
  private readonly numbers = new Map<string, number>();
  numberOf = (word: string): number => {
    let n = this.numbers.get(word);
    if (n === undefined) {
      n = 3 * this.numbers.size + 7;
      this.numbers.set(word, n);
      this.words.set(n, word);
    }
    return n;
  };
  encode = (texts: FieldTexts) => encodeTokens(tokensOf(texts), this.numberOf);
  teach(store: IndexStore): void {
    store.learnWords([...this.words.keys()], [...this.words.values()]);
  }
}

function fromStored(stored: Uint8Array, numbers: WordNumbers) {
  const words: Array<[string, number]> = [];
  const tokens: Token[] = [];
  const openParts = decodeTokens(
    stored,
    (number, field) => words.push([numbers.words.get(number)!, field]) - 1,
    (id, position) => tokens.push([words[id]![0], position, words[id]![1]]),
  ).map(({ position, prefix, completedBy }) => ({
    prefix: numbers.words.get(prefix),
    completedBy: numbers.words.get(completedBy),
    position,
  }));
  return { tokens, openParts };
}

/** Each word with its positions in order, and the field of its first occurrence (what the index keeps). */
function byWord(tokens: Token[]) {
  const words = new Map<string, { field: number; positions: number[] }>();
  for (const [word, position, field] of tokens) {
    const known = words.get(word);
    if (known) known.positions.push(position);
    else words.set(word, { field, positions: [position] });
  }
  return [...words.entries()];
}

const pieces = [
  "työterveyshuollon",
  "etä- ja hybridityössä",
  "sosiaali-, terveys- ja opetusala",
  "sote-uudistus",
  "O'Brien",
  "TSR-2024-117",
  "Åland",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
  "e\u0301",
  "a".repeat(80),
  "ja",
  "-",
  ",",
  " ",
  "\n\n",
  "KOTIHOITO",
  "2026",
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 40 })
  .map((parts) => parts.join(" "));

describe("stored tokens", () => {
  it("decode to the words, fields, positions and open parts of the text", () => {
    fc.assert(
      fc.property(text, text, text, (textA, textB, textC) => {
        const texts = { textA, textB, textC };
        const numbers = new WordNumbers();
        const stored = numbers.encode(texts);
        expect(isCurrentTokens(stored)).toBe(true);
        const expected = fromText(texts);
        const actual = fromStored(stored, numbers);
        expect(byWord(actual.tokens)).toEqual(byWord(expected.tokens));
        expect(actual.openParts).toEqual(expected.openParts);
      }),
      { numRuns: 300 },
    );
  });

  it("of another format are not read (the index tokenises the text)", () => {
    const stored = new WordNumbers().encode({ textA: "otsikko", textB: "", textC: "" });
    expect(isCurrentTokens(stored)).toBe(true);
    stored[0] = TOKENS_FORMAT + 1;
    expect(isCurrentTokens(stored)).toBe(false);
    expect(isCurrentTokens(null)).toBe(false);
    expect(isCurrentTokens(new Uint8Array())).toBe(false);
  });

  it("give an index that answers as one built from the texts", async () => {
    const r = random(5);
    // Some with coordinated open parts (`etä-` is completed against the corpus's words).
    const rows = Array.from({ length: 300 }, (_, i) => {
      const x = row(i + 1, r);
      return i % 10 ? x : { ...x, textC: `${x.textC} etä- ja hybridityössä, työssä ja lähi- tai etäopetus` };
    });
    const fromTexts = freshStore();
    await fromTexts.build([rows]);
    // Stored tokens and no text, as the build reads a row that has them; one row of an older format.
    const numbers = new WordNumbers();
    const stored = rows.map((x) => ({ ...x, tokens: numbers.encode(x), textA: "", textB: "", textC: "" }));
    stored[7] = { ...rows[7]!, tokens: Buffer.from([TOKENS_FORMAT + 1]) };
    const fromTokens = freshStore();
    numbers.teach(fromTokens); // a build learns every word first
    await fromTokens.build([stored.slice(0, 120), stored.slice(120)]);
    // An edit learns the words of its rows it does not know yet.
    const edited = freshStore();
    expect(() => edited.upsert(stored[0]!)).toThrow(/not learnt/);
    expect(edited.aliveCount).toBe(0);
    for (const x of stored) {
      const unknown = edited.unknownWordNumbers([x]);
      edited.learnWords(
        unknown,
        unknown.map((n) => numbers.words.get(n)!),
      );
      edited.upsert(x);
    }
    const expected = answers(fromTexts);
    // `etä- ja hybridityössä` also says `etätyössä` (the corpus has `työssä`), read either way.
    for (const store of [fromTexts, fromTokens])
      expect(store.postings.lengthOf(store.lexicon.id("etätyössä")!)).toBe(30);
    for (const store of [fromTokens, edited]) {
      const actual = answers(store);
      expect(actual.search).toEqual(expected.search);
      expect(actual.dashboards).toEqual(expected.dashboards);
      expect(actual.related).toEqual(expected.related);
    }
  });
});
