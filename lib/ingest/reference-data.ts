/**
 * Reference rows every database needs before records arrive: funders, the 19 regions and the
 * municipalities (from the postal-code data). Idempotent: upserts by code.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { allMunicipalities } from "../regions/municipalities";
import { REGIONS } from "../regions/regions";

export const FUNDERS = [
  { code: "TSR", name: "Työsuojelurahasto", nameEn: "Finnish Work Environment Fund" },
  { code: "ESR", name: "Euroopan sosiaalirahasto", nameEn: "European Social Fund" },
] as const;

export async function ensureReferenceData(prisma: PrismaClient): Promise<void> {
  const municipalities = allMunicipalities();
  const [funders, regions, known] = await Promise.all([
    prisma.funder.count(),
    prisma.region.count(),
    prisma.municipality.count(),
  ]);
  if (funders >= FUNDERS.length && regions === REGIONS.length && known === municipalities.length) return;

  for (const funder of FUNDERS) {
    await prisma.funder.upsert({ where: { code: funder.code }, create: funder, update: {} });
  }
  for (const region of REGIONS) {
    await prisma.region.upsert({
      where: { code: region.code },
      create: { code: region.code, name: region.name, nameSv: region.nameSv },
      update: { name: region.name, nameSv: region.nameSv },
    });
  }
  const regionIds = new Map((await prisma.region.findMany()).map((r) => [r.name, r.id]));
  const existing = new Set((await prisma.municipality.findMany({ select: { code: true } })).map((m) => m.code));
  await prisma.municipality.createMany({
    data: municipalities
      .filter((m) => !existing.has(m.code))
      .map((m) => ({ code: m.code, name: m.name, nameSv: m.nameSv, regionId: regionIds.get(m.region)! })),
    skipDuplicates: true,
  });
}
