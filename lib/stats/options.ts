/** The values each dashboard filter offers, from the reference tables and the stored records. */
import type { PrismaClient } from "../generated/prisma/client";
import { slugify } from "../ingest/normalize";
import { REGIONS } from "../regions/regions";

export interface FilterOptions {
  funders: Array<{ value: string; label: string }>;
  regions: Array<{ value: string; label: string }>;
  themes: Array<{ value: string; label: string }>;
  organizationTypes: Array<{ value: string; label: string }>;
  grantTypes: Array<{ value: string; label: string }>;
}

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, "fi");

export async function filterOptions(db: PrismaClient): Promise<FilterOptions> {
  const [funders, themes, types, grants] = await Promise.all([
    db.funder.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } }),
    db.theme.findMany({ select: { slug: true, name: true } }),
    db.organization.findMany({ where: { type: { not: null } }, distinct: ["type"], select: { type: true } }),
    db.project.findMany({
      where: { grantType: { not: null }, deletedAt: null },
      distinct: ["grantType"],
      select: { grantType: true },
    }),
  ]);
  return {
    funders: funders.map((f) => ({ value: f.code, label: f.name })),
    regions: REGIONS.map((r) => ({ value: slugify(r.name), label: r.name })).sort(byLabel),
    themes: themes.map((t) => ({ value: t.slug, label: t.name })).sort(byLabel),
    organizationTypes: types.map((t) => ({ value: t.type!, label: t.type! })).sort(byLabel),
    grantTypes: grants.map((g) => ({ value: g.grantType!, label: g.grantType! })).sort(byLabel),
  };
}
