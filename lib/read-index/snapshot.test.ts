/**
 * A snapshot read back is the index it was written from: the same answers, and it keeps
 * current through edits as the original does. Its format is pinned: a change to what a build
 * derives must bump SNAPSHOT_FORMAT, or an old snapshot would be read as if it were new.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSnapshot, SNAPSHOT_FORMAT, writeSnapshot } from "./snapshot";
import type { IndexStore } from "./store";
import { answers, freshStore, random, randomEdits, row } from "./synthetic";
import { deriveViews } from "./views";

const dir = mkdtempSync(path.join(os.tmpdir(), "read-index-snapshot-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const VERSION = { epoch: "0b7c5a4e-1111-4222-8333-944455556666", version: "42", marker: "2026-12-01 10:00:00 1,2" };

async function builtStore(seed: number, projects: number): Promise<IndexStore> {
  const r = random(seed);
  const store = freshStore();
  await store.build([Array.from({ length: projects }, (_, i) => row(i + 1, r))]);
  return store;
}

function reloaded(store: IndexStore, name: string): IndexStore {
  const file = path.join(dir, name);
  writeSnapshot(file, VERSION, store);
  const snapshot = readSnapshot(file);
  expect(snapshot?.version).toEqual(VERSION);
  const loaded = snapshot!.load(freshStore().reference)!;
  deriveViews(loaded);
  return loaded;
}

describe("read index snapshots", () => {
  it("give back an index that answers and keeps current as the one written", async () => {
    const original = await builtStore(3, 300);
    original.remove(17);
    original.upsert(row(5, random(99)));
    const loaded = reloaded(original, "a.index");
    expect(answers(loaded)).toEqual(answers(original));

    for (const edit of randomEdits(random(5), 150, 340)) {
      for (const store of [original, loaded]) {
        if (edit.row) store.upsert(edit.row);
        else store.remove(edit.id);
      }
    }
    expect(answers(loaded)).toEqual(answers(original));
  });

  it("are not read when damaged, of another format, or missing", () => {
    expect(readSnapshot(path.join(dir, "none.index"))).toBeNull();
    writeFileSync(path.join(dir, "junk.index"), "not an index");
    expect(readSnapshot(path.join(dir, "junk.index"))).toBeNull();
  });

  it("are refused when the regions no longer map to the bits they were made with", async () => {
    const file = path.join(dir, "regions.index");
    writeSnapshot(file, VERSION, await builtStore(4, 20));
    const reference = freshStore().reference;
    expect(
      readSnapshot(file)!.load({
        ...reference,
        regions: [...reference.regions, { id: 99, name: "Ahvenanmaa", code: "MK00" }],
      }),
    ).toBeNull();
  });

  it("have a pinned format: a change to what a build derives bumps SNAPSHOT_FORMAT", async () => {
    const file = path.join(dir, "pinned.index");
    writeSnapshot(file, VERSION, await builtStore(1, 120));
    const digest = createHash("sha256").update(readFileSync(file)).digest("hex").slice(0, 16);
    // On a change here: bump SNAPSHOT_FORMAT in snapshot.ts, then pin the new digest with it.
    expect({ format: SNAPSHOT_FORMAT, digest }).toEqual({ format: 3, digest: "6f4cbf88590fd40a" });
  });
});
