import { describe, expect, it } from "vitest";
import { checkPassword } from "./password-policy";

describe("checkPassword", () => {
  it("refuses short, common and personal passwords, in Finnish", () => {
    expect(checkPassword("lyhyt").problems[0]).toMatch(/vähintään 12 merkkiä/);
    expect(checkPassword("salasana123!").problems.join(" ")).toMatch(/yleisesti käytetty/);
    expect(checkPassword("maija.virtanen2024", { email: "maija.virtanen@example.fi" }).problems.join(" ")).toMatch(
      /sähköpostiosoitettasi/,
    );
    expect(checkPassword("aaaaaaaaaaaaaaa").problems.length).toBeGreaterThan(0);
  });
  it("accepts a long passphrase and rates it strong", () => {
    const check = checkPassword("sininen polkupyörä vuorella 7");
    expect(check.problems).toEqual([]);
    expect(check.score).toBeGreaterThanOrEqual(3);
  });
  it("counts characters, not UTF-16 units or decomposed marks", () => {
    expect(checkPassword("ä".repeat(11)).problems[0]).toMatch(/nyt 11/);
    expect(checkPassword("a\u0308".repeat(11)).problems[0]).toMatch(/nyt 11/);
  });
});
