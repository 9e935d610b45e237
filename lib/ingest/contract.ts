/**
 * The parse contract of product.md: the JSON `npm run parse` prints. Exactly these keys, in this
 * order; internal detail (provenance, pilots, organisations) stays out of it.
 */
import type { ParsedRecord } from "./types";

export function toContract(record: ParsedRecord) {
  const base = {
    sourceFile: record.sourceFile,
    format: record.format,
    kind: record.kind,
    funder: record.funder,
    projectNumber: record.projectNumber,
    grantType: record.grantType,
    title: record.title,
    applicant: record.applicant,
    applicantBusinessId: record.applicantBusinessId,
    implementer: record.implementer,
    contactPerson: record.contactPerson,
    contactEmail: record.contactEmail,
    contactPhone: record.contactPhone,
    responsiblePerson: record.responsiblePerson,
    periodStart: record.periodStart,
    periodEnd: record.periodEnd,
    estimatedCompletion: record.estimatedCompletion,
    decisionDate: record.decisionDate,
    grantedEur: record.grantedEur,
    totalCostEur: record.totalCostEur,
    resultsCompleted: record.resultsCompleted,
    status: record.status,
    priorityAxis: record.priorityAxis,
    specificObjective: record.specificObjective,
    responsibleAuthority: record.responsibleAuthority,
    euStateGrantedEur: record.euStateGrantedEur,
    euStateRealizedEur: record.euStateRealizedEur,
    publicPlannedEur: record.publicPlannedEur,
    publicRealizedEur: record.publicRealizedEur,
    regions: record.regions.map((r) => r.name),
    sections: record.sections.map(({ heading, body }) => ({ heading, body })),
    materials: record.materials.map(({ title, file, sizeKb }) => ({
      title,
      ...(file !== undefined ? { file } : {}),
      ...(sizeKb !== undefined ? { sizeKb } : {}),
    })),
    pressReleases: record.pressReleases.map(({ title, date, author, body }) => ({
      title,
      date,
      ...(author !== undefined ? { author } : {}),
      body,
    })),
    warnings: record.warnings,
  };
  if (record.kind !== "document") return base;
  return {
    ...base,
    author: record.author,
    authorTitle: record.authorTitle,
    organization: record.organization,
    documentDate: record.documentDate,
  };
}

export type ContractRecord = ReturnType<typeof toContract>;
