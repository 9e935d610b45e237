/**
 * Writes a parsed source text to the database: one transaction per text, so a failure leaves
 * nothing half-written. Idempotent: a text already stored with the same content and parser
 * version is skipped; a changed text replaces what its earlier version produced.
 */

import { lastSnapshot, recordRevision } from "../admin/revisions";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { removeAbandonedOrganizations, resolveOrganization } from "../organizations/resolve";
import { refreshProjectSearch } from "../search/refresh";
import { nameKey, projectNumberKey, slugify } from "./normalize";
import { PARSER_VERSION, type ParseResult } from "./parse";
import { insertUnlessTaken, uniqueSlug } from "./rows";
import { type ParsedRecord, PROVENANCED_FIELDS } from "./types";
import { storeProblems } from "./validate";

type Tx = Prisma.TransactionClient;

export type StoreOutcome =
  | { status: "created" | "updated"; kind: "project" | "document"; id: number; slug: string; warnings: string[] }
  | { status: "unchanged"; kind: "project" | "document"; id: number; slug: string; warnings: string[] }
  | { status: "skipped"; reason: string; warnings: string[] };

const MONEY_FIELDS = [
  "grantedEur",
  "totalCostEur",
  "euStateGrantedEur",
  "euStateRealizedEur",
  "publicPlannedEur",
  "publicRealizedEur",
] as const;

/** Whole euros: the sources print whole euros, and cents would be rounded with a note. */
function roundMoney(record: ParsedRecord): ParsedRecord {
  const copy = { ...record, warnings: [...record.warnings] };
  for (const field of MONEY_FIELDS) {
    const value = copy[field];
    if (value !== null && !Number.isInteger(value)) {
      copy[field] = Math.round(value);
      const line = copy.provenance[field]?.line;
      copy.warnings.push(`${line ? `line ${line}: ` : ""}${field} ${value} rounded to whole euros`);
    }
  }
  return copy;
}

const toDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** A record changed after the importer's preview was made: the import is refused, nothing written. */
export class ImportConflict extends Error {
  constructor(readonly currentVersion: number) {
    super(`the record changed meanwhile (now version ${currentVersion})`);
  }
}

export interface StoreOptions {
  /** Store even when the same text was stored before (an administrator's explicit import). */
  force?: boolean;
  /** Who imports, for the history; null for the command line. */
  userId?: number | null;
  /** The version of the existing record the importer saw; a different one refuses the import. */
  expectedVersion?: number;
}

