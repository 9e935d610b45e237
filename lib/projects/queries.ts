/**
 * Read models for the public pages. Each function is one query shape; pages never build
 * Prisma queries themselves. A page's record comes in one statement (`relationLoadStrategy:
 * "join"`: the relations as JSON aggregated in LATERAL joins, not a query per relation), and the
 * slug-keyed reads are `cache`d per request, so `generateMetadata` and the page share one read.
 * Plain functions of the database (no request APIs): pages, route handlers and tests call them alike.
 */
import { cache } from "react";
import { db } from "../db";
import { EMPTY_PARAMS } from "../search/filters";
import { search } from "../search/search";
import { dashboard } from "../stats/dashboard";

/**
 * The newest projects for the front page (the search page lists the rest): which ones, from the
 * read index's "newest" order (no sort over every row), then their rows by primary key.
 */
export async function listProjects(take = 20) {
  const { items } = await search(db(), { ...EMPTY_PARAMS, sort: "newest", pageSize: take }, { snippets: false });
  const ids = items.map((item) => item.projectId);
  const rows = await db().project.findMany({
    relationLoadStrategy: "join",
    where: { id: { in: ids }, deletedAt: null },
    select: {
      id: true,
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
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** How many live projects there are and how much they were granted in total (the read index's key figures). */
export async function projectTotals() {
  const { key } = await dashboard(db(), EMPTY_PARAMS);
  return { projects: key.projects, grantedEur: key.grantedEur };
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
