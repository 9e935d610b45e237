/**
 * Sessions stored in Postgres. The browser holds a random token in a `__Host-` cookie (Secure,
 * HttpOnly, SameSite=Lax, Path=/, no Domain); the table holds only its SHA-256. Sessions end
 * after 8 hours, or after 1 hour without use, or at sign-out.
 */
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "../db";
import type { PrismaClient, UserRole } from "../generated/prisma/client";

export const SESSION_COOKIE = "__Host-sessio";
const ABSOLUTE_MS = 8 * 60 * 60 * 1000;
const IDLE_MS = 60 * 60 * 1000;
// Writing lastSeenAt on every request would make every page view a write; once a minute is enough.
const TOUCH_EVERY_MS = 60 * 1000;

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  sessionId: string;
}

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createSession(userId: number): Promise<void> {
  const { token, expiresAt } = await openSession(db(), userId);
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: "lax",
    path: "/",
    expires: expiresAt,
  });
}

/** The signed-in user of this request, or null; looked up once per request (layout and page both ask). */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? sessionUser(db(), token) : null;
});

/** The user a session token stands for, if the session is still alive (absolute and idle limits). */
export async function sessionUser(prisma: PrismaClient, token: string, now = Date.now()): Promise<SessionUser | null> {
  if (token.length > 100) return null;
  const id = digest(token);
  const session = await prisma.session.findUnique({
    where: { id },
    include: { user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } } },
  });
  if (
    !session ||
    session.expiresAt.getTime() <= now ||
    session.lastSeenAt.getTime() + IDLE_MS <= now ||
    session.user.disabledAt
  )
    return null;
  if (session.lastSeenAt.getTime() + TOUCH_EVERY_MS <= now)
    await prisma.session.update({ where: { id }, data: { lastSeenAt: new Date(now) } });
  const { user } = session;
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionId: id };
}

/** A new session row for `userId`; returns the token for the cookie. */
export async function openSession(
  prisma: PrismaClient,
  userId: number,
  now = Date.now(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now + ABSOLUTE_MS);
  await prisma.session.create({
    data: { id: digest(token), userId, expiresAt, createdAt: new Date(now), lastSeenAt: new Date(now) },
  });
  return { token, expiresAt };
}

export async function destroySession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await db().session.deleteMany({ where: { id: digest(token) } });
  jar.delete(SESSION_COOKIE);
}
