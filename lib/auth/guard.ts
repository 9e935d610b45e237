/**
 * Access checks that every admin page and server action makes itself (a layout's check would
 * not protect the actions defined below it). A denial redirects: to sign-in without a session,
 * to the admin front page with a notice for a missing role. Each denial is logged.
 */

import { headers } from "next/headers";
import type { UserRole } from "../generated/prisma/client";
import { redirectInLocale } from "../i18n/redirect";
import { logSecurityEvent } from "./audit-log";
import { clientAddress, isSameOrigin } from "./origin";
import { currentUser, type SessionUser } from "./session";

export const LOGIN_PATH = "/hallinta/kirjaudu";

const allows = (user: SessionUser, role: UserRole) => user.role === "ADMIN" || user.role === role;

export async function clientIp(): Promise<string> {
  return clientAddress(await headers());
}

/** For pages: the signed-in user with `role`, or a redirect. */
export async function requirePageUser(role: UserRole, path: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) {
    logSecurityEvent({ event: "access.denied", reason: "no-session", path, ip: await clientIp() });
    return redirectInLocale(`${LOGIN_PATH}?paluu=${encodeURIComponent(path)}`);
  }
  if (!allows(user, role)) {
    logSecurityEvent({ event: "access.denied", reason: "role", path, userId: user.id, ip: await clientIp() });
    return redirectInLocale("/hallinta?kielletty=1");
  }
  return user;
}

/** For server actions: same origin, a session, and `role`; otherwise a redirect. */
export async function authorizeAction(role: UserRole, action: string): Promise<SessionUser> {
  if (!isSameOrigin(await headers())) {
    logSecurityEvent({ event: "access.denied", reason: "origin", path: action, ip: await clientIp() });
    return redirectInLocale(`${LOGIN_PATH}?virhe=alkupera`);
  }
  return requirePageUser(role, action);
}
