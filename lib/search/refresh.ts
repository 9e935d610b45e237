/**
 * Keeps the search table in step with the records: one set-based statement rebuilds the
 * ProjectSearch rows of the given projects (deleted ones are dropped) and adds their words to
 * the lexicon. Called in the same transaction as every write to a project.
 */
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { markLocalWrite } from "../read-index/freshness";
import { TOKENS_USABLE } from "../read-index/load";
import { encodeTokens, tokensOf } from "../read-index/stored-tokens";

type Db = PrismaClient | Prisma.TransactionClient;

/** The channel on which writers tell app instances that a new data version is committed. */
export const READ_INDEX_CHANNEL = "read_index";
/** How many data versions the change log keeps; an instance further behind rebuilds its index. */
export const CHANGE_LOG_LENGTH = 10_000;

// Summary = the first section and any "Tiivistelmä": weighted above the rest of the text.
const REFRESH_SQL = `
WITH live AS (
  SELECT p.* FROM "Project" p WHERE p.id = ANY($1::int[]) AND p."deletedAt" IS NULL
), sec AS (
  SELECT s."projectId",
    string_agg(s.body, E'\\n\\n' ORDER BY s.ordinal)
      FILTER (WHERE s.ordinal = 0 OR lower(s.heading) LIKE '%tiivistelmä%') AS summary,
    string_agg(s.heading || E'\\n' || s.body, E'\\n\\n' ORDER BY s.ordinal)
      FILTER (WHERE NOT (s.ordinal = 0 OR lower(s.heading) LIKE '%tiivistelmä%')) AS rest
  FROM "Section" s WHERE s."projectId" = ANY($1::int[]) GROUP BY 1
), pr AS (
  SELECT "projectId", string_agg(title || E'\\n' || body, E'\\n\\n' ORDER BY ordinal) AS text
  FROM "PressRelease" WHERE "projectId" = ANY($1::int[]) GROUP BY 1
), mat AS (
  SELECT "projectId", string_agg(title, E'\\n' ORDER BY ordinal) AS text
  FROM "Material" WHERE "projectId" = ANY($1::int[]) GROUP BY 1
), pil AS (
  SELECT "projectId", string_agg(description || ' ' || coalesce(implementer, ''), E'\\n' ORDER BY ordinal) AS text
  FROM "EsfPilot" WHERE "projectId" = ANY($1::int[]) GROUP BY 1
), org AS (
  SELECT po."projectId", array_agg(DISTINCT o.id) AS ids,
    (array_agg(o.id ORDER BY po.ordinal, o.id) FILTER (WHERE po.role = 'APPLICANT'))[1] AS applicant,
    coalesce(array_agg(DISTINCT o.type) FILTER (WHERE o.type IS NOT NULL), '{}') AS types,
    string_agg(DISTINCT o.name, ' ') AS names
  FROM "ProjectOrganization" po JOIN "Organization" o ON o.id = po."organizationId"
  WHERE po."projectId" = ANY($1::int[]) GROUP BY 1
), ppl AS (
  SELECT pp."projectId", string_agg(DISTINCT pe.name, ' ') AS names
  FROM "ProjectPerson" pp JOIN "Person" pe ON pe.id = pp."personId" WHERE pp."projectId" = ANY($1::int[]) GROUP BY 1
), reg AS (
  SELECT "projectId", array_agg("regionId" ORDER BY "regionId") AS ids,
    coalesce(array_agg("regionId" ORDER BY "regionId") FILTER (WHERE inferred), '{}') AS inferred
  FROM "ProjectRegion" WHERE "projectId" = ANY($1::int[]) GROUP BY 1
), th AS (
  SELECT pt."projectId", array_agg(t.id ORDER BY t.id) AS ids, string_agg(t.name, ' ') AS names
  FROM "ProjectTheme" pt JOIN "Theme" t ON t.id = pt."themeId" WHERE pt."projectId" = ANY($1::int[]) GROUP BY 1
), removed AS (
  DELETE FROM "ProjectSearch" s
  WHERE s."projectId" = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM live WHERE live.id = s."projectId")
)
INSERT INTO "ProjectSearch" ("projectId", "funderCode", "grantType", "periodStart", "periodEnd", "startYear",
  "grantedEur", "totalCostEur", "decisionYear",
  "euStateGrantedEur", "euStateRealizedEur", "publicPlannedEur", "publicRealizedEur", "applicantId",
  "isNational", "regionIds", "inferredRegionIds", "organizationIds", "organizationTypes", "themeIds", "title",
  "snippetSource", "document", "rankDocument", "titleDocument", "textA", "textB", "textC")
SELECT p.id, f.code, p."grantType", p."periodStart", p."periodEnd", extract(year FROM p."periodStart")::int,
  p."grantedEur", p."totalCostEur", extract(year FROM coalesce(p."decisionDate", p."periodStart"))::int,
  p."euStateGrantedEur", p."euStateRealizedEur", p."publicPlannedEur", p."publicRealizedEur", org.applicant,
  p."isNational", coalesce(reg.ids, '{}'), coalesce(reg.inferred, '{}'), coalesce(org.ids, '{}'),
  coalesce(org.types, '{}'), coalesce(th.ids, '{}'), p.title,
  left(concat_ws(E'\\n\\n', sec.summary, sec.rest, pr.text), 20000),
  setweight(to_tsvector('simple', concat_ws(' ', p.title, p."projectNumber", p."grantType")), 'A')
  || setweight(to_tsvector('simple', concat_ws(' ', sec.summary, org.names, ppl.names, th.names)), 'B')
  || setweight(to_tsvector('simple', concat_ws(' ', sec.rest, pr.text, mat.text, pil.text,
       p."priorityAxis", p."specificObjective", p."responsibleAuthority")), 'C'),
  setweight(to_tsvector('simple', concat_ws(' ', p.title, p."projectNumber", p."grantType")), 'A')
  || setweight(to_tsvector('simple', concat_ws(' ', left(sec.summary, 3000), org.names, ppl.names, th.names)), 'B'),
  to_tsvector('simple', concat_ws(' ', p.title, p."projectNumber")),
  concat_ws(E'\n', p.title, p."projectNumber", p."grantType"),
  concat_ws(E'\n', sec.summary, org.names, ppl.names, th.names),
  concat_ws(E'\n', sec.rest, pr.text, mat.text, pil.text,
    p."priorityAxis", p."specificObjective", p."responsibleAuthority")
FROM live p
JOIN "Funder" f ON f.id = p."funderId"
LEFT JOIN sec ON sec."projectId" = p.id LEFT JOIN pr ON pr."projectId" = p.id LEFT JOIN mat ON mat."projectId" = p.id
LEFT JOIN pil ON pil."projectId" = p.id LEFT JOIN org ON org."projectId" = p.id LEFT JOIN ppl ON ppl."projectId" = p.id
LEFT JOIN reg ON reg."projectId" = p.id LEFT JOIN th ON th."projectId" = p.id
ON CONFLICT ("projectId") DO UPDATE SET
  "funderCode" = EXCLUDED."funderCode", "grantType" = EXCLUDED."grantType", "periodStart" = EXCLUDED."periodStart",
  "periodEnd" = EXCLUDED."periodEnd", "startYear" = EXCLUDED."startYear", "grantedEur" = EXCLUDED."grantedEur",
  "totalCostEur" = EXCLUDED."totalCostEur", "decisionYear" = EXCLUDED."decisionYear",
  "euStateGrantedEur" = EXCLUDED."euStateGrantedEur", "euStateRealizedEur" = EXCLUDED."euStateRealizedEur",
  "publicPlannedEur" = EXCLUDED."publicPlannedEur", "publicRealizedEur" = EXCLUDED."publicRealizedEur",
  "applicantId" = EXCLUDED."applicantId", "isNational" = EXCLUDED."isNational", "regionIds" = EXCLUDED."regionIds",
  "inferredRegionIds" = EXCLUDED."inferredRegionIds", "organizationIds" = EXCLUDED."organizationIds",
  "organizationTypes" = EXCLUDED."organizationTypes", "themeIds" = EXCLUDED."themeIds", "title" = EXCLUDED."title",
  "snippetSource" = EXCLUDED."snippetSource", "document" = EXCLUDED."document",
  "rankDocument" = EXCLUDED."rankDocument", "titleDocument" = EXCLUDED."titleDocument",
  "textA" = EXCLUDED."textA", "textB" = EXCLUDED."textB", "textC" = EXCLUDED."textC"
RETURNING "projectId", "textA", "textB", "textC"`;

