/**
 * Read models for the public pages. Each function is one query shape; pages never build
 * Prisma queries themselves.
 */
import { connection } from "next/server";
import { db } from "../db";

/** The newest projects for the front page (the search page lists the rest). */
export async function listProjects(take = 20) {
  await connection(); // always fresh from the database, never baked in at build time
  return db().project.findMany({
    where: { deletedAt: null },
    take,
    orderBy: [{ periodStart: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    select: {
      slug: true,
      projectNumber: true,
      title: true,
      grantType: true,
      periodStart: true,
      periodEnd: true,
      grantedEur: true,
      funder: { select: { code: true, name: true } },
      organizations: {
        where: { role: "APPLICANT" },
        select: { organization: { select: { name: true, slug: true } } },
        take: 1,
      },
      regions: { select: { inferred: true, region: { select: { name: true } } } },
    },
  });
}

/** How many live projects there are and how much they were granted in total. */
export async function projectTotals() {
  await connection();
  // The sum of many whole-euro grants exceeds a 32-bit integer: sum as bigint in SQL.
  const [row] = await db().$queryRawUnsafe<Array<{ projects: bigint; granted: bigint }>>(
    `SELECT count(*) AS projects, coalesce(sum("grantedEur"), 0)::bigint AS granted
     FROM "Project" WHERE "deletedAt" IS NULL`,
  );
  return { projects: Number(row?.projects ?? 0), grantedEur: Number(row?.granted ?? 0) };
}

export async function listDocuments() {
  await connection();
  return db().knowledgeDocument.findMany({
    where: { deletedAt: null },
    orderBy: [{ documentDate: { sort: "desc", nulls: "last" } }],
    select: { slug: true, title: true, documentDate: true, organizationName: true, author: { select: { name: true } } },
  });
}

export async function getProject(slug: string) {
  await connection();
  const project = await db().project.findFirst({
    where: { slug, deletedAt: null },
    include: {
      funder: true,
      organizations: {
        orderBy: { ordinal: "asc" },
        include: { organization: { include: { municipality: { include: { region: true } } } } },
      },
      people: { orderBy: { ordinal: "asc" }, include: { person: true } },
      regions: { include: { region: true }, orderBy: { region: { code: "asc" } } },
      themes: { include: { theme: true } },
      sections: { orderBy: { ordinal: "asc" } },
      pressReleases: { orderBy: { ordinal: "asc" } },
      materials: { orderBy: { ordinal: "asc" } },
      pilots: { orderBy: { ordinal: "asc" }, include: { region: true } },
      participants: { orderBy: { ordinal: "asc" } },
      indicators: { orderBy: { ordinal: "asc" } },
      principles: { orderBy: { ordinal: "asc" } },
      sourceDocument: {
        select: { fileName: true, format: true, parserVersion: true, importedAt: true, sha256: true, warnings: true },
      },
    },
  });
  if (!project) return null;
  const provenance = await db().fieldProvenance.findMany({
    where: { entityType: "project", entityId: project.id },
    select: { field: true, lineStart: true, lineEnd: true },
  });
  return { ...project, provenance: Object.fromEntries(provenance.map((p) => [p.field, p])) };
}

export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof getProject>>>;

export async function getDocument(slug: string) {
  await connection();
  return db().knowledgeDocument.findFirst({
    where: { slug, deletedAt: null },
    include: {
      author: true,
      sections: { orderBy: { ordinal: "asc" } },
      sourceDocument: { select: { fileName: true, format: true, importedAt: true } },
    },
  });
}

/** The source text of a project with the provenance of its fields, for the "show source" view. */
export async function getProjectSource(slug: string) {
  await connection();
  const project = await db().project.findFirst({
    where: { slug, deletedAt: null },
    select: {
      id: true,
      slug: true,
      title: true,
      projectNumber: true,
      sourceDocument: { select: { fileName: true, rawText: true, format: true, sha256: true } },
    },
  });
  if (!project?.sourceDocument) return null;
  const provenance = await db().fieldProvenance.findMany({
    where: { entityType: "project", entityId: project.id },
    select: { field: true, lineStart: true, lineEnd: true },
    orderBy: { lineStart: "asc" },
  });
  return { ...project, sourceDocument: project.sourceDocument, provenance };
}
