import { adoptDatabaseUrl, env } from "../env";
import { type RunningDatabase, startEmbeddedDatabase } from "./embedded";

/** The database the portal uses: DATABASE_URL when set, else the embedded Postgres. */
export async function openDatabase(): Promise<RunningDatabase> {
  const { DATABASE_URL, EMBEDDED_PG_DIR, EMBEDDED_PG_PORT } = env();
  if (DATABASE_URL) return { url: DATABASE_URL, stop: async () => {} };
  const running = await startEmbeddedDatabase({
    dataDir: EMBEDDED_PG_DIR,
    port: EMBEDDED_PG_PORT,
    database: "tyohyvinvointi",
  });
  // Code further down (lib/db.ts) reads the URL from the environment like any deployment would.
  adoptDatabaseUrl(running.url);
  return running;
}

/** Runs `work` against the portal's database, stopping an embedded server this call started. */
export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const database = await openDatabase();
  try {
    return await work(database.url);
  } finally {
    await database.stop();
  }
}
