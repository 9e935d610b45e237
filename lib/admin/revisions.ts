/**
 * A project's editable state, and its history: each change's revision (who, when, what changed
 * and the state after it) is written inside the change's own transaction. Used by the admin
 * forms and by imports alike, so both leave the same trail.
 */
import type { Prisma, PrismaClient, RevisionAction } from "../generated/prisma/client";
import { slugify } from "../ingest/normalize";
import { diffStates, type FieldChange, type ProjectState } from "./project-form";

type Tx = Prisma.TransactionClient;

export interface EditableProject {
  id: number;
  slug: string;
  version: number;
  deletedAt: Date | null;
  state: ProjectState;
}

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export async function loadEditable(tx: Tx | PrismaClient, id: number): Promise<EditableProject | null> {
  const p = await tx.project.findUnique({
    where: { id },
    include: {
      funder: { select: { code: true } },
      regions: { select: { region: { select: { name: true } } } },
      themes: { select: { theme: { select: { slug: true } } } },
      organizations: {
        orderBy: [{ ordinal: "asc" }, { organizationId: "asc" }],
        select: { role: true, organization: { select: { name: true, businessId: true, type: true } } },
      },
      people: {
        orderBy: [{ ordinal: "asc" }, { personId: "asc" }],
        select: { role: true, person: { select: { name: true, title: true, email: true, phone: true } } },
      },
      sections: { orderBy: { ordinal: "asc" }, select: { heading: true, body: true } },
      pressReleases: { orderBy: { ordinal: "asc" }, select: { title: true, date: true, body: true } },
      materials: { orderBy: { ordinal: "asc" }, select: { title: true, fileName: true } },
    },
  });
  if (!p) return null;
  return {
    id: p.id,
    slug: p.slug,
    version: p.version,
    deletedAt: p.deletedAt,
    state: {
      title: p.title,
      projectNumber: p.projectNumber,
      funderCode: p.funder.code,
      grantType: p.grantType,
      status: p.status,
      periodStart: iso(p.periodStart),
      periodEnd: iso(p.periodEnd),
      decisionDate: iso(p.decisionDate),
      grantedEur: p.grantedEur,
      totalCostEur: p.totalCostEur,
      euStateGrantedEur: p.euStateGrantedEur,
      euStateRealizedEur: p.euStateRealizedEur,
      publicPlannedEur: p.publicPlannedEur,
      publicRealizedEur: p.publicRealizedEur,
      isNational: p.isNational,
      regions: p.regions.map((r) => slugify(r.region.name)).sort(),
      themes: p.themes.map((t) => t.theme.slug).sort(),
      organizations: p.organizations.map((o) => ({
        name: o.organization.name,
        businessId: o.organization.businessId,
        type: o.organization.type,
        role: o.role,
      })),
      people: p.people.map((x) => ({
        name: x.person.name,
        role: x.role,
        title: x.person.title,
        email: x.person.email,
        phone: x.person.phone,
      })),
      sections: p.sections,
      pressReleases: p.pressReleases.map((r) => ({ title: r.title, date: iso(r.date), body: r.body || null })),
      materials: p.materials,
    },
  };
}

/** Reference values the state names (funder code, region and theme slugs), checked against the tables. */
/** The history row of a change, with the state after it; written inside the change's transaction. */
export async function recordRevision(
  tx: Tx,
  projectId: number,
  action: RevisionAction,
  userId: number | null,
  before: ProjectState | null,
): Promise<FieldChange[]> {
  const after = (await loadEditable(tx, projectId))!;
  const changes = diffStates(before, after.state);
  await tx.revision.create({
    data: {
      projectId,
      version: after.version,
      action,
      userId,
      changes: changes as unknown as Prisma.InputJsonValue,
      snapshot: after.state as unknown as Prisma.InputJsonValue,
    },
  });
  return changes;
}

/** The state of the last revision, or null when the project has none yet. */
export async function lastSnapshot(tx: Tx | PrismaClient, projectId: number): Promise<ProjectState | null> {
  const last = await tx.revision.findFirst({
    where: { projectId },
    orderBy: { version: "desc" },
    select: { snapshot: true },
  });
  return (last?.snapshot as ProjectState | undefined) ?? null;
}
