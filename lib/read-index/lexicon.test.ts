import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordsOf } from "../search/query";
import { editDistance, Lexicon, withinOneEdit } from "./lexicon";
import { completeCoordination } from "./match";
import { completeOpenPart, fold, headOf, tokenize } from "./tokens";

const lexiconOf = (...words: string[]) => {
  const lexicon = new Lexicon();
  for (const w of words) lexicon.add(w);
  return lexicon;
};
const forms = (lexicon: Lexicon, word: string) => lexicon.expand(word).map((e) => `${lexicon.word(e.word)}:${e.kind}`);

describe("expansion", () => {
  const lexicon = lexiconOf(
    "kotihoito",
    "kotihoidon",
    "kotihoitoa",
    "työhyvinvointi",
    "työhyvinvoinnin",
    "hyvinvointia",
    "asiakasväkivaltaan",
    "väkivallan",
    "työterveyshuollon",
    "posio",
    "posiolla",
    "positiivinen",
    "dialogisuus",
    "yhteisöllisyys",
    "190328",
  );

  it("reaches gradated inflections and compounds, exact first", () => {
    expect(forms(lexicon, "kotihoito")).toEqual(["kotihoito:exact", "kotihoidon:inflection", "kotihoitoa:inflection"]);
    expect(forms(lexicon, "hyvinvointi")).toEqual(
      expect.arrayContaining(["hyvinvointia:inflection", "työhyvinvointi:part", "työhyvinvoinnin:part"]),
    );
    expect(forms(lexicon, "väkivalta")).toEqual(
      expect.arrayContaining(["väkivallan:inflection", "asiakasväkivaltaan:part"]),
    );
  });

  it("matches words typed without dots, but not the other way round", () => {
    expect(forms(lexicon, "tyoterveyshuolto")).toContain("työterveyshuollon:inflection");
    expect(lexiconOf("saari").expand("sääri")).toEqual([]);
  });

  it("keeps short stems to inflections, finds typos and codes", () => {
    expect(forms(lexicon, "posio")).toEqual(["posio:exact", "posiolla:inflection"]);
    expect(forms(lexicon, "dialogisus")).toContain("dialogisuus:inflection");
    expect(forms(lexicon, "yhteisölisyys")).toContain("yhteisöllisyys:typo");
    expect(forms(lexicon, "190328")).toEqual(["190328:exact"]);
  });

  it("splits a compound query word into parts the corpus knows", () => {
    expect(lexiconOf("koronan", "pandemian").splitCompound("koronapandemia")).toEqual(["korona", "pandemia"]);
    expect(lexiconOf("koronan").splitCompound("koronapandemia")).toBeNull();
  });
});

describe("tokens", () => {
  it("folds ä, ö, å keeping the length", () => {
    expect(fold("työterveyshuolto åbo")).toBe("tyoterveyshuolto abo");
  });

  it("finds open parts of hyphenated coordination and their completing word", () => {
    const { openParts } = tokenize(
      "Sosiaali-, terveys- ja opetusalalla sekä etä- ja hybridityössä. Sote-uudistus jatkuu.",
    );
    expect(openParts.map((p) => [p.prefix, p.completedBy])).toEqual([
      ["sosiaali", "opetusalalla"],
      ["terveys", "opetusalalla"],
      ["etä", "hybridityössä"],
    ]);
  });

  it("indexes hyphenated words whole and by their parts, at one position", () => {
    const { words, positions } = tokenize("sote-uudistus alkaa");
    expect(words).toEqual(["sote-uudistus", "sote", "uudistus", "alkaa"]);
    expect(positions).toEqual([0, 0, 0, 1]);
  });

  it("reads words exactly as the word pattern does, parts of hyphenated words after them", () => {
    const alphabet = fc.constantFrom(..."aäöåkt19-' ,.\n\u00adÉ𝒜😀".split(/(?:)/u), "\ud800", "-\n", "- ");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), fc.integer({ min: 0, max: 5 }), (units, start) => {
        const text = units.join("") + (units.length > 40 ? "x".repeat(70) : "");
        const expected: string[] = [];
        for (const word of wordsOf(text)) {
          expected.push(word);
          if (/[-']/.test(word)) expected.push(...word.split(/[-']/).filter(Boolean));
        }
        const { words, positions, end } = tokenize(text, start);
        expect(words).toEqual(expected);
        expect(end).toBe(start + wordsOf(text).length);
        expect(positions.every((p, i) => i === 0 || p >= positions[i - 1]!)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("completes an open part with the corpus's head of the last word", () => {
    const known = new Set(["työssä", "alalla"]);
    expect(headOf("hybridityössä", (w) => known.has(w))).toBe("työssä");
    expect(completeOpenPart("etä", "hybridityössä", (w) => known.has(w))).toBe("etätyössä");
    expect(completeCoordination("etä- ja hybridityössä johtaminen", (w) => known.has(w))).toBe(
      "etätyössä hybridityössä johtaminen",
    );
  });
});

describe("edit distances", () => {
  it("within one edit", () => {
    expect(withinOneEdit("yhteisölisyys", "yhteisöllisyys")).toBe(true);
    expect(withinOneEdit("kissa", "kassi")).toBe(false);
    expect(editDistance("sosiaalinnen", "sosiaalinen", 2)).toBe(1);
  });
});

describe("snippets", () => {
  it("marks the matched forms in the best windows, original letters kept", async () => {
    const { formsOf, snippet } = await import("./snippet");
    const formsIn = (forms: string[]) => formsOf(lexiconOf(...forms), forms);
    const text =
      `${"Alku sanoja. ".repeat(30)}Työterveyshuollon palvelut ja työterveyshuollon kehittäminen.` +
      `${" Väliä tässä.".repeat(40)} Lopuksi sote-uudistus.`;
    const out = snippet(text, formsIn(["työterveyshuollon", "uudistus"]), "[", "]");
    expect(out).toContain("Alku sanoja. [Työterveyshuollon] palvelut ja [työterveyshuollon] kehittäminen. Väliä");
    expect(out).toContain(" … ");
    expect(out).toContain("[sote-uudistus]");
    expect(snippet("Ei osumia tässä tekstissä.", formsIn(["x"]), "[", "]")).toBe("Ei osumia tässä tekstissä");
  });
});
