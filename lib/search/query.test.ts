import { describe, expect, it } from "vitest";
import { parseQuery, wordsOf } from "./query";

describe("parseQuery", () => {
  it("ANDs words, keeps phrases, joins OR and marks exclusions", () => {
    expect(parseQuery('johtaminen "sosiaalinen pääoma" kotihoito OR vanhuspalvelut -koulu')).toEqual({
      clauses: [
        { anyOf: [{ words: ["johtaminen"] }], negated: false },
        { anyOf: [{ words: ["sosiaalinen", "pääoma"] }], negated: false },
        { anyOf: [{ words: ["kotihoito"] }, { words: ["vanhuspalvelut"] }], negated: false },
        { anyOf: [{ words: ["koulu"] }], negated: true },
      ],
    });
  });

  it("keeps numbers, codes and hyphenated words, drops punctuation", () => {
    expect(wordsOf("S21565, 190328; sote-palvelut!")).toEqual(["s21565", "190328", "sote-palvelut"]);
  });

  it("survives unbalanced quotes, lone operators and exclusions only", () => {
    expect(parseQuery('"avoin lainaus').clauses).toEqual([
      { anyOf: [{ words: ["avoin", "lainaus"] }], negated: false },
    ]);
    expect(parseQuery("OR OR").clauses).toEqual([]);
    expect(parseQuery("-pelkkä -poissulku").clauses).toEqual([]);
    expect(parseQuery("").clauses).toEqual([]);
  });
});