const LEXICON_SQL = `
INSERT INTO "SearchLexeme" (word)
SELECT word FROM ts_stat(format('SELECT document FROM "ProjectSearch" WHERE "projectId" = ANY(%L::int[])', $1::int[]))
ON CONFLICT DO NOTHING`;

// A new data version, the projects it changed, and a wake-up call to every app instance's read
// index (lib/read-index/index.ts). NOTIFY is delivered at commit, so no instance hears of a change
// it cannot read yet; the version's row lock orders concurrent writers, so versions commit in order.
const BUMP_VERSION_SQL = `
WITH bumped AS (
  INSERT INTO "DataVersion" (id, version) VALUES (1, 1)
  ON CONFLICT (id) DO UPDATE SET version = "DataVersion".version + 1 RETURNING version
), logged AS (
  INSERT INTO "ReadIndexChange" (version, "projectIds") SELECT version, $1::int[] FROM bumped RETURNING version
), pruned AS (
  DELETE FROM "ReadIndexChange" c USING bumped WHERE c.version < bumped.version - ${CHANGE_LOG_LENGTH}
)
SELECT pg_notify('${READ_INDEX_CHANNEL}', version::text)::text AS notified FROM logged`;

export async function refreshProjectSearch(db: Db, projectIds: number[]): Promise<void> {
  if (projectIds.length === 0) return;
  // The texts it wrote come back with the statement: the tokens are derived from them at once.
  await storeTokens(db, await db.$queryRawUnsafe<SearchTexts[]>(REFRESH_SQL, projectIds));
  await db.$executeRawUnsafe(LEXICON_SQL, projectIds);
  await db.$queryRawUnsafe(BUMP_VERSION_SQL, projectIds);
  markLocalWrite();
}

