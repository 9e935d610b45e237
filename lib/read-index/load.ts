/**
 * Reading the read index's input from Postgres: the search rows (streamed in primary-key
 * batches), the reference tables the answers are labelled with, the data version, and the change
 * log that says which projects each later version touched.
 */
import type pg from "pg";
import type { ProjectRow, Reference } from "./store";
import { TOKENS_FORMAT } from "./stored-tokens";

// The tokens derived on write; the texts only for a row without them in this code's format
// (written before they were stored, or by an older tokenizer): the index then tokenises the text.
export const TOKENS_USABLE = `(s.tokens IS NOT NULL AND length(s.tokens) > 0 AND get_byte(s.tokens, 0) = ${TOKENS_FORMAT})`;
const TEXT_COLUMNS = `CASE WHEN ${TOKENS_USABLE} THEN s.tokens END AS tokens,
  CASE WHEN ${TOKENS_USABLE} THEN '' ELSE coalesce(s."textA", s.title) END AS "textA",
  CASE WHEN ${TOKENS_USABLE} THEN '' ELSE coalesce(s."textB", '') END AS "textB",
  CASE WHEN ${TOKENS_USABLE} THEN '' ELSE coalesce(s."textC", '') END AS "textC"`;

const ROW_COLUMNS = `s."projectId", p.slug, p."projectNumber", s.title, s."funderCode", s."grantType",
  s."periodStart"::text AS "periodStart", s."periodEnd"::text AS "periodEnd", s."startYear", s."decisionYear",
  s."grantedEur", s."totalCostEur", s."euStateGrantedEur", s."euStateRealizedEur", s."publicPlannedEur",
  s."publicRealizedEur", s."applicantId", s."isNational",
  coalesce(s."regionIds", '{}') AS "regionIds", coalesce(s."inferredRegionIds", '{}') AS "inferredRegionIds",
  coalesce(s."organizationIds", '{}') AS "organizationIds",
  coalesce(s."organizationTypes", '{}') AS "organizationTypes", coalesce(s."themeIds", '{}') AS "themeIds",
  ${TEXT_COLUMNS}`;
const FROM = `FROM "ProjectSearch" s JOIN "Project" p ON p.id = s."projectId" AND p."deletedAt" IS NULL`;
const BATCH = 2000;
const WORD_BATCH = 100_000;

export interface DataVersion {
  version: bigint;
  epoch: string;
}

export async function readDataVersion(client: pg.ClientBase): Promise<DataVersion> {
  const { rows } = await client.query<{ version: string; epoch: string }>(
    `SELECT version::text, epoch::text FROM "DataVersion" WHERE id = 1`,
  );
  return { version: BigInt(rows[0]?.version ?? 0), epoch: rows[0]?.epoch ?? "" };
}

/** Every live project's row, in batches, in primary-key order. */
export async function* allRows(client: pg.ClientBase): AsyncGenerator<ProjectRow[]> {
  // Both sides of the join bounded: with the search row's key alone, the merge join walked the
  // projects from the first every batch (quadratic in the corpus).
  const batchAfter = (after: number) =>
    client.query<ProjectRow>(
      `SELECT ${ROW_COLUMNS} ${FROM} WHERE s."projectId" > $1 AND p.id > $1 ORDER BY s."projectId" LIMIT ${BATCH}`,
      [after],
    );
  let next = batchAfter(-1);
  try {
    for (;;) {
      const { rows } = await next;
      if (rows.length === 0) return;
      // Asked before this batch is read: Postgres finds the next one meanwhile, on the other core.
      next = batchAfter(rows[rows.length - 1]!.projectId);
      yield rows;
    }
  } finally {
    // A reader that stops early leaves no query running on the client, nor a failure unheard.
    await next.catch(() => {});
  }
}

