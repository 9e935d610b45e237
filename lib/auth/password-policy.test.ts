import { describe, expect, it } from "vitest";
import { checkPassword } from "./password-policy";
import { strengthOf } from "./password-strength";

describe("checkPassword", () => {
  it("refuses short, common and personal passwords, in Finnish", () => {
    expect(checkPassword("lyhyt").problems[0]).toMatch(/vähintään 12 merkkiä/);
    expect(checkPassword("salasana1234").problems.join(" ")).toMatch(/yleisesti käytetty/);
    expect(checkPassword("qwertyuiopas").problems.join(" ")).toMatch(/yleisesti käytetty/);
    expect(checkPassword("maija.virtanen2024", { email: "maija.virtanen@example.fi" }).problems.join(" ")).toMatch(
      /sähköpostiosoitettasi/,
    );
    expect(checkPassword("aaaaaaaaaaaaaaa").problems.length).toBeGreaterThan(0);
  });

  it("knows Finnish words and this site's words (zxcvbn's Finnish dictionary and the site context)", () => {
    // Long enough, no personal data, yet built from a common Finnish word and a year.
    expect(checkPassword("ylläpito2026").problems.join(" ")).toMatch(/helppo arvata/);
    expect(checkPassword("työhyvinvointi").problems.join(" ")).toMatch(/helppo arvata/);
    // zxcvbn's score 2 (under 10⁸ guesses) is refused, 3 accepted.
    expect(strengthOf("Salasana2026", [], "fi").score).toBe(2);
    expect(strengthOf("Tampere!2026", [], "fi").score).toBe(3);
    expect(checkPassword("Salasana2026")).toMatchObject({
      score: 1,
      problems: [expect.stringMatching(/helppo arvata/)],
    });
    expect(checkPassword("Tampere!2026")).toMatchObject({ score: 3, problems: [] });
  });

  it("says why in the interface language, zxcvbn's own feedback included", () => {
    expect(checkPassword("salasana1234", {}, "sv").problems.join(" ")).toMatch(/lätt att gissa.*liknar ett vanligt/);
    expect(checkPassword("salasana1234", {}, "en").problems.join(" ")).toMatch(/easy to guess.*similar to a commonly/);
    expect(checkPassword("aaaaaa", {}, "sv").label).toBe("Mycket svagt");
    expect(checkPassword("lyhyt", {}, "en").problems[0]).toBe("The password must have at least 12 characters (now 5).");
  });

  it("accepts a long passphrase and rates it strong", () => {
    const check = checkPassword("sininen polkupyörä vuorella 7");
    expect(check.problems).toEqual([]);
    expect(check.score).toBe(4);
    expect(check.label).toBe("Vahva");
  });

  it("never rates a refused password above weak", () => {
    const check = checkPassword(`maija.virtanen ${"x7#q".repeat(8)}`, { email: "maija.virtanen@example.fi" });
    expect(check.problems.length).toBe(1);
    expect(check.score).toBeLessThanOrEqual(1);
  });

  it("counts characters, not UTF-16 units or decomposed marks", () => {
    expect(checkPassword("ä".repeat(11)).problems[0]).toMatch(/nyt 11/);
    expect(checkPassword("a\u0308".repeat(11)).problems[0]).toMatch(/nyt 11/);
  });
});
