/**
 * `npm run db:migrate`            apply pending migrations to DATABASE_URL (or the embedded Postgres)
 * `npm run db:migration:new NAME` write prisma/migrations/<timestamp>_NAME/migration.sql from the
 *                                 difference between the schema at the last migration and now
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { withDatabase } from "../lib/postgres/connect";
import { applyMigrations, diffSchemas, readMigrations } from "../lib/postgres/schema-engine";

const ROOT = path.resolve(import.meta.dirname, "..");
export const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");
/** The schema as of the newest migration: the "from" side of the next diff. */
const SNAPSHOT_PATH = path.join(MIGRATIONS_DIR, "schema-at-last-migration.prisma.txt");

export async function migrate(connectionString: string): Promise<string[]> {
  // Loading the WebAssembly engine takes seconds; when every migration is already recorded as
  // finished (the usual case at start-up) there is nothing for it to do.
  if ((await pendingMigrations(connectionString)).length === 0) return [];
  return applyMigrations({ schemaPath: SCHEMA_PATH, migrationsDir: MIGRATIONS_DIR, connectionString });
}

/** Migration folders not yet recorded as finished in `_prisma_migrations`. */
export async function pendingMigrations(connectionString: string): Promise<string[]> {
  const names = (await readMigrations(MIGRATIONS_DIR)).map((m) => m.name);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows: exists } = await client.query(
      "SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present",
    );
    if (!exists[0]?.present) return names;
    const { rows } = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    return names.filter((n) => !applied.has(n));
  } finally {
    await client.end();
  }
}

async function newMigration(name: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("Migration name: lower-case letters, digits and _ only");
  const fromSchema = existsSync(SNAPSHOT_PATH) ? await readFile(SNAPSHOT_PATH, "utf8") : undefined;
  const sql = await withDatabase((connectionString) =>
    diffSchemas({ fromSchema, toSchemaPath: SCHEMA_PATH, connectionString }),
  );
  if (!sql.trim() || /^-- This is an empty migration\.?\s*$/.test(sql.trim())) {
    // A change with no SQL (the generator's options, comments) is still recorded, so that the
    // snapshot stays the schema as of the last migration and the in-step test holds.
    await writeFile(SNAPSHOT_PATH, await readFile(SCHEMA_PATH, "utf8"));
    console.log("schema.prisma needs no new migration (its snapshot is updated).");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  await writeFile(SNAPSHOT_PATH, await readFile(SCHEMA_PATH, "utf8"));
  const lock = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  if (!existsSync(lock))
    await writeFile(lock, '# Written by prisma/migrate.ts; keep it in git.\nprovider = "postgresql"\n');
  console.log(`Wrote ${path.relative(ROOT, dir)}/migration.sql — add hand-written SQL (CHECKs, indexes) at its end.`);
}

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (command === "new") {
    if (!name) throw new Error("Usage: npm run db:migration:new -- <name>");
    await newMigration(name);
  } else if (command === "deploy" || command === undefined) {
    await withDatabase(async (url) => {
      const applied = await migrate(url);
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
    });
  } else {
    throw new Error(`Unknown command "${command}" (expected "deploy" or "new")`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
