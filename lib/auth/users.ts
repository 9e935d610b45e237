/** Accounts: creation with the password rules, for the CLI and the admin's user page. */
import { z } from "zod";
import type { PrismaClient, UserRole } from "../generated/prisma/client";
import { requiredText } from "../admin/fields";
import { normalizeEmail } from "./login";
import { hashPassword } from "./password";
import { checkPassword } from "./password-policy";

export const newUserSchema = z
  .object({
    email: z.preprocess((v) => (typeof v === "string" ? normalizeEmail(v) : v), z.string().max(254, "Sähköpostiosoite on liian pitkä.").email("Anna kelvollinen sähköpostiosoite.")),
    name: requiredText(200, "Nimi"),
    password: z.string().max(1024, "Salasana on liian pitkä."),
    role: z.enum(["ADMIN", "EDITOR"], { message: "Valitse rooli." }),
  })
  .superRefine((u, ctx) => {
    for (const problem of checkPassword(u.password, { email: u.email, name: u.name }).problems) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export type NewUser = z.infer<typeof newUserSchema>;

export async function createUser(db: PrismaClient, user: NewUser): Promise<{ ok: true; id: number } | { ok: false; field: "email"; message: string }> {
  const existing = await db.user.findUnique({ where: { email: user.email }, select: { id: true } });
  if (existing) return { ok: false, field: "email", message: "Tällä sähköpostiosoitteella on jo tunnus." };
  try {
    const created = await db.user.create({ data: { email: user.email, name: user.name, role: user.role as UserRole, passwordHash: await hashPassword(user.password) } });
    return { ok: true, id: created.id };
  } catch (error) {
    // Two simultaneous creations of the same address: the unique index decides.
    if (error instanceof Error && /P2002|Unique constraint/i.test(error.message)) return { ok: false, field: "email", message: "Tällä sähköpostiosoitteella on jo tunnus." };
    throw error;
  }
}
