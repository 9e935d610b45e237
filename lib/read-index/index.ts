/**
 * The read index: each app process's in-memory copy of what search, facets, exports, related
 * projects and dashboards read, derived from Postgres, which stays the one source of truth
 * (ADR 0007). One entry point: `readIndex(db)` gives the index of that database, built on first
 * use by streaming the search table, then kept current incrementally:
 *
 * - every write logs the projects it changed under a new data version and NOTIFYs (at commit);
 * - each instance LISTENs, and on a notification (or a local write, or a second without news,
 *   or a lost listener) reads the log since its version and reloads only those projects.
 *
 * So an edit through one instance is visible in every other within moments, with no server
 * process to run beside Postgres: instances stay stateless and scale out behind any Postgres.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { connectionStringOf } from "../db";
import type { PrismaClient } from "../generated/prisma/client";
import { READ_INDEX_CHANNEL } from "../search/refresh";
import { wroteRecently } from "./freshness";
import {
  allRows,
  allWords,
  changeMarker,
  changesSince,
  type DataVersion,
  readDataVersion,
  readReference,
  rowsOf,
  wordsOf,
} from "./load";
import { readSnapshot, writeSnapshot } from "./snapshot";
import { IndexStore, type Reference } from "./store";
import { deriveViews } from "./views";

/** Without news, an instance still checks the log this often (a lost notification is never lost for long). */
const CHECK_INTERVAL_MS = 1000;
const RECONNECT_MS = 1000;
/** A start that caught up this many projects from the change log writes a fresh snapshot. */
const RESNAPSHOT_AFTER = 1000;

/**
 * Where this database's index snapshot is kept (`READ_INDEX_SNAPSHOT_DIR`, by default
 * `.data/read-index`), or null with `READ_INDEX_SNAPSHOTS=off`: one file per database, named by
 * its host, port, user and name (never the password).
 */
export function snapshotFileOf(connectionString: string): string | null {
  if (process.env.READ_INDEX_SNAPSHOTS === "off") return null;
  const url = new URL(connectionString);
  const identity = `${url.username}@${url.hostname}:${url.port}${url.pathname}`;
  const directory = process.env.READ_INDEX_SNAPSHOT_DIR ?? path.join(process.cwd(), ".data", "read-index");
  return path.join(directory, `${createHash("sha256").update(identity).digest("hex").slice(0, 20)}.index`);
}

/** See `ReadIndex.snippetReader`. */
export interface SnippetReader {
  request(projectIds: number[]): void;
  texts(): Promise<Map<number, string>>;
  release(): void;
}

export class ReadIndex {
  private store = new IndexStore();
  private version: DataVersion = { version: 0n, epoch: "" };
  private readonly pool: pg.Pool;
  private listener: pg.Client | null = null;
  private notified = false;
  private lastCheck = 0;
  private catchingUp: Promise<void> | null = null;
  private closed = false;

