/**
 * The import preview: what a pasted or uploaded source text would become, side by side with the
 * record it would replace (a field-by-field diff), before anything is written. Confirming goes
 * through `storeParsed`, the same path as `db:seed`, with the version seen here.
 */

import { isValidBusinessId } from "../domain/business-id";
import type { PrismaClient } from "../generated/prisma/client";
import type { Locale } from "../i18n/routing";
import { adminTranslator } from "../i18n/translators";
import { projectNumberKey, slugify } from "../ingest/normalize";
import { parseSource } from "../ingest/parse";
import type { ParsedRecord } from "../ingest/types";
import { storeProblems } from "../ingest/validate";
import { diffStates, type FieldChange, type ProjectState } from "./project-form";
import { loadEditable } from "./revisions";

export interface ImportPreview {
  format: string;
  kind: "project" | "document" | null;
  title: string | null;
  warnings: string[];
  /** Why the text cannot be stored (missing title, number, …); empty when it can. */
  problems: string[];
  incoming: ProjectState | null;
  existing: { id: number; slug: string; version: number; deleted: boolean } | null;
  changes: FieldChange[];
}

/** The parsed record in the editable shape, so it can be compared with a stored project. */
export function recordState(record: ParsedRecord): ProjectState | null {
  if (record.kind !== "project" || !record.title || !record.projectNumber || !record.funder) return null;
  return {
    title: record.title,
    projectNumber: record.projectNumber,
    funderCode: record.funder,
    grantType: record.grantType,
    status: record.status,
    periodStart: record.periodStart,
    periodEnd: record.periodEnd,
    decisionDate: record.decisionDate,
    grantedEur: record.grantedEur,
    totalCostEur: record.totalCostEur,
    euStateGrantedEur: record.euStateGrantedEur,
    euStateRealizedEur: record.euStateRealizedEur,
    publicPlannedEur: record.publicPlannedEur,
    publicRealizedEur: record.publicRealizedEur,
    isNational: record.isNational,
    regions: [...new Set(record.regions.map((r) => slugify(r.name)))].sort(),
    themes: [...new Set(record.themes.map((t) => slugify(t)))].sort(),
    organizations: dedupe(
      record.organizations.map((o) => ({
        name: o.name,
        businessId: o.businessId && isValidBusinessId(o.businessId) ? o.businessId : null,
        type: o.type ?? null,
        role: o.role,
      })),
    ),
    people: dedupe(
      record.people.map((x) => ({
        name: x.name,
        role: x.role,
        title: x.title ?? null,
        email: x.email?.toLowerCase() ?? null,
        phone: x.phone ?? null,
      })),
    ),
    sections: record.sections.map((x) => ({ heading: x.heading, body: x.body })),
    pressReleases: record.pressReleases.map((x) => ({
      title: x.title ?? "Tiedote",
      date: x.date ?? null,
      body: x.body || null,
    })),
    materials: record.materials.map((x) => ({ title: x.title, fileName: x.file ?? null })),
  };
}

/** The store keeps one row per organisation (or person) and role; so does the preview. */
function dedupe<T extends { name: string; role: string }>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.name.toLowerCase()}:${r.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function previewImport(
  db: PrismaClient,
  text: string,
  fileName: string,
  locale: Locale = "fi",
): Promise<ImportPreview> {
  const { record } = parseSource(text, fileName);
  const problems =
    record.format === "unknown" ? [adminTranslator(locale)("import.unknownFormat")] : storeProblems(record);
  const incoming = recordState(record);
  let existing: ImportPreview["existing"] = null;
  let changes: FieldChange[] = [];
  if (incoming) {
    const found = await db.project.findFirst({
      where: { funder: { code: incoming.funderCode }, projectNumberKey: projectNumberKey(incoming.projectNumber) },
      select: { id: true },
    });
    const current = found ? await loadEditable(db, found.id) : null;
    if (current) {
      existing = { id: current.id, slug: current.slug, version: current.version, deleted: current.deletedAt !== null };
      changes = diffStates(current.state, incoming);
    } else {
      changes = diffStates(null, incoming).filter(
        (c) => c.after !== null && !(Array.isArray(c.after) && c.after.length === 0),
      );
    }
  }
  return {
    format: record.format,
    kind: record.kind,
    title: record.title,
    warnings: record.warnings,
    problems,
    incoming,
    existing,
    changes,
  };
}
