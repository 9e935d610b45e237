/**
 * The filter model shared by the search page, the API, exports and the dashboards: one
 * zod schema from URL parameters to a typed value, and back to a URL. The URL is the state.
 */
import { z } from "zod";
import { slugify } from "../ingest/normalize";
import { REGIONS } from "../regions/regions";

export const SORTS = ["relevance", "newest", "oldest", "granted", "title"] as const;
export const STATUSES = ["running", "ended", "upcoming"] as const;
export const REGION_SLUGS = REGIONS.map((r) => slugify(r.name));
export const MAX_PAGE_SIZE = 100;

// Empty parameters (`?minGranted=`) mean "not given", never 0: z.coerce would turn "" into 0.
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalInt = (min: number, max: number) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: "must be a number" })
      .int("must be a whole number")
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`)
      .optional(),
  );
const list = <T extends z.ZodType>(item: T) => z.array(item).max(50, "too many values").default([]);
const text = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !s.includes("\u0000"), "contains a NUL character");

export const searchParamsSchema = z
  .object({
    q: z.preprocess(blankToUndefined, text(500).optional()),
    funder: list(
      z
        .string()
        .regex(/^[A-Za-z0-9-]{2,20}$/, "is not a funder code")
        .transform((s) => s.toUpperCase()),
    ),
    grantType: list(text(100)),
    status: list(z.enum(STATUSES, { message: `must be one of ${STATUSES.join(", ")}` })),
    yearFrom: optionalInt(1900, 2100),
    yearTo: optionalInt(1900, 2100),
    // The dashboard's year charts count by decision year; a click on a year narrows by it.
    decisionYear: optionalInt(1900, 2100),
    region: list(
      z.enum(REGION_SLUGS as [string, ...string[]], { message: "is not a region (use e.g. uusimaa, pohjois-savo)" }),
    ),
    // true: nation-wide projects only; false: regional ones (how the dashboard's region map counts).
    national: z.preprocess(
      blankToUndefined,
      z
        .enum(["true", "false"], { message: "must be true or false" })
        .transform((v) => v === "true")
        .optional(),
    ),
    organizationType: list(text(100)),
    theme: list(text(100)),
    minGranted: optionalInt(0, 2_000_000_000),
    maxGranted: optionalInt(0, 2_000_000_000),
    sort: z.preprocess(blankToUndefined, z.enum(SORTS, { message: `must be one of ${SORTS.join(", ")}` }).optional()),
    page: optionalInt(1, 10_000),
    pageSize: optionalInt(1, MAX_PAGE_SIZE),
  })
  .refine((p) => p.yearFrom === undefined || p.yearTo === undefined || p.yearFrom <= p.yearTo, {
    message: "must not be after yearTo",
    path: ["yearFrom"],
  })
  .refine((p) => p.minGranted === undefined || p.maxGranted === undefined || p.minGranted <= p.maxGranted, {
    message: "must not be above maxGranted",
    path: ["minGranted"],
  });

export type SearchParams = z.infer<typeof searchParamsSchema>;
/** Every parameter the model knows, for handlers that refuse unknown ones. */
export const PARAM_NAMES = Object.keys(searchParamsSchema.shape) as Array<keyof SearchParams>;
export const LIST_PARAMS = ["funder", "grantType", "status", "region", "organizationType", "theme"] as const;
export type ListParam = (typeof LIST_PARAMS)[number];

export type ParamsResult = { ok: true; params: SearchParams } | { ok: false; param: string; message: string };

/** Finnish names a reader may type or share (`/tilastot?rahoittaja=TSR`); links use the canonical ones. */
export const PARAM_ALIASES: Record<string, string> = {
  haku: "q",
  rahoittaja: "funder",
  maakunta: "region",
  teema: "theme",
};

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function toObject(raw: RawParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const entries: Array<[string, string]> =
    raw instanceof URLSearchParams
      ? [...raw.entries()]
      : Object.entries(raw).flatMap(([k, v]) =>
          v === undefined
            ? []
            : Array.isArray(v)
              ? v.map((x) => [k, x] as [string, string])
              : [[k, v] as [string, string]],
        );
  for (const [alias, value] of entries) {
    const key = PARAM_ALIASES[alias] ?? alias;
    if ((LIST_PARAMS as readonly string[]).includes(key)) {
      // Lists may also come comma separated: ?funder=TSR,ESR
      const values = value
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean);
      out[key] = [...((out[key] as string[] | undefined) ?? []), ...values];
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** Parses URL parameters; on failure names the first parameter that is wrong. */
export function parseSearchParams(raw: RawParams): ParamsResult {
  const result = searchParamsSchema.safeParse(toObject(raw));
  if (result.success) return { ok: true, params: result.data };
  const issue = result.error.issues[0]!;
  const param = String(issue.path[0] ?? "query");
  return { ok: false, param, message: `${param} ${issue.message}` };
}

/** Defaults that depend on other parameters: relevance only makes sense with a query. */
export function effectiveSort(p: SearchParams): (typeof SORTS)[number] {
  return p.sort ?? (p.q ? "relevance" : "newest");
}

/** Back to a query string, in a stable order, leaving out defaults: the shareable URL. */
/** `query` (as toQueryString writes it: "" or "?a=b") with one more `name=value` pair. */
export function withParam(query: string, pair: string): string {
  return `${query}${query ? "&" : "?"}${pair}`;
}

export function toQueryString(p: Partial<SearchParams>): string {
  const out = new URLSearchParams();
  if (p.q) out.set("q", p.q);
  for (const key of LIST_PARAMS) for (const v of p[key] ?? []) out.append(key, v);
  for (const key of [
    "national",
    "decisionYear",
    "yearFrom",
    "yearTo",
    "minGranted",
    "maxGranted",
    "sort",
    "page",
    "pageSize",
  ] as const) {
    const v = p[key];
    if (v !== undefined && !(key === "page" && v === 1)) out.set(key, String(v));
  }
  const s = out.toString();
  return s ? `?${s}` : "";
}

/**
 * The filters besides the list values, each shown and cleared as one: the start-year range, the
 * amount range, the decision year and the national choice.
 */
const RANGE_FILTERS = {
  years: ["yearFrom", "yearTo"],
  granted: ["minGranted", "maxGranted"],
  decisionYear: ["decisionYear"],
  national: ["national"],
} as const;
export type RangeFilter = keyof typeof RANGE_FILTERS;

/** The range filters in force. */
export function activeRanges(p: SearchParams): RangeFilter[] {
  return (Object.keys(RANGE_FILTERS) as RangeFilter[]).filter((range) =>
    RANGE_FILTERS[range].some((key) => p[key] !== undefined),
  );
}

/** The same parameters without the range filter (a chip's removal). */
export function withoutRange(p: SearchParams, range: RangeFilter): SearchParams {
  const next: SearchParams = { ...p, page: undefined };
  for (const key of RANGE_FILTERS[range]) next[key] = undefined;
  return next;
}

/** How many filters are in force: each list value, and each range filter once — as the removable chips show them. */
export function activeFilterCount(p: SearchParams): number {
  return LIST_PARAMS.reduce((n, key) => n + (p[key] as string[]).length, 0) + activeRanges(p).length;
}

/** The same parameters with one list value added or removed (a facet click). */
export function toggleValue(p: SearchParams, key: ListParam, value: string): SearchParams {
  const current = p[key] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...p, [key]: next, page: undefined };
}

export const EMPTY_PARAMS: SearchParams = searchParamsSchema.parse({});
