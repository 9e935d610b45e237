/**
 * The benchmark's baseline for the dashboard: what a first version would do per request, namely
 * load every matching project with its relations through the ORM and add the numbers up in
 * JavaScript. Only the filters the benchmark uses (funder, start years) are supported.
 */
import type { PrismaClient } from "../generated/prisma/client";

export async function naiveDashboard(
  db: PrismaClient,
  filter: { funder?: string; yearFrom?: number; yearTo?: number },
) {
  const projects = await db.project.findMany({
    where: {
      deletedAt: null,
      ...(filter.funder ? { funder: { code: filter.funder } } : {}),
      ...(filter.yearFrom || filter.yearTo
        ? {
            periodStart: {
              ...(filter.yearFrom ? { gte: new Date(Date.UTC(filter.yearFrom, 0, 1)) } : {}),
              ...(filter.yearTo ? { lt: new Date(Date.UTC(filter.yearTo + 1, 0, 1)) } : {}),
            },
          }
        : {}),
    },
    select: {
      grantedEur: true,
      totalCostEur: true,
      periodStart: true,
      periodEnd: true,
      decisionDate: true,
      isNational: true,
      grantType: true,
      funder: { select: { code: true } },
      regions: { select: { regionId: true } },
      themes: { select: { themeId: true } },
      organizations: { select: { role: true, organizationId: true, organization: { select: { type: true } } } },
    },
  });
  const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value);
  const byYear = new Map<string, number>();
  const byRegion = new Map<string, number>();
  const byTheme = new Map<string, number>();
  const byType = new Map<string, number>();
  const byApplicant = new Map<string, number>();
  let granted = 0;
  for (const p of projects) {
    const eur = p.grantedEur ?? 0;
    granted += eur;
    add(byYear, `${(p.decisionDate ?? p.periodStart)?.getUTCFullYear()}-${p.funder.code}`, eur);
    if (p.isNational) add(byRegion, "national", eur);
    else for (const r of p.regions) add(byRegion, String(r.regionId), eur);
    for (const t of p.themes) add(byTheme, String(t.themeId), eur);
    for (const type of new Set(p.organizations.map((o) => o.organization.type))) add(byType, String(type), eur);
    const applicant = p.organizations.find((o) => o.role === "APPLICANT");
    if (applicant) add(byApplicant, String(applicant.organizationId), eur);
  }
  const sorted = projects
    .map((p) => p.grantedEur)
    .filter((v): v is number => v !== null)
    .sort((a, b) => a - b);
  return {
    projects: projects.length,
    granted,
    median: sorted[Math.floor(sorted.length / 2)],
    byYear,
    byRegion,
    byTheme,
    byType,
    byApplicant,
  };
}
