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
import pg from "pg";
import { connectionStringOf } from "../db";
import type { PrismaClient } from "../generated/prisma/client";
import { READ_INDEX_CHANNEL } from "../search/refresh";
import { wroteRecently } from "./freshness";
import { allRows, changesSince, readDataVersion, readReference, rowsOf, type DataVersion } from "./load";
import { deriveViews } from "./views";
import { IndexStore, type Reference } from "./store";

/** Without news, an instance still checks the log this often (a lost notification is never lost for long). */
const CHECK_INTERVAL_MS = 1000;
const RECONNECT_MS = 1000;

export class ReadIndex {
  private store = new IndexStore();
  private version: DataVersion = { version: 0n, epoch: "" };
  private readonly pool: pg.Pool;
  private listener: pg.Client | null = null;
  private notified = false;
  private lastCheck = 0;
  private catchingUp: Promise<void> | null = null;
  private closed = false;

  private constructor(private readonly connectionString: string) {
    this.pool = new pg.Pool({ connectionString, max: 2, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
  }

  static async open(connectionString: string, options: { listen?: boolean } = {}): Promise<ReadIndex> {
    const index = new ReadIndex(connectionString);
    await index.rebuild();
    if (options.listen !== false) index.listen();
    return index;
  }

  /** The index, first brought up to date when there may be news. */
  async current(): Promise<IndexStore> {
    const due = this.notified || wroteRecently() || !this.listener || performance.now() - this.lastCheck > CHECK_INTERVAL_MS;
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

  /** The stored texts snippets are cut from, for a page of projects (one primary-key lookup). */
  async snippetTexts(projectIds: number[]): Promise<Map<number, string>> {
    const { rows } = await this.pool.query<{ id: number; text: string }>({
      name: "read-index-snippet-texts",
      text: `SELECT "projectId" AS id, "snippetSource" AS text FROM "ProjectSearch" WHERE "projectId" = ANY($1::int[])`,
      values: [projectIds],
    });
    return new Map(rows.map((r) => [r.id, r.text]));
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
      store.setReference(toReference(await readReference(client, null)));
      await store.build(allRows(client));
      await client.query("COMMIT");
      deriveViews(store);
      this.store = store;
      this.version = version;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  }

  private async applyWith(client: pg.PoolClient, projectIds: number[]): Promise<void> {
    const [rows, reference] = await Promise.all([rowsOf(client, projectIds), readReference(client, projectIds)]);
    const store = this.store;
    // The small tables anew; organisations: those of the changed projects added to the known ones.
    const organizations = new Map(store.reference.organizations);
    for (const o of reference.organizations) organizations.set(o.id, { name: o.name, slug: o.slug });
    store.setReference({ funders: reference.funders, regions: reference.regions, themes: reference.themes, organizations });
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
    client.connect()
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
  return { funders: r.funders, regions: r.regions, themes: r.themes, organizations: new Map(r.organizations.map((o) => [o.id, { name: o.name, slug: o.slug }])) };
}

/** One index per database, shared by everything in the process (and across dev-server reloads). */
const registry: Map<string, Promise<ReadIndex>> = ((globalThis as unknown as { readIndexes?: Map<string, Promise<ReadIndex>> }).readIndexes ??= new Map());

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
  await Promise.all(indexes.map((i) => i.then((x) => x.close(), () => {})));
}
