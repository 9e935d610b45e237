import { connection } from "next/server";
import { db } from "@/lib/db";
import { badRequest, paramsFrom } from "@/lib/search/api";
import { exportOptionsSchema, exportRows } from "@/lib/search/export";

/** GET /api/projects/export — every matching project as CSV or JSON. */
export async function GET(request: Request) {
  await connection();
  const url = new URL(request.url);
  // The page's form sends `column` once per ticked box and format=excel; links send `columns=a,b`.
  const format = url.searchParams.get("format");
  const ticked = url.searchParams.getAll("column");
  const options = exportOptionsSchema.safeParse({
    format: format === "excel" ? "csv" : (format ?? undefined),
    delimiter: format === "excel" ? "semicolon" : (url.searchParams.get("delimiter") ?? undefined),
    columns: ticked.length ? ticked.join(",") : (url.searchParams.get("columns") ?? undefined),
  });
  if (!options.success) {
    const param = String(options.error.issues[0]!.path[0] ?? "columns");
    return badRequest(param, `${param} ${options.error.issues[0]!.message}`);
  }
  const parsed = paramsFrom(request, ["format", "delimiter", "columns", "column"]);
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
