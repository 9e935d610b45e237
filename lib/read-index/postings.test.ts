/**
 * The shared posting layout: lists laid out by a build, edited in place or moved, and laid out
 * again for a snapshot hold exactly the postings a plain map of them holds.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { occurrencesOf, Postings, PostingsBuilder } from "./postings";

const WORDS = 6;
type Model = Map<number, Map<number, { field: number; positions: number[] }>>;

/** Each word's postings as [doc, field, positions], read the way a scan reads them. */
function read(postings: Postings): Array<Array<[number, number, number[]]>> {
  return Array.from({ length: WORDS }, (_, word) => {
    const list = postings.list(word);
    expect(postings.lengthOf(word)).toBe(list?.length ?? 0);
    if (!list) return [];
    let end = 0;
    return Array.from({ length: list.length }, (_, i) => {
      const start = end;
      end += occurrencesOf(list.info[i]!);
      return [list.docs[i]!, list.info[i]! & 3, [...list.positions.subarray(start, end)]];
    });
  });
}

function expected(model: Model): Array<Array<[number, number, number[]]>> {
  return Array.from({ length: WORDS }, (_, word) =>
    [...(model.get(word) ?? new Map()).entries()]
      .sort(([a], [b]) => a - b)
      .map(([doc, { field, positions }]) => [doc, field, positions] as [number, number, number[]]),
  );
}

const positions = fc.array(fc.integer({ min: 0, max: 70_000 }), { minLength: 1, maxLength: 4 });
/** Words the build knows; the last two come with edits only. */
const BUILT_WORDS = WORDS - 2;
const posting = (words: number) => fc.record({ word: fc.nat(words - 1), field: fc.nat(2), positions });
const edit = fc.oneof(
  fc.record({ kind: fc.constant("put" as const), doc: fc.nat(40), posting: posting(WORDS) }),
  fc.record({ kind: fc.constant("remove" as const), doc: fc.nat(40), word: fc.nat(WORDS - 1) }),
);
const clamped = (values: number[]) => values.map((p) => Math.min(p, 0xffff));

describe("posting lists", () => {
  it("hold what was put and not removed, through a build, edits and a snapshot's layout", () => {
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(posting(BUILT_WORDS), { selector: (p) => p.word, maxLength: WORDS }), {
          maxLength: 30,
        }),
        fc.array(edit, { maxLength: 60 }),
        (docs, edits) => {
          const model: Model = new Map();
          const note = (word: number, doc: number, field: number, values: number[]) => {
            if (!model.has(word)) model.set(word, new Map());
            model.get(word)!.set(doc, { field, positions: clamped(values) });
          };
          const builder = new PostingsBuilder();
          docs.forEach((postings, doc) => {
            const grouped = postings.flatMap((p) => p.positions);
            const starts: number[] = [];
            postings.reduce((at, p) => (starts.push(at), at + p.positions.length), 0);
            builder.add(
              doc,
              postings.length,
              postings.map((p) => p.word),
              postings.map((p) => p.field),
              grouped,
              starts,
              postings.map((p) => p.positions.length),
            );
            for (const p of postings) note(p.word, doc, p.field, p.positions);
          });
          const postings = builder.finish(BUILT_WORDS);
          expect(read(postings)).toEqual(expected(model));
          for (const e of edits) {
            if (e.kind === "put") {
              const { word, field, positions: values } = e.posting;
              postings.put(word, e.doc, field, values, 0, values.length);
              note(word, e.doc, field, values);
            } else {
              postings.remove(e.word, e.doc);
              model.get(e.word)?.delete(e.doc);
            }
          }
          expect(read(postings)).toEqual(expected(model));
          // As a snapshot lays them out again, moved lists and new words among them.
          expect(read(new Postings(postings.pack()))).toEqual(expected(model));
        },
      ),
      { numRuns: 300 },
    );
  });
});