interface SearchTexts {
  projectId: number;
  textA: string;
  textB: string;
  textC: string;
}

/**
 * Stores the read index's tokens of search rows, derived from their texts: derived here once, in
 * the writer, not by every app instance at every start.
 */
async function storeTokens(db: Db, rows: SearchTexts[]): Promise<void> {
  if (rows.length === 0) return;
  const docs = rows.map(tokensOf);
  const words = new Set<string>();
  for (const doc of docs) for (const word of doc.words.keys()) words.add(word);
  const numbers = await numberWords(db, [...words]);
  // base64 text: a bytea array parameter does not pass through every driver adapter alike.
  await db.$executeRawUnsafe(
    `UPDATE "ProjectSearch" s SET tokens = decode(v.tokens, 'base64')
     FROM unnest($1::int[], $2::text[]) AS v(id, tokens) WHERE s."projectId" = v.id`,
    rows.map((r) => r.projectId),
    docs.map((doc) => encodeTokens(doc, (word) => numbers.get(word)!).toString("base64")),
  );
}

// Only words not yet numbered are inserted (a conflict would still spend a number), in sorted
// order: two writers adding the same new words then lock them in the same order, never deadlock.
const NUMBER_WORDS_SQL = `
WITH added AS (
  INSERT INTO "SearchWord" (word)
  SELECT w FROM unnest($1::text[]) AS w WHERE NOT EXISTS (SELECT 1 FROM "SearchWord" k WHERE k.word = w) ORDER BY w
  ON CONFLICT (word) DO NOTHING RETURNING id, word
)
SELECT id, word FROM added UNION ALL SELECT id, word FROM "SearchWord" WHERE word = ANY($1::text[])`;

/** The SearchWord number of each word, new words numbered. */
async function numberWords(db: Db, words: string[]): Promise<Map<string, number>> {
  const numbers = new Map<string, number>();
  const rows = await db.$queryRawUnsafe<Array<{ id: number; word: string }>>(NUMBER_WORDS_SQL, words);
  for (const { id, word } of rows) numbers.set(word, id);
  // A word another writer numbered meanwhile (its insert waited for that writer's commit, and the
  // statement's own snapshot predates it): read again, now that it is committed.
  const raced = words.filter((word) => !numbers.has(word));
  if (raced.length) {
    const late = await db.$queryRawUnsafe<Array<{ id: number; word: string }>>(
      `SELECT id, word FROM "SearchWord" WHERE word = ANY($1::text[])`,
      raced,
    );
    for (const { id, word } of late) numbers.set(word, id);
  }
  const missing = words.find((word) => !numbers.has(word));
  if (missing !== undefined) throw new Error(`SearchWord: no number for "${missing}"`);
  return numbers;
}

/**
 * Derives the tokens of search rows that have none in the current format (rows written before
 * tokens were stored, or by an older tokenizer). The index reads such rows from their text, only
 * slower; this brings them up to date. Returns how many rows it derived.
 */
export async function deriveMissingTokens(db: Db): Promise<number> {
  const rows = await db.$queryRawUnsafe<Array<{ id: number }>>(
    `SELECT s."projectId" AS id FROM "ProjectSearch" s WHERE NOT ${TOKENS_USABLE} ORDER BY 1`,
  );
  for (let i = 0; i < rows.length; i += 2000)
    await storeTokens(
      db,
      await db.$queryRawUnsafe<SearchTexts[]>(
        `SELECT "projectId", coalesce("textA", title) AS "textA", coalesce("textB", '') AS "textB",
                coalesce("textC", '') AS "textC"
         FROM "ProjectSearch" WHERE "projectId" = ANY($1::int[])`,
        rows.slice(i, i + 2000).map((r) => r.id),
      ),
    );
  return rows.length;
}

/**
 * Builds the search rows of live projects that have none, or none the read index can use (a
 * database seeded before the search table, or its text columns, existed), and the tokens of rows
 * that lack them. Cheap when nothing is missing: an anti-join on primary keys and a scan of the
 * tokens' first bytes.
 */
export async function refreshMissingSearchRows(db: Db): Promise<number> {
  const rows = await db.$queryRawUnsafe<Array<{ id: number }>>(
    `SELECT p.id FROM "Project" p WHERE p."deletedAt" IS NULL
       AND NOT EXISTS (SELECT 1 FROM "ProjectSearch" s WHERE s."projectId" = p.id AND s."textA" IS NOT NULL)`,
  );
  for (let i = 0; i < rows.length; i += 5000)
    await refreshProjectSearch(
      db,
      rows.slice(i, i + 5000).map((r) => r.id),
    );
  await deriveMissingTokens(db);
  return rows.length;
}
