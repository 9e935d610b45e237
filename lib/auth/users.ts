/**
 * Accounts: creation with the password rules, for the CLI and the admin's user page. Messages are
 * in the interface language `locale` (Finnish unless told).
 */
import { z } from "zod";
import { fieldParsers } from "../admin/fields";
import type { PrismaClient, UserRole } from "../generated/prisma/client";
import type { Locale } from "../i18n/routing";
import { adminTranslator } from "../i18n/translators";
import { normalizeEmail } from "./login";
import { hashPassword, verifyPassword } from "./password";
import { checkPassword } from "./password-policy";

function buildNewUserSchema(locale: Locale) {
  const t = adminTranslator(locale);
  return z
    .object({
      email: z.preprocess(
        (v) => (typeof v === "string" ? normalizeEmail(v) : v),
        z.string().max(254, t("validation.emailTooLong")).email(t("validation.emailInvalid")),
      ),
      name: fieldParsers(t).requiredText(200, t("userForm.name")),
      password: z.string().max(1024, t("validation.passwordTooLong")),
      role: z.enum(["ADMIN", "EDITOR"], { message: t("validation.chooseRole") }),
    })
    .superRefine((u, ctx) => {
      for (const problem of checkPassword(u.password, { email: u.email, name: u.name }, locale).problems)
        ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    });
}

const SCHEMAS = new Map<Locale, ReturnType<typeof buildNewUserSchema>>();

/** The new-account schema with messages in `locale`, built once per language. */
export function newUserSchemaFor(locale: Locale = "fi") {
  let schema = SCHEMAS.get(locale);
  if (!schema) SCHEMAS.set(locale, (schema = buildNewUserSchema(locale)));
  return schema;
}

/** The Finnish schema (the CLI, tests). */
export const newUserSchema = newUserSchemaFor("fi");

export type NewUser = z.infer<typeof newUserSchema>;

export async function createUser(
  db: PrismaClient,
  user: NewUser,
  locale: Locale = "fi",
): Promise<{ ok: true; id: number } | { ok: false; field: "email"; message: string }> {
  const taken = () => adminTranslator(locale)("accounts.emailTaken");
  const existing = await db.user.findUnique({ where: { email: user.email }, select: { id: true } });
  if (existing) return { ok: false, field: "email", message: taken() };
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
      return { ok: false, field: "email", message: taken() };
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
  locale: Locale = "fi",
): Promise<{ ok: true } | { ok: false; field: "current" | "next"; message: string }> {
  const t = adminTranslator(locale);
  const user = await db.user.findUniqueOrThrow({
    where: { id: input.userId },
    select: { email: true, name: true, passwordHash: true },
  });
  if (!(await verifyPassword(user.passwordHash, input.current.slice(0, 1024))))
    return { ok: false, field: "current", message: t("accounts.currentWrong") };
  const problems = checkPassword(input.next, { email: user.email, name: user.name }, locale).problems;
  if (input.next.length > 1024) problems.push(t("validation.passwordTooLong"));
  if (problems.length) return { ok: false, field: "next", message: problems.join(" ") };
  if (input.next === input.current) return { ok: false, field: "next", message: t("accounts.samePassword") };
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
  locale: Locale = "fi",
): Promise<{ ok: boolean; message?: string }> {
  if (input.userId === input.byUserId) return { ok: false, message: adminTranslator(locale)("accounts.ownAccount") };
  await db.$transaction([
    db.user.update({ where: { id: input.userId }, data: { disabledAt: input.disabled ? new Date() : null } }),
    ...(input.disabled ? [db.session.deleteMany({ where: { userId: input.userId } })] : []),
  ]);
  return { ok: true };
}