  private constructor(
    private readonly connectionString: string,
    private readonly snapshotFile: string | null,
  ) {
    // One connection stays open however long the index is idle: the first edit after a quiet
    // spell then waits for no new connection. Searches hold one while they count (snippet texts).
    this.pool = new pg.Pool({ connectionString, max: 4, min: 1, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
    // An idle connection that breaks (Postgres restarted, a failover) is dropped by the pool and
    // the next request opens another; unheard, the pool's error event would end the process.
    this.pool.on("error", () => {});
  }

  /**
   * The index of a database: its snapshot caught up from the change log when there is a usable
   * one, else built from every row (and its snapshot written for the next start).
   */
  static async open(
    connectionString: string,
    options: { listen?: boolean; snapshots?: boolean } = {},
  ): Promise<ReadIndex> {
    const index = new ReadIndex(
      connectionString,
      options.snapshots === false ? null : snapshotFileOf(connectionString),
    );
    if (!(await index.startFromSnapshot())) await index.rebuild();
    if (options.listen !== false) index.listen();
    return index;
  }

  /** How the index came up: from its snapshot, or built from every row. */
  startedFrom: "snapshot" | "rows" = "rows";

  /** The index, first brought up to date when there may be news. */
  async current(): Promise<IndexStore> {
    const due =
      this.notified || wroteRecently() || !this.listener || performance.now() - this.lastCheck > CHECK_INTERVAL_MS;
    if (due) await this.catchUp();
    return this.store;
  }

  /** The index as it is now, without asking the database (tests and the benchmark watch it change). */
  peek(): IndexStore {
    return this.store;
  }

  /** Applies every change committed since the index's version (one query when there is none). */
  catchUp(): Promise<void> {
    // One catch-up at a time; requests arriving meanwhile wait for the one under way and then,
    // if news came in the meantime, for one more.
    const run = async (): Promise<void> => {
      this.notified = false;
      this.lastCheck = performance.now();
      const client = await this.pool.connect();
      try {
        const now = await readDataVersion(client);
        if (now.epoch !== this.version.epoch || now.version < this.version.version) return this.rebuildWith(client);
        const changed = await changesSince(client, this.version.version, now.version);
        if (changed === null) return this.rebuildWith(client);
        if (changed.length) await this.applyWith(client, changed);
        this.version = now;
      } finally {
        client.release();
      }
    };
    const previous = this.catchingUp;
    const next: Promise<void> = (previous ? previous.then(run, run) : run()).finally(() => {
      if (this.catchingUp === next) this.catchingUp = null;
    });
    this.catchingUp = next;
    return next;
  }

  async rebuild(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await this.rebuildWith(client);
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => {});
    await this.catchingUp?.catch(() => {});
    await this.pool.end();
  }

  /**
   * A reader of the stored texts a page's snippets are cut from (one primary-key lookup). It
   * holds a client from the start, so that `request` puts the query on the wire at once and the
   * caller counts facets while Postgres answers; `texts` waits for the answer, `release` gives
   * the client back.
   */
  async snippetReader(): Promise<SnippetReader> {
    const client = await this.pool.connect();
    let pending: Promise<Map<number, string>> | null = null;
    return {
      request: (projectIds) => {
        pending = client
          .query<{ id: number; text: string }>({
            name: "read-index-snippet-texts",
            text: `SELECT "projectId" AS id, "snippetSource" AS text FROM "ProjectSearch"
                   WHERE "projectId" = ANY($1::int[])`,
            values: [projectIds],
          })
          .then((result) => new Map(result.rows.map((r) => [r.id, r.text])));
      },
      texts: () => pending ?? Promise.resolve(new Map()),
      // Given back once its query is answered (a caller that failed half-way may not have waited);
      // a client whose query failed is not given back at all.
      release: () => {
        (pending ?? Promise.resolve()).then(
          () => client.release(),
          (error: Error) => client.release(error),
        );
      },
    };
  }

  /** Approximate bytes the index holds. */
  bytes(): number {
    return this.store.bytes();
  }

  private async rebuildWith(client: pg.PoolClient): Promise<void> {
    const store = new IndexStore();
    // One snapshot: the rows are exactly those of the version read with them.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      const version = await readDataVersion(client);
      const marker = await changeMarker(client, version.version);
      store.setReference(toReference(await readReference(client, null)));
      for await (const { numbers, words } of allWords(client)) store.learnWords(numbers, words);
      await store.build(allRows(client));
      await client.query("COMMIT");
      deriveViews(store);
      this.store = store;
      this.version = version;
      this.startedFrom = "rows";
      this.saveSnapshot(marker);
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  }

  /**
   * Loads the snapshot and applies what changed since; false when there is none fit to use (a
   * snapshot refused says why: a start that builds from every row is a slow one).
   */
  private async startFromSnapshot(): Promise<boolean> {
    const snapshot = this.snapshotFile ? readSnapshot(this.snapshotFile) : null;
    if (!snapshot) return false;
    const refused = (reason: string) => {
      console.warn(`Read index: snapshot not used (${reason}); building from the rows`);
      return false;
    };
    const client = await this.pool.connect();
    try {
      const now = await readDataVersion(client);
      const at = BigInt(snapshot.version.version);
      // The same incarnation of the database, the same history, and a log reaching back to it.
      if (snapshot.version.epoch !== now.epoch) return refused("another database");
      if (at > now.version) return refused(`its version ${at} is ahead of the database's ${now.version}`);
      if ((await changeMarker(client, at)) !== snapshot.version.marker)
        return refused(`the database's history at version ${at} differs`);
      const changed = await changesSince(client, at, now.version);
      if (changed === null) return refused(`the change log no longer reaches back to version ${at}`);
      const store = snapshot.load(toReference(await readReference(client, null)));
      if (!store) return refused("the regions changed");
      this.store = store;
      if (changed.length) await this.applyWith(client, changed);
      deriveViews(store);
      this.version = now;
      this.startedFrom = "snapshot";
      if (changed.length >= RESNAPSHOT_AFTER) this.saveSnapshot(await changeMarker(client, now.version));
      return true;
    } catch (error) {
      // A snapshot that cannot be read or applied only makes this a slower start.
      this.store = new IndexStore();
      return refused((error as Error).message);
    } finally {
      client.release();
    }
  }

  /** Writes the index's snapshot for the next start (synchronously: nothing changes it meanwhile). */
  private saveSnapshot(marker: string | null): void {
    if (!this.snapshotFile) return;
    try {
      writeSnapshot(
        this.snapshotFile,
        { epoch: this.version.epoch, version: String(this.version.version), marker },
        this.store,
      );
    } catch (error) {
      console.warn(
        `Read index: snapshot not written (${(error as Error).message}); the next start builds from the rows`,
      );
    }
  }

  private async applyWith(client: pg.PoolClient, projectIds: number[]): Promise<void> {
    // One after the other: a client runs one query at a time anyway.
    const rows = await rowsOf(client, projectIds);
    const reference = await readReference(client, projectIds);
    const store = this.store;
    const unknown = store.unknownWordNumbers(rows);
    if (unknown.length) {
      const { numbers, words } = await wordsOf(client, unknown);
      store.learnWords(numbers, words);
    }
    // The small tables anew; organisations: those of the changed projects added to the known ones.
    const organizations = new Map(store.reference.organizations);
    for (const o of reference.organizations) organizations.set(o.id, { name: o.name, slug: o.slug });
    store.setReference({
      funders: reference.funders,
      regions: reference.regions,
      themes: reference.themes,
      organizations,
    });
    const present = new Set(rows.map((r) => r.projectId));
    for (const row of rows) store.upsert(row);
    for (const id of projectIds) if (!present.has(id)) store.remove(id);
  }

  private listen(): void {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.connectionString });
    // Once per connection, whether it failed to open or was lost later: try again in a moment.
    let gone = false;
    const lost = () => {
      if (gone) return;
      gone = true;
      if (this.listener === client) this.listener = null;
      client.end().catch(() => {});
      if (!this.closed) setTimeout(() => this.listen(), RECONNECT_MS).unref();
    };
    client.on("error", lost);
    client.on("end", lost);
    client.on("notification", () => {
      this.notified = true;
      // Apply at once, so the index is current even before the next request asks.
      this.catchUp().catch(() => {});
    });
    client
      .connect()
      .then(() => {
        // A listening connection must not keep a finished process (a CLI, a test) alive.
        (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
        return client.query(`LISTEN ${READ_INDEX_CHANNEL}`);
      })
      .then(() => {
        if (this.closed) return client.end();
        this.listener = client;
        // Anything committed while no one listened.
        return this.catchUp();
      })
      .catch(() => lost());
  }
}

