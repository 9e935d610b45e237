/**
 * The filter model as SQL: the text query (expanded, ADR 0004) and every filter of
 * `SearchParams` as conditions over the ProjectSearch table `s`, with bound parameters. The
 * search page, the exports and the dashboards all select their rows through this one place, so
 * a filter means the same thing everywhere.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { slugify } from "../ingest/normalize";
import { expandWords, toTsquery } from "./expand";
import type { SearchParams } from "./filters";
import { parseQuery, queryWords } from "./query";

/** The facets a condition belongs to; a facet's counts obey every condition but its own. */
export type FilterName =
  | "funder"
  | "grantType"
  | "status"
  | "startYear"
  | "decisionYear"
  | "region"
  | "national"
  | "organizationType"
  | "theme"
  | "granted";

export const STATUS_SQL = `CASE WHEN s."periodEnd" < CURRENT_DATE THEN 'ended'
  WHEN s."periodStart" > CURRENT_DATE THEN 'upcoming'
  WHEN s."periodStart" IS NOT NULL THEN 'running' ELSE 'unknown' END`;

export class Filters {
  readonly params: unknown[] = [];
  private readonly parts = new Map<FilterName | "text", string>();

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  set(name: FilterName | "text", sql: string): void {
    this.parts.set(name, sql);
  }

  /** WHERE clause with every filter except `except`, plus any `extra` conditions. */
  where(except?: FilterName | "text", ...extra: string[]): string {
    return this.whereExcept(except ? [except] : [], ...extra);
  }

  whereExcept(except: Array<FilterName | "text">, ...extra: string[]): string {
    const parts = [...[...this.parts].filter(([k]) => !except.includes(k)).map(([, v]) => v), ...extra];
    return parts.length ? `WHERE ${parts.join(" AND ")}` : "";
  }
}

async function lookupIds(db: PrismaClient, table: "Region" | "Theme", slugs: string[]): Promise<number[]> {
  if (slugs.length === 0) return [];
  if (table === "Region") {
    const regions = await db.region.findMany({ select: { id: true, name: true } });
    return regions.filter((r) => slugs.includes(slugify(r.name))).map((r) => r.id);
  }
  const themes = await db.theme.findMany({ where: { slug: { in: slugs } }, select: { id: true } });
  return themes.map((t) => t.id).concat(themes.length ? [] : [-1]);
}

export interface BuiltQuery {
  f: Filters;
  /** Placeholder of the tsquery parameter, when there is a text query. */
  q: string | null;
  tsquery: string | null;
  words: string[];
}

/** The text query and every filter as SQL over ProjectSearch `s`, with bound parameters. */
export async function buildQuery(db: PrismaClient, params: SearchParams): Promise<BuiltQuery> {
  const query = parseQuery(params.q ?? "");
  const words = queryWords(query);
  const tsquery = toTsquery(query, await expandWords(db, words));

  const f = new Filters();
  const q = tsquery ? f.param(tsquery) : null;
  if (q) f.set("text", `s.document @@ ${q}::tsquery`);
  if (params.funder.length) f.set("funder", `s."funderCode" = ANY(${f.param(params.funder)}::text[])`);
  if (params.grantType.length) f.set("grantType", `s."grantType" = ANY(${f.param(params.grantType)}::text[])`);
  if (params.status.length) f.set("status", `(${STATUS_SQL}) = ANY(${f.param(params.status)}::text[])`);
  const years: string[] = [];
  if (params.yearFrom !== undefined) years.push(`s."startYear" >= ${f.param(params.yearFrom)}`);
  if (params.yearTo !== undefined) years.push(`s."startYear" <= ${f.param(params.yearTo)}`);
  if (years.length) f.set("startYear", years.join(" AND "));
  if (params.decisionYear !== undefined) f.set("decisionYear", `s."decisionYear" = ${f.param(params.decisionYear)}`);
  if (params.region.length)
    f.set("region", `s."regionIds" && ${f.param(await lookupIds(db, "Region", params.region))}::int[]`);
  if (params.national !== undefined) f.set("national", `s."isNational" = ${f.param(params.national)}`);
  if (params.organizationType.length)
    f.set("organizationType", `s."organizationTypes" && ${f.param(params.organizationType)}::text[]`);
  if (params.theme.length)
    f.set("theme", `s."themeIds" && ${f.param(await lookupIds(db, "Theme", params.theme))}::int[]`);
  const money: string[] = [];
  if (params.minGranted !== undefined) money.push(`s."grantedEur" >= ${f.param(params.minGranted)}`);
  if (params.maxGranted !== undefined) money.push(`s."grantedEur" <= ${f.param(params.maxGranted)}`);
  if (money.length) f.set("granted", money.join(" AND "));
  return { f, q, tsquery, words };
}

/**
 * Transaction limits of the SQL baselines (postgres-search, postgres-dashboard): at 1 000 000
 * projects one query runs past Prisma's 5 s default, and the bench measures it, not the limit.
 */
export const BASELINE_TRANSACTION = { maxWait: 30_000, timeout: 300_000 };
