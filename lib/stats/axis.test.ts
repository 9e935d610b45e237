import { describe, expect, it } from "vitest";
import { valueAxis } from "./axis";

const labels = (largest: number, count: number, type: "eur" | "int") =>
  valueAxis(largest, count, type).ticks.map((t) => t.label);

describe("valueAxis", () => {
  it("ticks a small count axis in whole numbers only", () => {
    expect(labels(2, 5, "int")).toEqual(["0", "1", "2"]);
    expect(labels(1, 5, "int")).toEqual(["0", "1"]);
    expect(labels(3, 3, "int")).toEqual(["0", "1", "2", "3"]);
  });

  it("never writes a label twice and always reaches the largest value", () => {
    for (const type of ["eur", "int"] as const) {
      for (const count of [3, 5]) {
        for (let largest = 1; largest < 5e7; largest = Math.ceil(largest * 1.37)) {
          const axis = valueAxis(largest, count, type);
          const shown = axis.ticks.map((t) => t.label);
          expect(new Set(shown).size, `${type} ${largest}: ${shown.join(" | ")}`).toBe(shown.length);
          expect(axis.max).toBeGreaterThanOrEqual(largest);
          expect(axis.ticks[0]!.value).toBe(0);
          expect(axis.ticks.at(-1)!.at).toBeLessThanOrEqual(1);
          expect(axis.ticks.every((t) => Number.isInteger(t.value))).toBe(true);
        }
      }
    }
  });

  it("writes money in Finnish", () => {
    expect(labels(2_400_000, 5, "eur")).toEqual(
      ["0 €", "500 000 €", "1,0 milj. €", "1,5 milj. €", "2,0 milj. €", "2,5 milj. €"].map((s) =>
        s.replace(/ /g, "\u00a0"),
      ),
    );
  });

  it("writes short money in the page's language", () => {
    const labelsIn = (locale: "sv" | "en") => valueAxis(2_400_000, 3, "eur", locale).ticks.map((t) => t.label);
    expect(labelsIn("sv").at(-1)).toBe("3,0\u00a0mn\u00a0€");
    expect(labelsIn("en").at(-1)).toBe("€3.0M");
  });
});
