/**
 * The first line against cross-site request forgery: a request that could change state (any
 * method but GET, HEAD and OPTIONS) must come from this site. Without this, Next answers a
 * foreign-origin server action with a 500 and lets one without `Origin` through; here both get
 * a 403. Every admin action checks the origin again itself (lib/auth/guard.ts).
 */
import { type NextRequest, NextResponse } from "next/server";
import createIntlMiddleware from "next-intl/middleware";
import { logSecurityEvent } from "./lib/auth/audit-log";
import { clientAddress, isSameOrigin } from "./lib/auth/origin";
import { newNonce, pagePolicy } from "./lib/http/csp";
import { PAGE_PATH_HEADER } from "./lib/i18n/page-path";
import { routing } from "./lib/i18n/routing";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// Pages take their language from the URL (`/sv/…`, `/en/…`, Finnish unprefixed); next-intl routes
// them into app/[locale] and answers with hreflang alternates in a Link header.
const localize = createIntlMiddleware(routing);
const UNLOCALIZED = /^\/(api|kieli)(\/|$)/;

export function proxy(request: NextRequest) {
  if (SAFE_METHODS.has(request.method) || isSameOrigin(request.headers)) return route(request);
  logSecurityEvent({
    event: "access.denied",
    reason: "origin",
    path: request.nextUrl.pathname,
    ip: clientAddress(request.headers),
  });
  return new NextResponse("Pyyntö hylättiin: se ei tullut tältä sivustolta.\n", {
    status: 403,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

function route(request: NextRequest): NextResponse {
  if (UNLOCALIZED.test(request.nextUrl.pathname)) return NextResponse.next();
  // A fresh nonce per page (lib/http/csp.ts): Next reads it from the request's policy and puts it
  // on every script it renders; the browser gets the same policy with the answer.
  const policy = pagePolicy(newNonce());
  request.headers.set("content-security-policy", policy);
  // The page's own path, for its hreflang alternates in <head> (lib/i18n/page-path.ts);
  // set here, over anything a client sent, and passed on by next-intl with the request.
  request.headers.set(PAGE_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  // next-intl rewrites `/hankkeet` to `/fi/hankkeet` by an absolute URL on `localhost`: start the
  // server without `-H` (or with `-H localhost`). With `-H 127.0.0.1` or `0.0.0.0` Next takes the
  // rewrite for another host and proxies it to itself in a loop (vercel/next.js#94745).
  const response = localize(request);
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
