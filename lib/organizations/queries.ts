/**
 * Read models of organisations: one with its units, aliases and projects (the page and the API),
 * and the list the API searches. A parent's projects and totals include its units'.
 */
import { cache } from "react";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";

const PROJECT = {
  slug: true,
  title: true,
  projectNumber: true,
  periodStart: true,
  periodEnd: true,
  decisionDate: true,
  grantedEur: true,
  totalCostEur: true,
  funder: { select: { code: true } },
} as const;
const LINKS = {
  where: { project: { deletedAt: null } },
  select: { role: true, project: { select: PROJECT } },
  orderBy: { project: { periodStart: "desc" } },
} as const;

export interface Totals {
  projects: number;
  grantedEur: number;
  totalCostEur: number;
}

/** An organisation with its parent, units, aliases and every project of it and its units: one statement. */
export const getOrganization = cache(async (slug: string) => {
  const organization = await db().organization.findUnique({
    relationLoadStrategy: "join",
    where: { slug },
    include: {
      municipality: { include: { region: true } },
      parent: { select: { slug: true, name: true } },
      units: { select: { slug: true, name: true, projects: LINKS }, orderBy: { name: "asc" } },
      aliases: {
        select: { name: true, kind: true, line: true, sourceDocument: { select: { fileName: true } } },
        orderBy: { id: "asc" },
      },
      projects: LINKS,
    },
  });
  if (!organization) return null;
  const { units, projects, ...rest } = organization;
  const links = [
    ...projects.map((l) => ({ ...l, unit: null })),
    ...units.flatMap((u) => u.projects.map((l) => ({ ...l, unit: { slug: u.slug, name: u.name } }))),
  ].sort((a, b) => (b.project.periodStart?.getTime() ?? 0) - (a.project.periodStart?.getTime() ?? 0));
  // A project counts once in the totals even when the organisation (or a unit) has two roles in it.
  const unique = [...new Map(links.map((l) => [l.project.slug, l.project])).values()];
  return {
    ...rest,
    units: units.map((u) => ({
      slug: u.slug,
      name: u.name,
      projects: new Set(u.projects.map((l) => l.project.slug)).size,
    })),
    projects: links,
    totals: totalsOf(unique),
    byFunder: groupTotals(unique, (p) => p.funder.code),
    byYear: groupTotals(unique, (p) => yearOf(p)),
  };
});

export type OrganizationDetail = NonNullable<Awaited<ReturnType<typeof getOrganization>>>;

type ProjectRow = { grantedEur: number | null; totalCostEur: number | null };

function totalsOf(projects: ProjectRow[]): Totals {
  return {
    projects: projects.length,
    grantedEur: projects.reduce((s, p) => s + (p.grantedEur ?? 0), 0),
    totalCostEur: projects.reduce((s, p) => s + (p.totalCostEur ?? 0), 0),
  };
}

/** The year a project counts in: its funding decision's, else its start's. */
function yearOf(p: { decisionDate: Date | null; periodStart: Date | null }): number | null {
  return (p.decisionDate ?? p.periodStart)?.getUTCFullYear() ?? null;
}

function groupTotals<P extends ProjectRow, K extends string | number | null>(projects: P[], keyOf: (p: P) => K) {
  const groups = new Map<K, P[]>();
  for (const p of projects) {
    const key = keyOf(p);
    const members = groups.get(key);
    if (members) members.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.entries()]
    .map(([key, members]) => ({ key, ...totalsOf(members) }))
    .sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export interface OrganizationListItem {
  slug: string;
  name: string;
  businessId: string | null;
  type: string | null;
  parent: { slug: string; name: string } | null;
  funders: string[];
  projects: number;
  grantedEur: number;
}

/**
 * Organisations whose name or any alias contains `q` (case-insensitive), by name; each with the
 * funders, projects and granted euros of it and its units. One statement.
 */
export async function listOrganizations(params: {
  q: string;
  page: number;
  pageSize: number;
}): Promise<{ total: number; items: OrganizationListItem[] }> {
  const matching = matchingName(params.q);
  const rows = await db().$queryRaw<
    Array<
      Omit<OrganizationListItem, "parent"> & { parentSlug: string | null; parentName: string | null; total: bigint }
    >
  >`
    WITH matched AS (SELECT o.id FROM "Organization" o WHERE ${matching}), page AS (
      SELECT o.id, o.slug, o.name, o."businessId", o.type, o."parentId", count(*) OVER () AS total
      FROM matched m JOIN "Organization" o ON o.id = m.id
      ORDER BY o.name, o.id
      LIMIT ${params.pageSize} OFFSET ${(params.page - 1) * params.pageSize}
    ), members AS (
      SELECT p.id AS org, u.id AS member FROM page p JOIN "Organization" u ON u.id = p.id OR u."parentId" = p.id
    ), funded AS (
      SELECT DISTINCT m.org, pr.id, pr."grantedEur", f.code
      FROM members m
      JOIN "ProjectOrganization" po ON po."organizationId" = m.member
      JOIN "Project" pr ON pr.id = po."projectId" AND pr."deletedAt" IS NULL
      JOIN "Funder" f ON f.id = pr."funderId"
    )
    SELECT p.slug, p.name, p."businessId", p.type, parent.slug AS "parentSlug", parent.name AS "parentName", p.total,
           coalesce((SELECT array_agg(DISTINCT code ORDER BY code) FROM funded WHERE org = p.id), '{}') AS funders,
           (SELECT count(*)::int FROM funded WHERE org = p.id) AS projects,
           (SELECT coalesce(sum("grantedEur"), 0)::float8 FROM funded WHERE org = p.id) AS "grantedEur"
    FROM page p LEFT JOIN "Organization" parent ON parent.id = p."parentId"
    ORDER BY p.name, p.id`;
  const total = rows.length ? Number(rows[0]!.total) : params.page > 1 ? await countOrganizations(matching) : 0;
  return {
    total,
    items: rows.map(({ parentSlug, parentName, total: _total, ...row }) => ({
      ...row,
      parent: parentSlug ? { slug: parentSlug, name: parentName! } : null,
    })),
  };
}

/** The total of a page past the last (where the page's rows cannot carry it). */
async function countOrganizations(matching: Prisma.Sql): Promise<number> {
  const [row] = await db().$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM "Organization" o WHERE ${matching}`;
  return row?.n ?? 0;
}

/** The condition on `o` of a name or an alias containing `q` (every organisation for an empty `q`). */
function matchingName(q: string): Prisma.Sql {
  if (!q) return Prisma.sql`TRUE`;
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return Prisma.sql`(o.name ILIKE ${pattern}
    OR EXISTS (SELECT 1 FROM "OrganizationAlias" a WHERE a."organizationId" = o.id AND a.name ILIKE ${pattern}))`;
}
