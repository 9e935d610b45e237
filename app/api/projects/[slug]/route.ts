import { connection } from "next/server";
import { getProject } from "@/lib/projects/queries";

/** GET /api/projects/{slug} — the whole record, with provenance. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  if (slug.length > 200)
    return Response.json({ error: { param: "slug", message: "slug is too long" } }, { status: 400 });
  const project = await getProject(slug);
  if (!project) return Response.json({ error: { param: "slug", message: `no project ${slug}` } }, { status: 404 });
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
