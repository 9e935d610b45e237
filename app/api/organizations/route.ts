import { connection } from "next/server";
import { z } from "zod";
import { listOrganizations } from "@/lib/organizations/queries";
import { badRequest } from "@/lib/search/api";
import { MAX_PAGE_SIZE } from "@/lib/search/filters";

const PARAMS = z.object({
  q: z
    .string()
    .trim()
    .max(200, "q is at most 200 characters")
    .refine((q) => !q.includes("\u0000"), "q contains a NUL character")
    .default(""),
  page: z.coerce.number().int("page is a whole number").min(1, "page starts at 1").max(10_000).default(1),
  pageSize: z.coerce
    .number()
    .int("pageSize is a whole number")
    .min(1, "pageSize is at least 1")
    .max(MAX_PAGE_SIZE, `pageSize is at most ${MAX_PAGE_SIZE}`)
    .default(20),
});

/**
 * GET /api/organizations?q=&page=&pageSize= — organisations by name or alias, with the funders,
 * projects and granted euros of each and its units (documented in /api/openapi.json).
 */
export async function GET(request: Request) {
  await connection();
  const query = new URL(request.url).searchParams;
  const unknown = [...query.keys()].find((k) => !(k in PARAMS.shape));
  if (unknown) return badRequest(unknown, `${unknown} is not a known parameter`);
  const parsed = PARAMS.safeParse(Object.fromEntries(query));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return badRequest(String(issue.path[0]), issue.message);
  }
  const { total, items } = await listOrganizations(parsed.data);
  return Response.json({ total, page: parsed.data.page, pageSize: parsed.data.pageSize, items });
}
