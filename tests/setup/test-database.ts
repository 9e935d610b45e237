import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDatabase } from "../../lib/postgres/embedded";

/** A throwaway embedded Postgres for a test run: its own port and temporary data folder. */
export async function startTestDatabase(port: number, database = "portal_test") {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "tyohyvinvointi-test-pg-"));
  // Run as root, Postgres runs as its own user, which must be able to enter the folder.
  await chmod(dataDir, 0o755);
  const running = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "data"), port, database });
  return {
    url: running.url,
    async stop() {
      await running.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export const TEST_DATABASE_PORT = Number(process.env.TEST_PG_PORT ?? 55433);
