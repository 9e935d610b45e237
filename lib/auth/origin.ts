/**
 * Cross-site request forgery: a state-changing request must say where it came from, and that
 * must be this site. Browsers send `Origin` on every POST; a request without it is refused too
 * (Next lets those through to server actions), as is one whose `Sec-Fetch-Site` is cross-site.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!origin || !host || origin === "null") return false;
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The client's address as the nearest proxy reports it; "unknown" when nothing says. */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}