function toReference(r: Awaited<ReturnType<typeof readReference>>): Reference {
  return {
    funders: r.funders,
    regions: r.regions,
    themes: r.themes,
    organizations: new Map(r.organizations.map((o) => [o.id, { name: o.name, slug: o.slug }])),
  };
}

/** One index per database, shared by everything in the process (and across dev-server reloads). */
const registry: Map<string, Promise<ReadIndex>> = ((
  globalThis as unknown as { readIndexes?: Map<string, Promise<ReadIndex>> }
).readIndexes ??= new Map());

export function readIndexOf(connectionString: string): Promise<ReadIndex> {
  let index = registry.get(connectionString);
  if (!index) {
    index = ReadIndex.open(connectionString);
    registry.set(connectionString, index);
    // A failed build (database away) is not kept: the next request tries again.
    index.catch(() => registry.get(connectionString) === index && registry.delete(connectionString));
  }
  return index;
}

/** The current read index of the database `db` talks to. */
export async function readIndex(db: PrismaClient): Promise<IndexStore> {
  return (await readIndexOf(connectionStringOf(db))).current();
}

/** Closes every index of the process (tests, CLIs). */
export async function closeReadIndexes(): Promise<void> {
  const indexes = [...registry.values()];
  registry.clear();
  await Promise.all(
    indexes.map((i) =>
      i.then(
        (x) => x.close(),
        () => {},
      ),
    ),
  );
}
