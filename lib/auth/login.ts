/**
 * Checking a sign-in: back-off first (so a throttled attacker learns nothing), then the password
 * against argon2id, always spending the same work whether the account exists or not.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { logSecurityEvent } from "./audit-log";
import { DUMMY_HASH, verifyPassword } from "./password";
import { loginWait, recordLoginAttempt } from "./rate-limit";

export type LoginResult =
  | { ok: true; userId: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; waitSeconds: number };

export const normalizeEmail = (email: string) => email.normalize("NFC").trim().toLowerCase();

export async function checkLogin(db: PrismaClient, email: string, password: string, ip: string): Promise<LoginResult> {
  const emailKey = normalizeEmail(email).slice(0, 320);
  const wait = await loginWait(db, emailKey, ip);
  if (wait > 0) {
    logSecurityEvent({ event: "login.throttled", email: emailKey, ip });
    return { ok: false, reason: "throttled", waitSeconds: Math.ceil(wait / 1000) };
  }
  const user = await db.user.findUnique({
    where: { email: emailKey },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password.slice(0, 1024));
  const ok = Boolean(user && valid && !user.disabledAt);
  await recordLoginAttempt(db, emailKey, ip, ok);
  logSecurityEvent({ event: ok ? "login.succeeded" : "login.failed", email: emailKey, ip });
  return ok ? { ok: true, userId: user!.id } : { ok: false, reason: "invalid" };
}
