/**
 * `npm run parse -- <file>...`: prints what the parsers read from source texts, as the parse
 * contract's JSON (one object for one file, an array for several). Touches no database.
 * Exit code 2 when any file's format is unknown, 1 when a file cannot be read.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { toContract } from "../ingest/contract";
import { parseSource } from "../ingest/parse";

async function main(): Promise<number> {
  const files = process.argv.slice(2).filter((a) => a !== "--");
  if (files.length === 0) {
    console.error("Usage: npm run parse -- <file>...");
    return 1;
  }
  let exitCode = 0;
  const results = [];
  for (const file of files) {
    let raw: string;
    try {
      raw = await readFile(file, "utf8");
    } catch (error) {
      console.error(`${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String(error)}`);
      exitCode = 1;
      continue;
    }
    const { record } = parseSource(raw, path.basename(file));
    if (record.format === "unknown" && exitCode === 0) exitCode = 2;
    results.push(toContract(record));
  }
  const output = files.length === 1 ? results[0] : results;
  if (output !== undefined) process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return exitCode;
}

main().then((code) => process.exit(code));
