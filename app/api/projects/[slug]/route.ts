import { connection } from "next/server";
import { getProject } from "@/lib/projects/queries";
import { badRequest, notFound } from "@/lib/search/api";

/** GET /api/projects/{slug} — the whole record, with provenance. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  if (slug.length > 200) return badRequest("slug", "slug is too long");
  const project = await getProject(slug);
  if (!project) return notFound("slug", `no project ${slug}`);
  const { sourceDocument, materials, ...rest } = project;
  return Response.json({
    ...rest,
    materials: materials.map((m) => ({ ...m, sizeKb: m.sizeKb === null ? null : Number(m.sizeKb) })),
    source: sourceDocument
      ? {
          fileName: sourceDocument.fileName,
          format: sourceDocument.format,
          sha256: sourceDocument.sha256,
          importedAt: sourceDocument.importedAt,
        }
      : null,
  });
}
