/**
 * Run by the benchmark in a process of its own: a second app instance on the database in argv[2]
 * that learns of edits only through NOTIFY, as another server behind a load balancer would. It
 * prints "ready" once its index is up, then a line of JSON each time the title of project argv[3]
 * changes in its index: the title and when it was seen (milliseconds since the epoch, at
 * sub-millisecond resolution, comparable with the benchmark's own clock).
 *
 * A process of its own, not a second index in the benchmark's: at 1 000 000 projects two indexes
 * in one heap make every collection slower, and the search figures measured after it paid for it.
 */
import { ReadIndex } from "../read-index";

const url = process.argv[2]!;
const projectId = Number(process.argv[3]);
const index = await ReadIndex.open(url);
const titleNow = () => {
  const store = index.peek();
  const doc = store.doc(projectId);
  return doc === undefined ? undefined : store.titles[doc];
};
let seen = titleNow();
process.stdout.write("ready\n");
// Looking every millisecond costs next to nothing and bounds the error of what is measured.
const watch = setInterval(() => {
  const title = titleNow();
  if (title === seen) return;
  seen = title;
  process.stdout.write(`${JSON.stringify({ title, at: performance.timeOrigin + performance.now() })}\n`);
}, 1);
process.stdin.resume();
process.stdin.on("end", async () => {
  clearInterval(watch);
  await index.close();
  process.exit(0);
});
