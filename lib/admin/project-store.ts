/**
 * Writes of administrators: every change checks the version the editor started from (no lost
 * updates), writes the record, its history row and its search row in one transaction, and maps
 * constraint violations to the field they concern. Deletes are soft.
 */
import type { Prisma, PrismaClient, RevisionAction } from "../generated/prisma/client";
import type { Locale } from "../i18n/routing";
import { type AdminTranslator, adminTranslator } from "../i18n/translators";
import { projectNumberKey, slugify } from "../ingest/normalize";
import { projectSlug, upsertPerson } from "../ingest/store";
import { resolveOrganization } from "../organizations/resolve";
import { refreshProjectSearch } from "../search/refresh";
import type { FieldChange, FieldErrors, ProjectState } from "./project-form";
import { type EditableProject, loadEditable, recordRevision } from "./revisions";

type Tx = Prisma.TransactionClient;

export type SaveResult =
  | { ok: true; version: number; slug: string }
  | { ok: false; kind: "invalid"; errors: FieldErrors }
  | {
      ok: false;
      kind: "conflict";
      current: EditableProject;
      theirChanges: Array<FieldChange & { by: string | null; at: Date }>;
    }
  | { ok: false; kind: "missing" };

const date = (s: string | null) => (s ? new Date(`${s}T00:00:00Z`) : null);

type References =
  | { ok: true; funderId: number; regionIds: number[]; themeIds: number[] }
  | { ok: false; errors: FieldErrors };

async function resolveReferences(tx: Tx, state: ProjectState, t: AdminTranslator): Promise<References> {
  // Sequential: a transaction is one connection.
  const funder = await tx.funder.findUnique({ where: { code: state.funderCode } });
  const regions = await tx.region.findMany({ select: { id: true, name: true } });
  const themes = await tx.theme.findMany({ where: { slug: { in: state.themes } }, select: { id: true, slug: true } });
  const errors: FieldErrors = {};
  if (!funder) errors.funderCode = t("storeErrors.unknownFunder");
  const regionIds = state.regions.map((slug) => regions.find((r) => slugify(r.name) === slug)?.id);
  if (regionIds.some((id) => id === undefined)) errors.regions = t("storeErrors.unknownRegion");
  if (themes.length !== new Set(state.themes).size) errors.themes = t("storeErrors.unknownTheme");
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, funderId: funder!.id, regionIds: regionIds as number[], themeIds: themes.map((t) => t.id) };
}

