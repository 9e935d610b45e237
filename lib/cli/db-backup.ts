/**
 * `npm run db:backup [-- file]` writes a backup of the portal's database (default
 * `backups/tyohyvinvointi-<time>.jsonl.gz`); `npm run db:restore -- file` loads one into an empty,
 * freshly migrated database (this one is migrated first).
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { migrate } from "../../prisma/migrate";
import { backupDatabase, restoreDatabase } from "../backup/backup";
import { withDatabase } from "../postgres/connect";

const [mode, fileArg] = process.argv.slice(2);

async function main() {
  if (mode === "backup") {
    const file =
      fileArg ?? path.join("backups", `tyohyvinvointi-${new Date().toISOString().replace(/[:.]/g, "-")}.jsonl.gz`);
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    const counts = await withDatabase((url) => backupDatabase(url, file));
    console.log(
      `Varmuuskopio: ${file} (${Object.values(counts).reduce((a, b) => a + b, 0)} riviä, ` +
        `${Object.keys(counts).length} taulua)`,
    );
  } else if (mode === "restore" && fileArg) {
    const counts = await withDatabase(async (url) => {
      await migrate(url);
      return restoreDatabase(url, fileArg);
    });
    console.log(
      `Palautettu: ${Object.values(counts).reduce((a, b) => a + b, 0)} riviä, ${Object.keys(counts).length} taulua`,
    );
  } else {
    console.error("Käyttö: npm run db:backup [-- tiedosto] | npm run db:restore -- tiedosto");
    process.exit(2);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
