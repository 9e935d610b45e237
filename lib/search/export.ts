/**
 * Exports of a whole result set (every matching row, not one page) as CSV or JSON, with a choice
 * of columns. CSV is Excel-friendly: UTF-8 with a byte-order mark, `;` on request, and cells that
 * a spreadsheet would run as formulas are defused.
 */
import { z } from "zod";
import { csvCell } from "../csv";
import type { PrismaClient } from "../generated/prisma/client";
import type { SearchParams } from "./filters";
import { loadHits, type SearchHit, searchAllIds } from "./search";

export const EXPORT_COLUMNS = [
  "slug",
  "projectNumber",
  "funder",
  "title",
  "applicant",
  "periodStart",
  "periodEnd",
  "grantedEur",
  "totalCostEur",
  "regions",
  "url",
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export const exportOptionsSchema = z.object({
  format: z.enum(["csv", "json"], { message: "must be csv or json" }).default("csv"),
  delimiter: z.enum(["comma", "semicolon"], { message: "must be comma or semicolon" }).default("comma"),
  columns: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(",")
            .map((c) => c.trim())
            .filter(Boolean)
        : [...EXPORT_COLUMNS],
    )
    .pipe(
      z
        .array(z.enum(EXPORT_COLUMNS, { message: `must be among ${EXPORT_COLUMNS.join(", ")}` }))
        .min(1, "must name at least one column"),
    ),
});
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

const BATCH = 500;

function value(hit: SearchHit, column: ExportColumn, origin: string): string | number | null {
  switch (column) {
    case "regions":
      return hit.regions.map((r) => r.name + (r.inferred ? " (päätelty)" : "")).join(", ");
    case "url":
      return `${origin}/hankkeet/${hit.slug}`;
    default:
      return hit[column];
  }
}

/** Streams the export; rows are loaded in batches so a large result never sits in memory whole. */
export async function* exportRows(
  db: PrismaClient,
  params: SearchParams,
  options: ExportOptions,
  origin: string,
): AsyncGenerator<string> {
  const ids = await searchAllIds(db, params);
  const columns = options.columns as ExportColumn[];
  const delimiter = options.delimiter === "semicolon" ? ";" : ",";
  if (options.format === "csv") yield `\uFEFF${columns.join(delimiter)}\r\n`;
  else yield "[";
  for (let i = 0; i < ids.length; i += BATCH) {
    const hits = await loadHits(db, ids.slice(i, i + BATCH));
    const chunk = hits.map((hit, j) => {
      if (options.format === "csv")
        return `${columns.map((c) => csvCell(value(hit, c, origin), delimiter)).join(delimiter)}\r\n`;
      const row = Object.fromEntries(columns.map((c) => [c, c === "regions" ? hit.regions : value(hit, c, origin)]));
      return `${i + j === 0 ? "" : ","}\n${JSON.stringify(row)}`;
    });
    yield chunk.join("");
  }
  if (options.format === "json") yield "\n]\n";
}
