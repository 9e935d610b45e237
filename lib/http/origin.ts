import { headers } from "next/headers";
import { env } from "../env";

/**
 * The site's origin for permalinks, citations, hreflang and feeds: PUBLIC_ORIGIN when configured
 * (a request's Host header is the client's to choose), else the origin as the visitor reached it.
 */
export async function requestOrigin(): Promise<string> {
  const configured = env().PUBLIC_ORIGIN;
  if (configured) return configured;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto =
    h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