export async function storeParsed(
  prisma: PrismaClient,
  parsed: ParseResult,
  options: StoreOptions = {},
): Promise<StoreOutcome> {
  const record = roundMoney(parsed.record);
  if (record.format === "unknown" || !record.kind) {
    return { status: "skipped", reason: "unknown format", warnings: record.warnings };
  }
  const problems = storeProblems(record);
  if (problems.length) return { status: "skipped", reason: problems.join("; "), warnings: record.warnings };

  const existing = await prisma.sourceDocument.findUnique({
    where: { fileName: record.sourceFile },
    select: {
      sha256: true,
      parserVersion: true,
      project: { select: { id: true, slug: true } },
      document: { select: { id: true, slug: true } },
    },
  });
  const target = existing?.project ?? existing?.document;
  if (
    !options.force &&
    existing &&
    target &&
    existing.sha256 === parsed.sha256 &&
    existing.parserVersion === PARSER_VERSION
  ) {
    return {
      status: "unchanged",
      kind: existing.project ? "project" : "document",
      id: target.id,
      slug: target.slug,
      warnings: record.warnings,
    };
  }

  return prisma.$transaction(
    async (tx) => {
      const source = await tx.sourceDocument.upsert({
        where: { fileName: record.sourceFile },
        create: {
          fileName: record.sourceFile,
          rawText: parsed.text,
          sha256: parsed.sha256,
          format: record.format,
          parserVersion: PARSER_VERSION,
          warnings: record.warnings,
        },
        update: {
          rawText: parsed.text,
          sha256: parsed.sha256,
          format: record.format,
          parserVersion: PARSER_VERSION,
          warnings: record.warnings,
          importedAt: new Date(),
        },
      });
      const result =
        record.kind === "document"
          ? await storeDocument(tx, record, source.id)
          : await storeProject(tx, record, source.id, options.expectedVersion);
      await writeProvenance(tx, record, source.id, result.kind, result.id);
      if (result.kind === "project") {
        // History: the import is a change like an edit, diffed against the last recorded state.
        await recordRevision(tx, result.id, "IMPORT", options.userId ?? null, await lastSnapshot(tx, result.id));
        await refreshProjectSearch(tx, [result.id]);
      }
      return { ...result, warnings: record.warnings };
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}

// ---------------------------------------------------------------------------------------------

/** A project's permanent address: funder, number and title (`tsr-190328-koedigi-…`), made unique. */
export function projectSlug(tx: Tx, funder: string, projectNumber: string, title: string): Promise<string> {
  const base = `${funder.toLowerCase()}-${slugify(projectNumber)}-${slugify(title, 60)}`;
  return uniqueSlug(base, async (s) => (await tx.project.count({ where: { slug: s } })) > 0);
}

async function storeProject(tx: Tx, record: ParsedRecord, sourceId: number, expectedVersion?: number) {
  const funder = await tx.funder.findUniqueOrThrow({ where: { code: record.funder! } });
  const numberKey = projectNumberKey(record.projectNumber!);
  const found =
    (await tx.project.findUnique({ where: { sourceDocumentId: sourceId } })) ??
    (await tx.project.findUnique({
      where: { funderId_projectNumberKey: { funderId: funder.id, projectNumberKey: numberKey } },
    }));

  const data = {
    funderId: funder.id,
    projectNumber: record.projectNumber!,
    projectNumberKey: numberKey,
    grantType: record.grantType,
    title: record.title!,
    status: record.status,
    periodStart: toDate(record.periodStart),
    periodEnd: toDate(record.periodEnd),
    decisionDate: toDate(record.decisionDate),
    estimatedCompletion: toDate(record.estimatedCompletion),
    resultsCompleted: toDate(record.resultsCompleted),
    grantedEur: record.grantedEur,
    totalCostEur: record.totalCostEur,
    euStateGrantedEur: record.euStateGrantedEur,
    euStateRealizedEur: record.euStateRealizedEur,
    publicPlannedEur: record.publicPlannedEur,
    publicRealizedEur: record.publicRealizedEur,
    priorityAxis: record.priorityAxis,
    specificObjective: record.specificObjective,
    responsibleAuthority: record.responsibleAuthority,
    isNational: record.isNational,
    sourceDocumentId: sourceId,
  };

  if (expectedVersion !== undefined && (found?.version ?? 0) !== expectedVersion)
    throw new ImportConflict(found?.version ?? 0);
  let project: { id: number; slug: string };
  // The organisations the text linked before: one the new text no longer names, left without
  // projects, is removed after (an earlier reading of a name, "Työterveyslaitos, TTL, 0220266-9").
  const linkedBefore = found
    ? (await tx.projectOrganization.findMany({ where: { projectId: found.id }, select: { organizationId: true } })).map(
        (l) => l.organizationId,
      )
    : [];
  if (found) {
    // The slug stays: it is in links people have shared. Children are rebuilt from the text.
    project = await tx.project.update({
      where: { id: found.id },
      data: { ...data, version: { increment: 1 }, deletedAt: null },
    });
    await clearProjectChildren(tx, project.id);
  } else {
    const slug = await projectSlug(tx, record.funder!, record.projectNumber!, record.title!);
    project = await tx.project.create({ data: { ...data, slug } });
  }
  await writeProjectChildren(tx, record, project.id, sourceId);
  await removeAbandonedOrganizations(tx, linkedBefore);
  return {
    status: found ? ("updated" as const) : ("created" as const),
    kind: "project" as const,
    id: project.id,
    slug: project.slug,
  };
}

async function clearProjectChildren(tx: Tx, projectId: number): Promise<void> {
  // One connection runs one statement at a time: issuing them together would only queue them.
  const where = { projectId };
  for (const clear of [
    () => tx.section.deleteMany({ where }),
    () => tx.pressRelease.deleteMany({ where }),
    () => tx.material.deleteMany({ where }),
    () => tx.esfPilot.deleteMany({ where }),
    () => tx.participantFigure.deleteMany({ where }),
    () => tx.esfIndicator.deleteMany({ where }),
    () => tx.horizontalPrinciple.deleteMany({ where }),
    () => tx.projectOrganization.deleteMany({ where }),
    () => tx.projectPerson.deleteMany({ where }),
    () => tx.projectRegion.deleteMany({ where }),
    () => tx.projectTheme.deleteMany({ where }),
  ])
    await clear();
}

/** Runs a createMany only when there is something to write: each call is a round trip. */
async function createAll<T>(rows: T[], write: (data: T[]) => Promise<unknown>): Promise<void> {
  if (rows.length) await write(rows);
}

async function writeProjectChildren(tx: Tx, record: ParsedRecord, projectId: number, sourceId: number): Promise<void> {
  const regionIds = await regionIdsByName(tx);

  await createAll(
    record.sections.map((s, i) => ({
      projectId,
      heading: s.heading,
      body: s.body,
      ordinal: i,
      lineStart: s.line,
      lineEnd: s.lineEnd,
    })),
    (data) => tx.section.createMany({ data }),
  );
  await createAll(
    record.pressReleases.map((p, i) => ({
      projectId,
      title: p.title ?? "Tiedote",
      date: toDate(p.date),
      author: p.author ?? null,
      body: p.body,
      ordinal: i,
      lineStart: p.line,
    })),
    (data) => tx.pressRelease.createMany({ data }),
  );
  await createAll(
    record.materials.map((m, i) => ({
      projectId,
      title: m.title,
      fileName: m.file ?? null,
      sizeKb: m.sizeKb ?? null,
      ordinal: i,
      lineStart: m.line,
    })),
    (data) => tx.material.createMany({ data }),
  );
  await createAll(
    record.pilots.map((p, i) => ({
      projectId,
      number: p.number,
      description: p.description,
      implementer: p.implementer,
      regionLabel: p.regionLabel,
      regionId: p.region ? (regionIds.get(p.region) ?? null) : null,
      ordinal: i,
      lineStart: p.line,
    })),
    (data) => tx.esfPilot.createMany({ data }),
  );
  await createAll(
    record.participants.map(({ line, ...p }, i) => ({ projectId, ...p, ordinal: i, lineStart: line })),
    (data) => tx.participantFigure.createMany({ data }),
  );
  await createAll(
    record.indicators.map(({ line, ...p }, i) => ({ projectId, ...p, ordinal: i, lineStart: line })),
    (data) => tx.esfIndicator.createMany({ data }),
  );
  await createAll(
    record.principles.map(({ line, ...p }, i) => ({ projectId, ...p, ordinal: i, lineStart: line })),
    (data) => tx.horizontalPrinciple.createMany({ data }),
  );

  // Organisations, recognised again by business id, a name seen before or the name's key
  // (lib/organizations/resolve.ts).
  const seenOrgs = new Set<string>();
  for (const [i, org] of record.organizations.entries()) {
    const organizationId = await resolveOrganization(tx, org, { sourceDocumentId: sourceId, line: org.line });
    const key = `${organizationId}:${org.role}`;
    if (seenOrgs.has(key)) continue;
    seenOrgs.add(key);
    await tx.projectOrganization.create({ data: { projectId, organizationId, role: org.role, ordinal: i } });
  }

  // People: one person for the same name within a text, whichever line gave the e-mail.
  const seenPeople = new Set<string>();
  for (const [i, person] of record.people.entries()) {
    const sameName = record.people.filter((p) => nameKey(p.name) === nameKey(person.name));
    const email = sameName.find((p) => p.email)?.email ?? null;
    const personId = await upsertPerson(tx, {
      ...person,
      email: email ?? undefined,
      phone: sameName.find((p) => p.phone)?.phone,
      title: sameName.find((p) => p.title)?.title,
    });
    const key = `${personId}:${person.role}`;
    if (seenPeople.has(key)) continue;
    seenPeople.add(key);
    await tx.projectPerson.create({ data: { projectId, personId, role: person.role, ordinal: i } });
  }

  await createAll(
    record.regions
      .filter((r) => regionIds.has(r.name))
      .map((r) => ({ projectId, regionId: regionIds.get(r.name)!, inferred: r.inferred, basis: r.basis ?? null })),
    (data) => tx.projectRegion.createMany({ data, skipDuplicates: true }),
  );

  for (const name of [...new Set(record.themes)]) {
    const theme = await tx.theme.upsert({
      where: { name },
      create: { name, slug: slugify(name) || `teema-${Date.now()}` },
      update: {},
    });
    await tx.projectTheme.create({ data: { projectId, themeId: theme.id } });
  }
}

async function regionIdsByName(tx: Tx): Promise<Map<string, number>> {
  return new Map((await tx.region.findMany({ select: { id: true, name: true } })).map((r) => [r.name, r.id]));
}

/** The person an e-mail or name means, created when new; also used by the admin forms. */
export async function upsertPerson(
  tx: Tx,
  person: { name: string; email?: string; phone?: string; title?: string },
): Promise<number> {
  const identityKey = person.email ? `email:${person.email.toLowerCase()}` : `name:${nameKey(person.name)}`;
  const details = {
    ...(person.email ? { email: person.email } : {}),
    ...(person.phone ? { phone: person.phone } : {}),
    ...(person.title ? { title: person.title } : {}),
  };
  let found = await tx.person.findUnique({ where: { identityKey } });
  if (!found) {
    const now = new Date();
    const id = await insertUnlessTaken(tx, "Person", {
      name: person.name,
      identityKey,
      ...details,
      createdAt: now,
      updatedAt: now,
    });
    if (id !== null) return id;
    // Created by a concurrent transaction that has committed since.
    found = await tx.person.findUniqueOrThrow({ where: { identityKey } });
  }
  const current = found;
  const changed = Object.fromEntries(
    Object.entries(details).filter(([k, v]) => current[k as keyof typeof current] !== v),
  );
  if (Object.keys(changed).length) await tx.person.update({ where: { id: current.id }, data: changed });
  return current.id;
}

async function storeDocument(tx: Tx, record: ParsedRecord, sourceId: number) {
  const author = record.author
    ? await upsertPerson(tx, { name: record.author, title: record.authorTitle ?? undefined })
    : null;
  const data = {
    title: record.title!,
    authorId: author,
    authorTitle: record.authorTitle,
    organizationName: record.organization,
    documentDate: toDate(record.documentDate),
    sourceDocumentId: sourceId,
  };
  const found = await tx.knowledgeDocument.findUnique({ where: { sourceDocumentId: sourceId } });
  let document: { id: number; slug: string };
  if (found) {
    document = await tx.knowledgeDocument.update({
      where: { id: found.id },
      data: { ...data, version: { increment: 1 }, deletedAt: null },
    });
    await tx.section.deleteMany({ where: { documentId: found.id } });
  } else {
    const base = slugify(`${record.title} ${record.documentDate ?? ""}`, 80);
    const slug = await uniqueSlug(base, async (s) => (await tx.knowledgeDocument.count({ where: { slug: s } })) > 0);
    document = await tx.knowledgeDocument.create({ data: { ...data, slug } });
  }
  await createAll(
    record.sections.map((s, i) => ({
      documentId: document.id,
      heading: s.heading,
      body: s.body,
      ordinal: i,
      lineStart: s.line,
      lineEnd: s.lineEnd,
    })),
    (data) => tx.section.createMany({ data }),
  );
  return {
    status: found ? ("updated" as const) : ("created" as const),
    kind: "document" as const,
    id: document.id,
    slug: document.slug,
  };
}

async function writeProvenance(
  tx: Tx,
  record: ParsedRecord,
  sourceDocumentId: number,
  entityType: "project" | "document",
  entityId: number,
): Promise<void> {
  await tx.fieldProvenance.deleteMany({ where: { entityType, entityId } });
  const rows = PROVENANCED_FIELDS.flatMap((field) => {
    const span = record.provenance[field];
    return span ? [{ sourceDocumentId, entityType, entityId, field, lineStart: span.line, lineEnd: span.lineEnd }] : [];
  });
  await createAll(rows, (data) => tx.fieldProvenance.createMany({ data }));
}
