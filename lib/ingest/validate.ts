/**
 * The last check before a parsed record is written: the store's rules in one zod schema, so a
 * parser bug or a hostile text gives a clear message instead of a database error.
 */
import { z } from "zod";
import type { ParsedRecord } from "./types";

// Postgres rejects NUL in text; a 5 MB field is not a project description.
const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !s.includes("\u0000"), "contains a NUL character");
const money = z
  .number()
  .int("must be whole euros")
  .min(0, "must not be negative")
  .max(2_000_000_000, "is implausibly large")
  .nullable();
const isoDate = z.iso.date().nullable();

const projectSchema = z
  .object({
    projectNumber: text(40).min(1, "is missing"),
    title: text(500).min(1, "is missing"),
    funder: z.enum(["TSR", "ESR"], { message: "is missing" }),
    grantedEur: money,
    totalCostEur: money,
    euStateGrantedEur: money,
    euStateRealizedEur: money,
    publicPlannedEur: money,
    publicRealizedEur: money,
    periodStart: isoDate,
    periodEnd: isoDate,
    decisionDate: isoDate,
    estimatedCompletion: isoDate,
    resultsCompleted: isoDate,
  })
  .refine((p) => !p.periodStart || !p.periodEnd || p.periodEnd >= p.periodStart, {
    message: "period ends before it starts",
    path: ["periodEnd"],
  });

const documentSchema = z.object({ title: text(500).min(1, "is missing"), documentDate: isoDate });

/** Problems that stop the record from being stored, each naming the field and its line. */
export function storeProblems(record: ParsedRecord): string[] {
  const schema = record.kind === "document" ? documentSchema : projectSchema;
  const result = schema.safeParse(record);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? "record");
    const span = record.provenance[field as keyof ParsedRecord["provenance"]];
    return `${span ? `line ${span.line}: ` : ""}${field} ${issue.message}`;
  });
}
