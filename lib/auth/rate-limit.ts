/**
 * Sign-in back-off (ASVS V6.3): after 5 failures within 15 minutes for an account, or 20 from
 * one address, each further attempt must wait, doubling from 2 seconds up to 15 minutes. The
 * attempts live in Postgres, so the limit holds across server processes and restarts.
 */
import type { PrismaClient } from "../generated/prisma/client";

const WINDOW_MS = 15 * 60 * 1000;
const FREE_PER_ACCOUNT = 5;
const FREE_PER_ADDRESS = 20;
const MAX_WAIT_MS = 15 * 60 * 1000;

/** Milliseconds the caller must still wait before another attempt is judged; 0 = go ahead. */
export async function loginWait(db: PrismaClient, emailKey: string, ip: string, now = Date.now()): Promise<number> {
  const since = new Date(now - WINDOW_MS);
  const [account, address] = await Promise.all([
    db.loginAttempt.findMany({
      where: { emailKey, succeeded: false, at: { gte: since } },
      orderBy: { at: "desc" },
      select: { at: true },
    }),
    db.loginAttempt.findMany({
      where: { ip, succeeded: false, at: { gte: since } },
      orderBy: { at: "desc" },
      select: { at: true },
      take: 200,
    }),
  ]);
  const wait = (failures: Array<{ at: Date }>, free: number) => {
    if (failures.length < free) return 0;
    const delay = Math.min(MAX_WAIT_MS, 2000 * 2 ** (failures.length - free));
    return Math.max(0, failures[0]!.at.getTime() + delay - now);
  };
  return Math.max(wait(account, FREE_PER_ACCOUNT), wait(address, FREE_PER_ADDRESS));
}

export async function recordLoginAttempt(
  db: PrismaClient,
  emailKey: string,
  ip: string,
  succeeded: boolean,
): Promise<void> {
  await db.loginAttempt.create({ data: { emailKey, ip, succeeded } });
  // A success clears the account's slate; old rows are pruned as we go.
  if (succeeded) await db.loginAttempt.deleteMany({ where: { emailKey, succeeded: false } });
  await db.loginAttempt.deleteMany({ where: { at: { lt: new Date(Date.now() - 24 * 60 * 60 * 1000) } } });
}
