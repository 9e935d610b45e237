/**
 * A second app instance, as far as the read index goes: its own process, its own index of the
 * database in DATABASE_URL, answering one JSON line per request line on stdin
 * (`{"q": "…"}` → `{"total": n}`). It answers from what its index holds right now, without
 * asking the database first, so a test sees exactly what the change notifications delivered.
 */
import { createInterface } from "node:readline";
import { readIndexOf } from "../../../lib/read-index";
import { searchIndex } from "../../../lib/read-index/search";
import { parseSearchParams } from "../../../lib/search/filters";

const index = await readIndexOf(process.env.DATABASE_URL!);
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  const parsed = parseSearchParams(new URLSearchParams(JSON.parse(line).query as string));
  if (!parsed.ok) throw new Error(parsed.message);
  process.stdout.write(`${JSON.stringify({ total: searchIndex(index.peek(), parsed.params).total })}\n`);
}
await index.close();
