import { cache } from "react";
import { db } from "../db";

/**
 * An organisation with all its projects (live ones) and their roles: one statement, shared by
 * the page and its metadata (lib/projects/queries.ts).
 */
export const getOrganization = cache(async (slug: string) => {
  const organization = await db().organization.findUnique({
    relationLoadStrategy: "join",
    where: { slug },
    include: {
      municipality: { include: { region: true } },
      projects: {
        where: { project: { deletedAt: null } },
        include: {
          project: {
            select: {
              slug: true,
              title: true,
              projectNumber: true,
              periodStart: true,
              periodEnd: true,
              grantedEur: true,
              totalCostEur: true,
              funder: { select: { code: true } },
            },
          },
        },
        orderBy: { project: { periodStart: "desc" } },
      },
    },
  });
  if (!organization) return null;
  // A project counts once in the totals even when the organisation has two roles in it.
  const unique = new Map(organization.projects.map((p) => [p.project.slug, p.project]));
  const totals = {
    projects: unique.size,
    grantedEur: [...unique.values()].reduce((s, p) => s + (p.grantedEur ?? 0), 0),
    totalCostEur: [...unique.values()].reduce((s, p) => s + (p.totalCostEur ?? 0), 0),
  };
  return { ...organization, totals };
});
