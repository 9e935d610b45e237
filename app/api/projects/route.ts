import { connection } from "next/server";
import { db } from "@/lib/db";
import { paramsFrom } from "@/lib/search/api";
import { SNIPPET_END, SNIPPET_START, search } from "@/lib/search/search";

/** GET /api/projects — the search page's results as JSON (documented in /api/openapi.json). */
export async function GET(request: Request) {
  await connection();
  const parsed = paramsFrom(request);
  if (!parsed.ok) return parsed.response;
  const result = await search(db(), parsed.params);
  return Response.json({
    total: result.total,
    grantedEur: result.grantedEur,
    page: result.page,
    pageSize: result.pageSize,
    items: result.items.map(({ projectId: _id, snippet, regions, ...item }) => ({
      ...item,
      regions: regions.map((r) => r.name),
      regionsInferred: regions.filter((r) => r.inferred).map((r) => r.name),
      snippet: snippet
        ? snippet.replaceAll(SNIPPET_START, "").replaceAll(SNIPPET_END, "").replace(/\s+/g, " ").trim()
        : null,
    })),
    facets: result.facets,
    suggestion: result.suggestion,
  });
}
