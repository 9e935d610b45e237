import { connection } from "next/server";
import { getOrganization } from "@/lib/organizations/queries";
import { badRequest, notFound } from "@/lib/search/api";

/** GET /api/organizations/{slug} — an organisation with its parent, units, aliases (with their sources) and projects. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  if (slug.length > 200) return badRequest("slug", "slug is too long");
  const o = await getOrganization(slug);
  if (!o) return notFound("slug", `no organisation ${slug}`);
  return Response.json({
    slug: o.slug,
    name: o.name,
    businessId: o.businessId,
    type: o.type,
    municipality: o.municipality?.name ?? null,
    parent: o.parent,
    units: o.units,
    aliases: o.aliases.map((a) => ({
      name: a.name,
      kind: a.kind,
      source: a.sourceDocument ? { fileName: a.sourceDocument.fileName, line: a.line } : null,
    })),
    totals: o.totals,
    byFunder: o.byFunder.map(({ key, ...t }) => ({ funder: key, ...t })),
    byYear: o.byYear.map(({ key, ...t }) => ({ year: key, ...t })),
    projects: o.projects.map(({ role, unit, project: p }) => ({
      slug: p.slug,
      title: p.title,
      projectNumber: p.projectNumber,
      funder: p.funder.code,
      role,
      unit,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      grantedEur: p.grantedEur,
    })),
  });
}
