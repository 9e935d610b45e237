import { connection } from "next/server";
import { db } from "@/lib/db";
import { badRequest, paramsFrom } from "@/lib/search/api";
import { exportOptionsSchema, exportRows } from "@/lib/search/export";

/** GET /api/projects/export — every matching project as CSV or JSON. */
export async function GET(request: Request) {
  await connection();
  const url = new URL(request.url);
  const options = exportOptionsSchema.safeParse({
    format: url.searchParams.get("format") ?? undefined,
    delimiter: url.searchParams.get("delimiter") ?? undefined,
    columns: url.searchParams.get("columns") ?? undefined,
  });
  if (!options.success) {
    const param = String(options.error.issues[0]!.path[0] ?? "columns");
    return badRequest(param, `${param} ${options.error.issues[0]!.message}`);
  }
  const parsed = paramsFrom(request, ["format", "delimiter", "columns"]);
  if (!parsed.ok) return parsed.response;

  const rows = exportRows(db(), { ...parsed.params, page: undefined, pageSize: undefined }, options.data, url.origin);
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async pull(controller) {
      const next = await rows.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  const csv = options.data.format === "csv";
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="hankkeet-${stamp}.${csv ? "csv" : "json"}"`,
    },
  });
}
