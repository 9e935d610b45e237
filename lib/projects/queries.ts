/**
 * Read models for the public pages. Each function is one query shape; pages never build
 * Prisma queries themselves. A page's record comes in one statement (`relationLoadStrategy:
 * "join"`: the relations as JSON aggregated in LATERAL joins, not a query per relation), and the
 * slug-keyed reads are `cache`d per request, so `generateMetadata` and the page share one read.
 * Plain functions of the database (no request APIs): pages, route handlers and tests call them alike.
 */
import { cache } from "react";
import { db } from "../db";

/** The newest projects for the front page (the search page lists the rest). */
export async function listProjects(take = 20) {
  return db().project.findMany({
    relationLoadStrategy: "join",
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
  // The sum of many whole-euro grants exceeds a 32-bit integer: sum as bigint in SQL.
  const [row] = await db().$queryRawUnsafe<Array<{ projects: bigint; granted: bigint }>>(
    `SELECT count(*) AS projects, coalesce(sum("grantedEur"), 0)::bigint AS granted
     FROM "Project" WHERE "deletedAt" IS NULL`,
  );
  return { projects: Number(row?.projects ?? 0), grantedEur: Number(row?.granted ?? 0) };
}

export async function listDocuments() {
  return db().knowledgeDocument.findMany({
    where: { deletedAt: null },
    orderBy: [{ documentDate: { sort: "desc", nulls: "last" } }],
    select: { slug: true, title: true, documentDate: true, organizationName: true, author: { select: { name: true } } },
  });
}

export const getProject = cache(async (slug: string) => {
  const project = await db().project.findFirst({
    relationLoadStrategy: "join",
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
});

export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof getProject>>>;

export const getDocument = cache(async (slug: string) => {
  return db().knowledgeDocument.findFirst({
    relationLoadStrategy: "join",
    where: { slug, deletedAt: null },
    include: {
      author: true,
      sections: { orderBy: { ordinal: "asc" } },
      sourceDocument: { select: { fileName: true, format: true, importedAt: true } },
    },
  });
});

/** The source text of a project with the provenance of its fields, for the "show source" view. */
export const getProjectSource = cache(async (slug: string) => {
  const project = await db().project.findFirst({
    relationLoadStrategy: "join",
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
});
