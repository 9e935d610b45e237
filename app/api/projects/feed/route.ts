import { connection } from "next/server";
import { db } from "@/lib/db";
import { requestOrigin } from "@/lib/http/origin";
import { badRequest, paramsFrom } from "@/lib/search/api";
import { FEED_LOCALES, searchFeed } from "@/lib/search/feed";

/** GET /api/projects/feed — the newest projects of a search as Atom (documented in /api/openapi.json). */
export async function GET(request: Request) {
  await connection();
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang") ?? "fi";
  if (!(FEED_LOCALES as readonly string[]).includes(lang)) return badRequest("lang", "lang must be one of fi, sv, en");
  const parsed = paramsFrom(request, ["lang"]);
  if (!parsed.ok) return parsed.response;
  // The feed's order and size are its own: a sort or page would silently not apply, so they are refused.
  for (const param of ["sort", "page", "pageSize"] as const)
    if (parsed.params[param] !== undefined)
      return badRequest(param, `${param} does not apply to a feed: it lists the newest matching projects`);
  const xml = await searchFeed(db(), parsed.params, lang as (typeof FEED_LOCALES)[number], await requestOrigin());
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
