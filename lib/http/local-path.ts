const BASE = "http://same-origin.invalid";

/**
 * `raw` as a path and query on this site, for redirects that take a target from the request:
 * anything that would leave the site (`//host`, `/\host`, `https://…`, a tab or newline the URL
 * parser drops, a path that only becomes `//host` later) comes back as `/`.
 */
export function safeLocalPath(raw: string): string {
  if (!raw.startsWith("/") || !URL.canParse(raw, BASE)) return "/";
  const url = new URL(raw, BASE);
  if (url.origin !== BASE) return "/";
  return `/${url.pathname.replace(/^\/+/, "")}${url.search}`;
}
