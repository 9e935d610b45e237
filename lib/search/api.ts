/** Helpers shared by the JSON route handlers: parameter errors as 400 with the parameter named. */
import { parseSearchParams, type SearchParams } from "./filters";

export function badRequest(param: string, message: string): Response {
  return Response.json({ error: { param, message } }, { status: 400 });
}

export function paramsFrom(request: Request, ignore: string[] = []): { ok: true; params: SearchParams } | { ok: false; response: Response } {
  const url = new URL(request.url);
  for (const key of ignore) url.searchParams.delete(key);
  const parsed = parseSearchParams(url.searchParams);
  if (!parsed.ok) return { ok: false, response: badRequest(parsed.param, parsed.message) };
  // Unknown parameters are refused too: a typo must not silently widen the result.
  const known = new Set(["q", "funder", "grantType", "status", "yearFrom", "yearTo", "region", "organizationType", "theme", "minGranted", "maxGranted", "sort", "page", "pageSize"]);
  const unknown = [...url.searchParams.keys()].find((k) => !known.has(k));
  if (unknown) return { ok: false, response: badRequest(unknown, `${unknown} is not a known parameter`) };
  return { ok: true, params: parsed.params };
}
