/**
 * Projects related to one project, with the reason: the same organisation, theme or region.
 * Computed on the read index (lib/read-index/related.ts), without a database round trip.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { readIndex } from "../read-index";
import { type RelatedProject, relatedInIndex } from "../read-index/related";

export type { RelatedProject };

export async function relatedProjects(db: PrismaClient, projectId: number, limit = 5): Promise<RelatedProject[]> {
  return relatedInIndex(await readIndex(db), projectId, limit);
}
