/**
 * `db:backup` / `db:restore`: a logical copy of every table, without needing pg_dump (the
 * embedded Postgres does not ship it). The file is gzip'd JSON lines: a header naming the applied
 * migrations, then each table's rows. Restore goes into an empty database migrated to the same
 * migrations, in one transaction, with foreign-key triggers off while rows arrive in any order,
 * and sets every id sequence past the restored ids.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { pipeline as pipelineStreams, Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";

const FORMAT = "tyohyvinvointi-backup/1";
const BATCH = 1000;

async function tables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables
     WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  return rows.map((r) => r.tablename);
}

async function migrations(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.migration_name);
}

export async function backupDatabase(url: string, file: string): Promise<Record<string, number>> {
  const client = new pg.Client(url);
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    // One snapshot for all tables: the copy is consistent even while the portal keeps writing.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const names = await tables(client);
    const applied = await migrations(client);
    async function* lines() {
      yield `${JSON.stringify({ format: FORMAT, migrations: applied, at: new Date().toISOString() })}\n`;
      for (const table of names) {
        const { rows } = await client.query<{ row: unknown }>(`SELECT to_jsonb(t) AS row FROM "public"."${table}" t`);
        counts[table] = rows.length;
        yield `${JSON.stringify({ "@table": table, "@rows": rows.length })}\n`;
        for (const { row } of rows) yield `${JSON.stringify(row)}\n`;
      }
    }
    await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file));
    await client.query("COMMIT");
    return counts;
  } finally {
    await client.end();
  }
}

/**
 * The file's lines, pulled one at a time: nothing is read until the loop asks for it, so the
 * restore may await between lines (or before the first) without losing any. (`readline` pushes
 * lines as the stream flows, and lines emitted before its iterator is attached are dropped: on a
 * fast disk the header line went missing.)
 */
export async function* linesOf(file: string): AsyncGenerator<string> {
  // pipeline (not .pipe) so that a missing file or a broken gzip ends the loop with its error.
  const text = pipelineStreams(createReadStream(file), createGunzip(), () => {});
  text.setEncoding("utf8"); // decodes characters split across chunks
  let rest = "";
  for await (const chunk of text as AsyncIterable<string>) {
    const parts = (rest + chunk).split("\n");
    rest = parts.pop()!;
    yield* parts;
  }
  if (rest) yield rest;
}

export async function restoreDatabase(url: string, file: string): Promise<Record<string, number>> {
  const client = new pg.Client(url);
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    let header: { format: string; migrations: string[] } | null = null;
    let table: string | null = null;
    let batch: unknown[] = [];
    const known = new Set<string>();
    const flush = async () => {
      if (!table || batch.length === 0) return;
      await client.query(
        `INSERT INTO "public"."${table}" SELECT * FROM jsonb_populate_recordset(NULL::"public"."${table}", $1::jsonb)`,
        [JSON.stringify(batch)],
      );
      counts[table] = (counts[table] ?? 0) + batch.length;
      batch = [];
    };
    await client.query("BEGIN");
    for await (const line of linesOf(file)) {
      if (!line) continue;
      if (!header) {
        header = JSON.parse(line);
        if (header?.format !== FORMAT)
          throw new Error(`not a backup of this portal (${header?.format ?? "no format"})`);
        const target = await migrations(client);
        if (JSON.stringify(target) !== JSON.stringify(header.migrations)) {
          throw new Error(
            "the database is at other migrations than the backup: run db:migrate with the backup's version first " +
              `(backup: ${header.migrations.at(-1)}, database: ${target.at(-1) ?? "none"})`,
          );
        }
        for (const name of await tables(client)) known.add(name);
        const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Project"`);
        if (Number(rows[0]!.n) > 0)
          throw new Error("the database is not empty: restore only into a freshly migrated database");
        // Reference rows the migrations may have inserted (the data version) are replaced by the backup's.
        for (const name of known) await client.query(`TRUNCATE "public"."${name}" CASCADE`);
        await client.query("SET LOCAL session_replication_role = replica");
        continue;
      }
      const value = JSON.parse(line);
      if (value && typeof value === "object" && "@table" in value) {
        await flush();
        if (!known.has(value["@table"]))
          throw new Error(`the backup has a table this database lacks: ${value["@table"]}`);
        table = value["@table"];
        continue;
      }
      batch.push(value);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    // Sequences continue after the highest restored id.
    await client.query(`
      DO $$ DECLARE r record; BEGIN
        FOR r IN SELECT c.relname AS tbl, a.attname AS col,
                        pg_get_serial_sequence(format('%I', c.relname), a.attname) AS seq
                 FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0
                   AND pg_get_serial_sequence(format('%I', c.relname), a.attname) IS NOT NULL
        LOOP
          EXECUTE format('SELECT setval(%L, coalesce((SELECT max(%I) FROM %I), 0) + 1, false)', r.seq, r.col, r.tbl);
        END LOOP;
      END $$`);
    await client.query("COMMIT");
    return counts;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
