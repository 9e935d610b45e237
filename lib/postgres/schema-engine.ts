import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";

/**
 * Prisma's own schema engine, compiled to WebAssembly. The native engine the Prisma CLI downloads
 * cannot be fetched on our machines, so we drive the same engine in-process. The migrations it
 * reads and the `_prisma_migrations` table it writes are the standard ones, so the native
 * `prisma migrate deploy` keeps working wherever it can be installed (ADR 0002).
 */

// The subset of the engine's API we use; the package's own typings describe far more.
interface SchemaEngine {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string }>;
}

interface EngineModule {
  SchemaEngine: { new: (options: unknown, log: (line: string) => void, adapter: unknown) => Promise<SchemaEngine> };
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
}

let modulePromise: Promise<EngineModule> | undefined;

/**
 * The engine's imports, with its timers unref'd. The engine arms timeouts (ten seconds) that it
 * never clears; each kept the process alive after migrating, so every test run and CLI call that
 * migrated sat idle for ten seconds before exiting. The work they guard keeps the process alive on
 * its own (its sockets), so an unref'd timer changes nothing else.
 */
function withUnrefTimers(glue: EngineModule): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...glue };
  for (const [name, value] of Object.entries(glue)) {
    if (!name.startsWith("__wbg_setTimeout_") || typeof value !== "function") continue;
    imports[name] = (...args: unknown[]) => {
      const timer = (value as (...a: unknown[]) => NodeJS.Timeout)(...args);
      timer.unref();
      return timer;
    };
  }
  return imports;
}

/** The package's entry imports a `.wasm` file, which Node cannot; we instantiate it ourselves. */
function loadEngineModule(): Promise<EngineModule> {
  modulePromise ??= (async () => {
    // The engine reports Rust panics through this global; without it a panic hides its message.
    const registry = globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
    registry.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message: (message: string) => {
        throw new Error(`Prisma schema engine panicked: ${message}`);
      },
    };
    const require = createRequire(import.meta.url);
    // The package exports no package.json; resolve its glue module and take that folder.
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const glue = (await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href)) as EngineModule;
    const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
    const module = await WebAssembly.compile(new Uint8Array(bytes));
    const instance = await WebAssembly.instantiate(module, { "./schema_engine_bg.js": withUnrefTimers(glue) as never });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return modulePromise;
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * Runs `work` with an engine on its own connection pool, closed afterwards: the engine has no way
 * to close it, and an idle pool keeps the process alive for ten seconds after everything is done.
 */
async function withEngine<T>(
  schemaPath: string,
  connectionString: string,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const engineModule = await loadEngineModule();
  const schema = await readFile(schemaPath, "utf8");
  const pool = new pg.Pool({ connectionString });
  try {
    // The engine connects on creation even when the command (a schema-to-schema diff) reads nothing.
    const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
    const logs: string[] = [];
    const engine = await engineModule.SchemaEngine.new(
      { datamodels: [[path.basename(schemaPath), schema]] },
      (line) => logs.push(line),
      adapter,
    );
    return await work(engine);
  } finally {
    await pool.end();
  }
}

export interface MigrationFolder {
  name: string;
  sql: string;
}

export async function readMigrations(migrationsDir: string): Promise<MigrationFolder[]> {
  if (!existsSync(migrationsDir)) return [];
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => ({ name, sql: await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8") })),
  );
}

/** Applies pending migrations (like `prisma migrate deploy`); returns the names it applied. */
export async function applyMigrations(options: {
  schemaPath: string;
  migrationsDir: string;
  connectionString: string;
}): Promise<string[]> {
  const migrations = await readMigrations(options.migrationsDir);
  const result = await withEngine(options.schemaPath, options.connectionString, (engine) =>
    engine.applyMigrations({
      migrationsList: {
        baseDir: options.migrationsDir,
        lockfile: { path: "migration_lock.toml", content: 'provider = "postgresql"\n' },
        shadowDbInitScript: "",
        migrationDirectories: migrations.map((m) => ({
          path: m.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
        })),
      },
      filters: NO_FILTERS,
    }),
  );
  return result.appliedMigrationNames;
}

/**
 * The SQL that takes a database from one schema to another (`prisma migrate diff`);
 * `fromSchema` undefined means "from empty". The database is only connected to, not read.
 */
export async function diffSchemas(options: {
  fromSchema?: string;
  toSchemaPath: string;
  connectionString: string;
}): Promise<string> {
  const toContent = await readFile(options.toSchemaPath, "utf8");
  const from =
    options.fromSchema === undefined
      ? { tag: "empty" }
      : { tag: "schemaDatamodel", files: [{ path: "from.prisma", content: options.fromSchema }] };
  const result = await withEngine(options.toSchemaPath, options.connectionString, (engine) =>
    engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: options.toSchemaPath, content: toContent }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    }),
  );
  return result.stdout;
}