function projectColumns(state: ProjectState, funderId: number) {
  return {
    funderId,
    title: state.title,
    projectNumber: state.projectNumber,
    projectNumberKey: projectNumberKey(state.projectNumber),
    grantType: state.grantType,
    status: state.status,
    periodStart: date(state.periodStart),
    periodEnd: date(state.periodEnd),
    decisionDate: date(state.decisionDate),
    grantedEur: state.grantedEur,
    totalCostEur: state.totalCostEur,
    euStateGrantedEur: state.euStateGrantedEur,
    euStateRealizedEur: state.euStateRealizedEur,
    publicPlannedEur: state.publicPlannedEur,
    publicRealizedEur: state.publicRealizedEur,
    isNational: state.isNational,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function writeChildren(
  tx: Tx,
  projectId: number,
  before: ProjectState | null,
  state: ProjectState,
  refs: { regionIds: number[]; themeIds: number[] },
) {
  // Regions that stay keep whether they were inferred and why; new ones are stated by the editor.
  await tx.projectRegion.deleteMany({ where: { projectId, regionId: { notIn: refs.regionIds } } });
  await tx.projectRegion.createMany({
    data: refs.regionIds.map((regionId) => ({ projectId, regionId, inferred: false })),
    skipDuplicates: true,
  });
  await tx.projectTheme.deleteMany({ where: { projectId } });
  await tx.projectTheme.createMany({ data: refs.themeIds.map((themeId) => ({ projectId, themeId })) });

  // Lists are rewritten only when they changed, so untouched rows keep their source lines.
  if (!same(before?.organizations, state.organizations)) {
    await tx.projectOrganization.deleteMany({ where: { projectId } });
    for (const [ordinal, o] of state.organizations.entries()) {
      const organizationId = await resolveOrganization(
        tx,
        { name: o.name, businessId: o.businessId ?? undefined, type: o.type ?? undefined },
        null,
      );
      await tx.projectOrganization.upsert({
        where: { projectId_organizationId_role: { projectId, organizationId, role: o.role } },
        create: { projectId, organizationId, role: o.role, ordinal },
        update: {},
      });
    }
  }
  if (!same(before?.people, state.people)) {
    await tx.projectPerson.deleteMany({ where: { projectId } });
    for (const [ordinal, x] of state.people.entries()) {
      const personId = await upsertPerson(tx, {
        name: x.name,
        email: x.email ?? undefined,
        phone: x.phone ?? undefined,
        title: x.title ?? undefined,
      });
      await tx.projectPerson.upsert({
        where: { projectId_personId_role: { projectId, personId, role: x.role } },
        create: { projectId, personId, role: x.role, ordinal },
        update: {},
      });
    }
  }
  if (!same(before?.sections, state.sections)) {
    await tx.section.deleteMany({ where: { projectId } });
    await tx.section.createMany({
      data: state.sections.map((x, ordinal) => ({ projectId, heading: x.heading, body: x.body, ordinal })),
    });
  }
  if (!same(before?.pressReleases, state.pressReleases)) {
    await tx.pressRelease.deleteMany({ where: { projectId } });
    await tx.pressRelease.createMany({
      data: state.pressReleases.map((x, ordinal) => ({
        projectId,
        title: x.title,
        date: date(x.date),
        body: x.body ?? "",
        ordinal,
      })),
    });
  }
  if (!same(before?.materials, state.materials)) {
    await tx.material.deleteMany({ where: { projectId } });
    await tx.material.createMany({
      data: state.materials.map((x, ordinal) => ({ projectId, title: x.title, fileName: x.fileName, ordinal })),
    });
  }
}

class Conflict extends Error {}
class Invalid extends Error {
  constructor(readonly errors: FieldErrors) {
    super("invalid");
  }
}

/** Constraint names of the database backstops → the field an editor should fix. */
const CONSTRAINT_FIELDS: Record<string, [keyof FieldErrors, (t: AdminTranslator) => string]> = {
  Project_funderId_projectNumberKey_key: ["projectNumber", (t) => t("storeErrors.duplicateNumber")],
  Project_period_order: ["periodEnd", (t) => t("validation.periodOrder")],
  Project_money_non_negative: ["grantedEur", (t) => t("storeErrors.moneyNegative")],
  Project_number_present: ["projectNumber", (t) => t("validation.required", { what: t("fields.projectNumber") })],
  Project_title_present: ["title", (t) => t("storeErrors.titleRequired")],
};

function constraintError(error: unknown, t: AdminTranslator): FieldErrors | null {
  const text =
    error instanceof Error
      ? `${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? {})}`
      : String(error);
  for (const [name, [field, message]] of Object.entries(CONSTRAINT_FIELDS))
    if (text.includes(name)) return { [field]: message(t) };
  // A unique violation reported by its fields instead of its name.
  if (/P2002|unique constraint/i.test(text) && /projectNumberKey/.test(text))
    return { projectNumber: CONSTRAINT_FIELDS.Project_funderId_projectNumberKey_key![1](t) };
  return null;
}

async function conflictView(db: PrismaClient, id: number, sinceVersion: number): Promise<SaveResult> {
  const current = await loadEditable(db, id);
  if (!current) return { ok: false, kind: "missing" };
  const revisions = await db.revision.findMany({
    where: { projectId: id, version: { gt: sinceVersion } },
    orderBy: { version: "asc" },
    include: { user: { select: { name: true } } },
  });
  const theirChanges = revisions.flatMap((r) =>
    (r.changes as unknown as FieldChange[]).map((c) => ({ ...c, by: r.user?.name ?? null, at: r.at })),
  );
  return { ok: false, kind: "conflict", current, theirChanges };
}

/**
 * Saves `state` if the project is still at `expectedVersion`. Exactly one of several editors who
 * started from the same version wins: the version check and the increment are one UPDATE, which
 * Postgres serialises on the row. Field errors are in `input.locale` (Finnish unless told).
 */
export async function saveProject(
  db: PrismaClient,
  input: {
    id: number;
    state: ProjectState;
    expectedVersion: number;
    userId: number | null;
    action?: RevisionAction;
    locale?: Locale;
  },
): Promise<SaveResult> {
  const t = adminTranslator(input.locale);
  try {
    return await db.$transaction(async (tx) => {
      const refs = await resolveReferences(tx, input.state, t);
      if (!refs.ok) throw new Invalid(refs.errors);
      const before = await loadEditable(tx, input.id);
      if (!before) return { ok: false, kind: "missing" } as const;
      const action = input.action ?? "EDIT";
      const updated = await tx.project.updateMany({
        where: {
          id: input.id,
          version: input.expectedVersion,
          ...(action === "RESTORE" && before.deletedAt ? {} : { deletedAt: null }),
        },
        data: { ...projectColumns(input.state, refs.funderId), version: { increment: 1 } },
      });
      if (updated.count === 0) throw new Conflict();
      await writeChildren(tx, input.id, before.state, input.state, refs);
      await recordRevision(tx, input.id, action, input.userId, before.state);
      await refreshProjectSearch(tx, [input.id]);
      return { ok: true, version: input.expectedVersion + 1, slug: before.slug } as const;
    });
  } catch (error) {
    if (error instanceof Conflict) return conflictView(db, input.id, input.expectedVersion);
    if (error instanceof Invalid) return { ok: false, kind: "invalid", errors: error.errors };
    const mapped = constraintError(error, t);
    if (mapped) return { ok: false, kind: "invalid", errors: mapped };
    throw error;
  }
}

export async function createProject(
  db: PrismaClient,
  input: { state: ProjectState; userId: number; locale?: Locale },
  attempt = 1,
): Promise<SaveResult> {
  const t = adminTranslator(input.locale);
  try {
    return await db.$transaction(async (tx) => {
      const refs = await resolveReferences(tx, input.state, t);
      if (!refs.ok) throw new Invalid(refs.errors);
      const slug = await projectSlug(tx, input.state.funderCode, input.state.projectNumber, input.state.title);
      const project = await tx.project.create({ data: { ...projectColumns(input.state, refs.funderId), slug } });
      await writeChildren(tx, project.id, null, input.state, refs);
      await recordRevision(tx, project.id, "CREATE", input.userId, null);
      await refreshProjectSearch(tx, [project.id]);
      return { ok: true, version: project.version, slug } as const;
    });
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, kind: "invalid", errors: error.errors };
    // Another editor took the same slug between our check and insert: try again with the next one.
    if (attempt < 3 && error instanceof Error && error.message.includes("Project_slug_key"))
      return createProject(db, input, attempt + 1);
    const mapped = constraintError(error, t);
    if (mapped) return { ok: false, kind: "invalid", errors: mapped };
    throw error;
  }
}

/** Soft delete (to the trash) or its undoing, with the same version check as an edit. */
export async function setDeleted(
  db: PrismaClient,
  input: { id: number; deleted: boolean; expectedVersion: number; userId: number },
): Promise<SaveResult> {
  try {
    return await db.$transaction(async (tx) => {
      const before = await loadEditable(tx, input.id);
      if (!before) return { ok: false, kind: "missing" } as const;
      const updated = await tx.project.updateMany({
        where: { id: input.id, version: input.expectedVersion, deletedAt: input.deleted ? null : { not: null } },
        data: { deletedAt: input.deleted ? new Date() : null, version: { increment: 1 } },
      });
      if (updated.count === 0) throw new Conflict();
      await recordRevision(tx, input.id, input.deleted ? "DELETE" : "RESTORE", input.userId, before.state);
      await refreshProjectSearch(tx, [input.id]);
      return { ok: true, version: input.expectedVersion + 1, slug: before.slug } as const;
    });
  } catch (error) {
    if (error instanceof Conflict) return conflictView(db, input.id, input.expectedVersion);
    throw error;
  }
}

/** Puts back the state of an earlier revision, as a new revision. */
export async function restoreRevision(
  db: PrismaClient,
  input: { id: number; version: number; expectedVersion: number; userId: number },
): Promise<SaveResult> {
  const revision = await db.revision.findUnique({
    where: { projectId_version: { projectId: input.id, version: input.version } },
  });
  if (!revision) return { ok: false, kind: "missing" };
  return saveProject(db, {
    id: input.id,
    state: revision.snapshot as unknown as ProjectState,
    expectedVersion: input.expectedVersion,
    userId: input.userId,
    action: "RESTORE",
  });
}