/** Every numbered word (lib/read-index/stored-tokens.ts), in batches: numbers and words side by side. */
export async function* allWords(client: pg.ClientBase): AsyncGenerator<{ numbers: number[]; words: string[] }> {
  let after = 0;
  for (;;) {
    const { rows } = await client.query<{ numbers: number[]; words: string[] }>(
      `SELECT coalesce(array_agg(id ORDER BY id), '{}') AS numbers, coalesce(array_agg(word ORDER BY id), '{}') AS words
       FROM (SELECT id, word FROM "SearchWord" WHERE id > $1 ORDER BY id LIMIT ${WORD_BATCH}) w`,
      [after],
    );
    const batch = rows[0]!;
    if (batch.numbers.length === 0) return;
    yield batch;
    after = batch.numbers[batch.numbers.length - 1]!;
  }
}

/** The words of the given numbers. */
export async function wordsOf(
  client: pg.ClientBase,
  numbers: number[],
): Promise<{ numbers: number[]; words: string[] }> {
  const { rows } = await client.query<{ numbers: number[]; words: string[] }>(
    `SELECT coalesce(array_agg(id), '{}') AS numbers, coalesce(array_agg(word), '{}') AS words
     FROM "SearchWord" WHERE id = ANY($1::int[])`,
    [numbers],
  );
  return rows[0]!;
}

export async function rowsOf(client: pg.ClientBase, projectIds: number[]): Promise<ProjectRow[]> {
  const { rows } = await client.query<ProjectRow>(
    `SELECT ${ROW_COLUMNS} ${FROM} WHERE s."projectId" = ANY($1::int[])`,
    [projectIds],
  );
  return rows;
}

/**
 * Funders, regions, themes, and the organisations of the given projects (all when null): one
 * statement, one round trip (an edit waits for it).
 */
export async function readReference(
  client: pg.ClientBase,
  projectIds: number[] | null,
): Promise<Omit<Reference, "organizations"> & { organizations: Array<{ id: number; name: string; slug: string }> }> {
  const organizations =
    projectIds === null
      ? `SELECT o.id, o.name, o.slug FROM "Organization" o
         WHERE EXISTS (SELECT 1 FROM "ProjectOrganization" po WHERE po."organizationId" = o.id)`
      : `SELECT o.id, o.name, o.slug FROM "Organization" o
         WHERE o.id IN (SELECT po."organizationId" FROM "ProjectOrganization" po
                        WHERE po."projectId" = ANY($1::int[]))`;
  const { rows } = await client.query<
    Omit<Reference, "organizations"> & { organizations: Array<{ id: number; name: string; slug: string }> }
  >(
    `SELECT (SELECT coalesce(json_agg(json_build_object('code', code, 'name', name)), '[]') FROM "Funder") AS funders,
            (SELECT coalesce(json_agg(json_build_object('id', id, 'name', name, 'code', code)), '[]')
               FROM "Region") AS regions,
            (SELECT coalesce(json_agg(json_build_object('id', id, 'name', name, 'slug', slug)), '[]')
               FROM "Theme") AS themes,
            (SELECT coalesce(json_agg(o), '[]') FROM (${organizations}) o) AS organizations`,
    projectIds === null ? [] : [projectIds],
  );
  return rows[0]!;
}

/**
 * What the change log says of `version` (when it was written, and what it changed), or null at
 * version 0: a snapshot of that version belongs to this database's history only if it saw the same.
 */
export async function changeMarker(client: pg.ClientBase, version: bigint): Promise<string | null> {
  if (version === 0n) return null;
  const { rows } = await client.query<{ marker: string }>(
    `SELECT at::text || ' ' || array_to_string("projectIds", ',') AS marker FROM "ReadIndexChange" WHERE version = $1`,
    [String(version)],
  );
  return rows[0]?.marker ?? "missing";
}

/**
 * The projects changed after `version`, or null when the log no longer reaches back that far
 * (the index must then be rebuilt).
 */
export async function changesSince(client: pg.ClientBase, version: bigint, current: bigint): Promise<number[] | null> {
  if (current <= version) return [];
  const { rows } = await client.query<{ version: string; projectIds: number[] }>(
    `SELECT version::text, "projectIds" FROM "ReadIndexChange" WHERE version > $1 AND version <= $2 ORDER BY version`,
    [String(version), String(current)],
  );
  if (BigInt(rows.length) !== current - version) return null;
  return [...new Set(rows.flatMap((r) => r.projectIds))];
}
