/**
 * The first line against cross-site request forgery: a request that could change state (any
 * method but GET, HEAD and OPTIONS) must come from this site. Without this, Next answers a
 * foreign-origin server action with a 500 and lets one without `Origin` through; here both get
 * a 403. Every admin action checks the origin again itself (lib/auth/guard.ts).
 */
import { type NextRequest, NextResponse } from "next/server";
import { logSecurityEvent } from "./lib/auth/audit-log";
import { clientAddress, isSameOrigin } from "./lib/auth/origin";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function proxy(request: NextRequest) {
  if (SAFE_METHODS.has(request.method) || isSameOrigin(request.headers)) return NextResponse.next();
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

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
