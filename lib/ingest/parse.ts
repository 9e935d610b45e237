/**
 * One entry point from a source text to a parsed record: normalise, detect, parse, then infer
 * what the text implies but does not state (regions, marked as inferred).
 */
import { createHash } from "node:crypto";
import { inferPlaceFromName, inferPlaceFromPostalCode } from "../regions/infer";
import { detectFormat } from "./detect";
import { normalizeText } from "./normalize";
import { parseDocument } from "./parsers/document";
import { parseEsrEura } from "./parsers/esr-eura";
import { parseTsrNew } from "./parsers/tsr-new";
import { parseTsrOld } from "./parsers/tsr-old";
import { type DetectedFormat, emptyRecord, type ParsedRecord, type SourceFormat } from "./types";

/**
 * Bump when a parser, or how the store reads a record, changes what is stored: re-seeding then
 * stores unchanged texts again. 1.1.0: organisations recognised by lib/organizations/identity.ts.
 */
export const PARSER_VERSION = "1.1.0";

const PARSERS: Record<SourceFormat, (text: string, sourceFile: string) => ParsedRecord> = {
  "tsr-old": parseTsrOld,
  "tsr-new": parseTsrNew,
  "esr-eura": parseEsrEura,
  document: parseDocument,
};

export interface ParseResult {
  record: ParsedRecord;
  /** The normalised text the line numbers refer to. */
  text: string;
  sha256: string;
}

export function parseSource(rawText: string, sourceFile: string, format?: DetectedFormat): ParseResult {
  const text = normalizeText(rawText);
  const sha256 = createHash("sha256").update(text).digest("hex");
  const detected = format ?? detectFormat(text);
  if (detected === "unknown") {
    const record = emptyRecord(sourceFile, "unknown");
    record.warnings.push("unknown format: the text matches none of tsr-old, tsr-new, esr-eura, document");
    return { record, text, sha256 };
  }
  const record = PARSERS[detected](text, sourceFile);
  inferRegions(record);
  return { record, text, sha256 };
}

/**
 * Regions the text does not state, from the applicant's postal code or the municipality in its
 * name ("Posion kunta" → Posio → Lappi). Only when no region is stated, and always marked.
 */
function inferRegions(record: ParsedRecord): void {
  if (record.regions.length > 0 || record.isNational) return;
  const applicant = record.organizations.find((o) => o.role === "APPLICANT");
  if (!applicant) return;
  const place =
    (applicant.postalCode && inferPlaceFromPostalCode(applicant.postalCode)) || inferPlaceFromName(applicant.name);
  if (!place) return;
  record.regions.push({
    name: place.region,
    inferred: true,
    basis: `${place.basis} (${record.kind === "document" ? "organisaatio" : "hakija"})`,
  });
  record.provenance.regions = { line: applicant.line, lineEnd: applicant.line };
}
