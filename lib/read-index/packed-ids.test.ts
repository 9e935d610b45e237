import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PackedIdSets } from "./packed-ids";

const idsOf = (sets: PackedIdSets, key: number) => {
  const ids: number[] = [];
  sets.forEach(key, (id) => ids.push(id));
  return ids;
};

describe("packed id sets", () => {
  it("give back each key's last set, ascending, through replacements and compactions", () => {
    const key = fc.integer({ min: 0, max: 40 });
    const ids = fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { maxLength: 30 });
    fc.assert(
      fc.property(fc.array(fc.tuple(key, ids), { maxLength: 200 }), (steps) => {
        const sets = new PackedIdSets();
        const expected = new Map<number, number[]>();
        for (const [k, set] of steps) {
          sets.set(k, set);
          expected.set(
            k,
            [...set].sort((a, b) => a - b),
          );
        }
        for (let k = 0; k <= 41; k++) expect(idsOf(sets, k)).toEqual(expected.get(k) ?? []);
      }),
    );
  });

  it("compacts a pool that is mostly left behind", () => {
    const sets = new PackedIdSets();
    const big = Array.from({ length: 1000 }, (_, i) => i * 20_000);
    for (let round = 0; round < 400; round++) sets.set(round % 3, big);
    expect(sets.byteLength()).toBeLessThan(1 << 21);
    expect(idsOf(sets, 2)).toEqual(big);
  });
});
