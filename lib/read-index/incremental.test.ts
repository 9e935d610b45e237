/**
 * Derive on write: an index kept current edit by edit answers exactly as one built afresh from
 * the final rows — search (facets, totals, page), dashboards (the sheet of all docs, the grant
 * order, status sets) and related projects.
 */
import { describe, expect, it } from "vitest";
import { searchIndex } from "./search";
import type { ProjectRow } from "./store";
import { answers, freshStore, params, random, randomEdits, row } from "./synthetic";

describe("the read index kept on every write", () => {
  it("answers as an index built afresh from the final rows", async () => {
    const r = random(7);
    const rows = new Map<number, ProjectRow>();
    for (let id = 1; id <= 400; id++) rows.set(id, row(id, r));
    const live = freshStore();
    await live.build([[...rows.values()]]);
    answers(live); // derive the lazily built views (sheet of all, grant order, status) before the edits

    for (const edit of randomEdits(r, 300, 460)) {
      if (edit.row) {
        rows.set(edit.id, edit.row);
        live.upsert(edit.row);
      } else {
        rows.delete(edit.id);
        live.remove(edit.id);
      }
    }

    const finalRows = [...rows.keys()].sort((a, b) => a - b).map((id) => rows.get(id)!);
    const rebuilt = freshStore();
    await rebuilt.build([finalRows.slice(0, 100), finalRows.slice(100)]);
    // The same rows added one by one, each posting put into its list (the path of every edit).
    const upserted = freshStore();
    for (const x of finalRows) upserted.upsert(x);
    const expected = answers(rebuilt);
    for (const store of [live, upserted]) {
      const actual = answers(store);
      expect(actual.search).toEqual(expected.search);
      expect(actual.dashboards).toEqual(expected.dashboards);
      expect(actual.related).toEqual(expected.related);
      expect(store.aliveCount).toBe(rows.size);
    }
  });

  it("keeps every word of a project edited several times in a row", () => {
    const r = random(11);
    const store = freshStore();
    const first = row(1, r);
    store.upsert(first);
    store.upsert({ ...first, textC: `${first.textC} harvinaissana kotihoito` });
    store.upsert({ ...first, textA: "aivan uusi otsikko", textC: `${first.textC} harvinaissana kotihoito` });
    for (const q of ["q=harvinaissana", "q=kotihoito", "q=otsikko"])
      expect(searchIndex(store, params(q)).total).toBe(1);
    store.upsert(first);
    expect(searchIndex(store, params("q=harvinaissana")).total).toBe(0);
  });
});
