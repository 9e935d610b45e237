/**
 * Run by the benchmark in a process of its own (`node --expose-gc`): brings up the read index of
 * the database in argv[2] as an app instance starts — built from every row with argv[3] "rows",
 * else from its snapshot when there is one — collects garbage, and prints the time and the
 * process's memory as JSON: what an instance holds for its index, without the benchmark's own.
 */
import { ReadIndex } from "../read-index";

const url = process.argv[2]!;
const before = process.memoryUsage().rss;
const started = performance.now();
const index = await ReadIndex.open(url, { listen: false, snapshots: process.argv[3] !== "rows" });
const buildMs = performance.now() - started;
// Twice, a moment apart: array buffers are swept after the collection that finds them dead.
(globalThis as { gc?: () => void }).gc?.();
await new Promise((resolve) => setTimeout(resolve, 200));
(globalThis as { gc?: () => void }).gc?.();
const { rss, heapUsed, arrayBuffers } = process.memoryUsage();
const mb = (bytes: number) => Math.round(bytes / 1e6);
const figures = {
  startedFrom: index.startedFrom,
  buildMs: Math.round(buildMs),
  rssMb: mb(rss),
  rssBeforeMb: mb(before),
  heapUsedMb: mb(heapUsed),
  arrayBuffersMb: mb(arrayBuffers),
  indexBytesMb: mb(index.bytes()),
};
process.stdout.write(`${JSON.stringify(figures)}\n`);
await index.close();
