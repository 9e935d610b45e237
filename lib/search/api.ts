/** Helpers shared by the JSON route handlers: parameter errors as 400 with the parameter named. */
import { PARAM_ALIASES, PARAM_NAMES, parseSearchParams, type SearchParams } from "./filters";

export function badRequest(param: string, message: string): Response {
  return Response.json({ error: { param, message } }, { status: 400 });
}

export function notFound(param: string, message: string): Response {
  return Response.json({ error: { param, message } }, { status: 404 });
}

/** Search parameters of a request; `extra` names the handler's own parameters, passed over here. */
export function paramsFrom(
  request: Request,
  extra: string[] = [],
): { ok: true; params: SearchParams } | { ok: false; response: Response } {
  const url = new URL(request.url);
  for (const key of extra) url.searchParams.delete(key);
  const parsed = parseSearchParams(url.searchParams);
  if (!parsed.ok) return { ok: false, response: badRequest(parsed.param, parsed.message) };
  // Unknown parameters are refused too: a typo must not silently widen the result.
  const known = new Set<string>([...PARAM_NAMES, ...Object.keys(PARAM_ALIASES)]);
  const unknown = [...url.searchParams.keys()].find((k) => !known.has(k));
  if (unknown) return { ok: false, response: badRequest(unknown, `${unknown} is not a known parameter`) };
  return { ok: true, params: parsed.params };
}
