import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, expect, it } from "vitest";
import { linesOf } from "./backup";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "backup-lines-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it("loses no line when the reader waits before the first one and between lines", async () => {
  // Multi-byte letters across gzip chunk boundaries, and enough lines to span many chunks.
  const lines = ["otsake", ...Array.from({ length: 20_000 }, (_, i) => `rivi ${i} äöå €`)];
  const file = path.join(dir, "lines.gz");
  await writeFile(file, gzipSync(`${lines.join("\n")}\n`));

  const reader = linesOf(file);
  await sleep(100); // the restore awaits the database before its loop starts
  const read: string[] = [];
  for await (const line of reader) {
    read.push(line);
    if (read.length % 5000 === 0) await sleep(10);
  }
  expect(read.filter(Boolean)).toEqual(lines);
});
