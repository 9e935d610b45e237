/** Accounts: creation with the password rules, for the CLI and the admin's user page. */
import { z } from "zod";
import { requiredText } from "../admin/fields";
import type { PrismaClient, UserRole } from "../generated/prisma/client";
import { normalizeEmail } from "./login";
import { hashPassword, verifyPassword } from "./password";
import { checkPassword } from "./password-policy";

export const newUserSchema = z
  .object({
    email: z.preprocess(
      (v) => (typeof v === "string" ? normalizeEmail(v) : v),
      z.string().max(254, "Sähköpostiosoite on liian pitkä.").email("Anna kelvollinen sähköpostiosoite."),
    ),
    name: requiredText(200, "Nimi"),
    password: z.string().max(1024, "Salasana on liian pitkä."),
    role: z.enum(["ADMIN", "EDITOR"], { message: "Valitse rooli." }),
  })
  .superRefine((u, ctx) => {
    for (const problem of checkPassword(u.password, { email: u.email, name: u.name }).problems)
      ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export type NewUser = z.infer<typeof newUserSchema>;

export async function createUser(
  db: PrismaClient,
  user: NewUser,
): Promise<{ ok: true; id: number } | { ok: false; field: "email"; message: string }> {
  const existing = await db.user.findUnique({ where: { email: user.email }, select: { id: true } });
  if (existing) return { ok: false, field: "email", message: "Tällä sähköpostiosoitteella on jo tunnus." };
  try {
    const created = await db.user.create({
      data: {
        email: user.email,
        name: user.name,
        role: user.role as UserRole,
        passwordHash: await hashPassword(user.password),
      },
    });
    return { ok: true, id: created.id };
  } catch (error) {
    // Two simultaneous creations of the same address: the unique index decides.
    if (error instanceof Error && /P2002|Unique constraint/i.test(error.message))
      return { ok: false, field: "email", message: "Tällä sähköpostiosoitteella on jo tunnus." };
    throw error;
  }
}

/**
 * A user's own password change: the current password must be right, the new one must pass the
 * rules, and every other session of the user ends (a thief's included).
 */
export async function changePassword(
  db: PrismaClient,
  input: { userId: number; keepSessionId: string; current: string; next: string },
): Promise<{ ok: true } | { ok: false; field: "current" | "next"; message: string }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: input.userId },
    select: { email: true, name: true, passwordHash: true },
  });
  if (!(await verifyPassword(user.passwordHash, input.current.slice(0, 1024))))
    return { ok: false, field: "current", message: "Nykyinen salasana on väärin." };
  const problems = checkPassword(input.next, { email: user.email, name: user.name }).problems;
  if (input.next.length > 1024) problems.push("Salasana on liian pitkä.");
  if (problems.length) return { ok: false, field: "next", message: problems.join(" ") };
  if (input.next === input.current)
    return { ok: false, field: "next", message: "Uusi salasana on sama kuin nykyinen." };
  const passwordHash = await hashPassword(input.next);
  await db.$transaction([
    db.user.update({ where: { id: input.userId }, data: { passwordHash } }),
    db.session.deleteMany({ where: { userId: input.userId, id: { not: input.keepSessionId } } }),
  ]);
  return { ok: true };
}

/** An administrator takes an account out of use (its sessions end) or back into use. */
export async function setUserDisabled(
  db: PrismaClient,
  input: { userId: number; disabled: boolean; byUserId: number },
): Promise<{ ok: boolean; message?: string }> {
  if (input.userId === input.byUserId) return { ok: false, message: "Omaa tunnusta ei voi poistaa käytöstä." };
  await db.$transaction([
    db.user.update({ where: { id: input.userId }, data: { disabledAt: input.disabled ? new Date() : null } }),
    ...(input.disabled ? [db.session.deleteMany({ where: { userId: input.userId } })] : []),
  ]);
  return { ok: true };
}
