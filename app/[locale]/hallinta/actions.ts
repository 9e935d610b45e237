"use server";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { type ImportPreview, previewImport } from "@/lib/admin/import";
import { type FieldChange, type FieldErrors, type FormValues, fieldErrors, formValues } from "@/lib/admin/project-form";
import { createProject, restoreRevision, saveProject, setDeleted } from "@/lib/admin/project-store";
import { serverFormTexts } from "@/lib/admin/texts";
import { logSecurityEvent } from "@/lib/auth/audit-log";
import { authorizeAction, clientIp, LOGIN_PATH } from "@/lib/auth/guard";
import { checkLogin } from "@/lib/auth/login";
import { isSameOrigin } from "@/lib/auth/origin";
import { createSession, destroySession } from "@/lib/auth/session";
import { changePassword, createUser, newUserSchemaFor, setUserDisabled } from "@/lib/auth/users";
import { db } from "@/lib/db";
/**
 * Every state-changing action of the admin pages. Each one checks origin, session and role
 * itself (lib/auth/guard.ts) before it reads its input: a page's own check does not protect the
 * actions it renders, since any action can be called directly.
 */
import { redirectInLocale } from "@/lib/i18n/redirect";
import type { Locale } from "@/lib/i18n/routing";
import { adminTranslator } from "@/lib/i18n/translators";
import { parseSource } from "@/lib/ingest/parse";
import { ImportConflict, storeParsed } from "@/lib/ingest/store";

/** The page's language (the action runs for a page under /, /sv or /en) and its admin texts. */
async function language(): Promise<{ locale: Locale; t: ReturnType<typeof adminTranslator> }> {
  const locale = await getLocale();
  return { locale, t: adminTranslator(locale) };
}

// ---------------------------------------------------------------------------------------------
// Sign-in and sign-out

export interface LoginState {
  error: string | null;
  email: string;
}

export async function loginAction(_: LoginState, form: FormData): Promise<LoginState> {
  const email = String(form.get("email") ?? "").slice(0, 320);
  const { t } = await language();
  if (!isSameOrigin(await headers())) {
    logSecurityEvent({ event: "access.denied", reason: "origin", path: LOGIN_PATH, ip: await clientIp() });
    return { error: t("errors.loginOrigin"), email };
  }
  const result = await checkLogin(db(), email, String(form.get("password") ?? ""), await clientIp());
  if (!result.ok) {
    return {
      error:
        result.reason === "throttled"
          ? t("errors.loginThrottled", { seconds: String(result.waitSeconds) })
          : t("errors.loginWrong"),
      email,
    };
  }
  await createSession(result.userId);
  const back = String(form.get("paluu") ?? "");
  // Only paths inside the admin area: an open redirect would send a fresh session anywhere.
  return redirectInLocale(/^\/hallinta(\/[\w\-/]*)?$/.test(back) ? back : "/hallinta");
}

export async function logoutAction(): Promise<void> {
  const user = await authorizeAction("EDITOR", "logout");
  await destroySession();
  logSecurityEvent({ event: "logout", userId: user.id });
  return redirectInLocale(LOGIN_PATH);
}

// ---------------------------------------------------------------------------------------------
// Editing a project

export interface EditState {
  status: "idle" | "invalid" | "conflict";
  /** What the editor typed, kept through every refusal. */
  values: FormValues;
  version: number;
  errors: FieldErrors;
  theirChanges?: Array<FieldChange & { by: string | null; at: string }>;
}

export async function saveProjectAction(_: EditState, form: FormData): Promise<EditState> {
  const user = await authorizeAction("EDITOR", "saveProject");
  const { locale, t } = await language();
  const id = Number(form.get("id"));
  const version = Number(form.get("version"));
  const values = formValues(form);
  if (!Number.isInteger(id) || !Number.isInteger(version))
    return {
      status: "invalid",
      values,
      version: 0,
      errors: { form: t("errors.formMissingId") },
    };
  const parsed = serverFormTexts(locale).schema.safeParse(formValues(form));
  if (!parsed.success) return { status: "invalid", values, version, errors: fieldErrors(parsed.error) };
  const result = await saveProject(db(), { id, state: parsed.data, expectedVersion: version, userId: user.id, locale });
  if (result.ok) return redirectInLocale(`/hallinta/hankkeet/${id}?tallennettu=${result.version}`);
  if (result.kind === "invalid") return { status: "invalid", values, version, errors: result.errors };
  if (result.kind === "missing")
    return { status: "invalid", values, version, errors: { form: t("errors.projectGone") } };
  return {
    status: "conflict",
    values,
    // Saving again deliberately overwrites the other person's version, so the form now carries it.
    version: result.current.version,
    errors: {},
    theirChanges: result.theirChanges.map((c) => ({ ...c, at: c.at.toISOString() })),
  };
}

export async function createProjectAction(_: EditState, form: FormData): Promise<EditState> {
  const user = await authorizeAction("EDITOR", "createProject");
  const { locale, t } = await language();
  const values = formValues(form);
  const parsed = serverFormTexts(locale).schema.safeParse(formValues(form));
  if (!parsed.success) return { status: "invalid", values, version: 0, errors: fieldErrors(parsed.error) };
  const result = await createProject(db(), { state: parsed.data, userId: user.id, locale });
  if (!result.ok)
    return {
      status: "invalid",
      values,
      version: 0,
      errors: result.kind === "invalid" ? result.errors : { form: t("errors.saveFailed") },
    };
  const created = await db().project.findUniqueOrThrow({ where: { slug: result.slug }, select: { id: true } });
  return redirectInLocale(`/hallinta/hankkeet/${created.id}?tallennettu=1`);
}

/** Delete (to the trash) or restore from it. */
export async function setDeletedAction(form: FormData): Promise<void> {
  const user = await authorizeAction("EDITOR", "setDeleted");
  const id = Number(form.get("id"));
  const version = Number(form.get("version"));
  const deleted = form.get("deleted") === "true";
  if (!Number.isInteger(id) || !Number.isInteger(version)) return redirectInLocale("/hallinta?virhe=lomake");
  const result = await setDeleted(db(), { id, deleted, expectedVersion: version, userId: user.id });
  if (!result.ok) return redirectInLocale(`/hallinta/hankkeet/${id}?ristiriita=1`);
  return redirectInLocale(deleted ? `/hallinta/roskakori?poistettu=${id}` : `/hallinta/hankkeet/${id}?palautettu=1`);
}

export async function restoreRevisionAction(form: FormData): Promise<void> {
  const user = await authorizeAction("EDITOR", "restoreRevision");
  const id = Number(form.get("id"));
  const revision = Number(form.get("revision"));
  const version = Number(form.get("version"));
  if (![id, revision, version].every(Number.isInteger)) return redirectInLocale("/hallinta?virhe=lomake");
  const result = await restoreRevision(db(), { id, version: revision, expectedVersion: version, userId: user.id });
  if (result.ok) return redirectInLocale(`/hallinta/hankkeet/${id}/historia?palautettu=${revision}`);
  return redirectInLocale(`/hallinta/hankkeet/${id}/historia?ristiriita=1`);
}

// ---------------------------------------------------------------------------------------------
// Import

export interface ImportState {
  text: string;
  fileName: string;
  preview: ImportPreview | null;
  error: string | null;
}

const MAX_IMPORT_BYTES = 2_000_000;

export async function previewImportAction(_: ImportState, form: FormData): Promise<ImportState> {
  await authorizeAction("EDITOR", "previewImport");
  const { locale, t } = await language();
  const file = form.get("file");
  let text = String(form.get("text") ?? "");
  let fileName = String(form.get("fileName") ?? "").trim();
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_IMPORT_BYTES) return { text: "", fileName, preview: null, error: t("errors.fileTooLarge") };
    text = await file.text();
    fileName ||= file.name;
  }
  if (text.length > MAX_IMPORT_BYTES) return { text: "", fileName, preview: null, error: t("errors.textTooLong") };
  if (!text.trim()) return { text, fileName, preview: null, error: t("errors.textMissing") };
  if (text.includes("\u0000")) return { text: "", fileName, preview: null, error: t("errors.textNul") };
  fileName = safeFileName(fileName || `tuonti-${new Date().toISOString().slice(0, 10)}.txt`);
  return { text, fileName, preview: await previewImport(db(), text, fileName, locale), error: null };
}

export async function confirmImportAction(_: ImportState, form: FormData): Promise<ImportState> {
  const user = await authorizeAction("EDITOR", "confirmImport");
  const { locale, t } = await language();
  const text = String(form.get("text") ?? "");
  const fileName = safeFileName(String(form.get("fileName") ?? ""));
  const expected = form.get("expectedVersion");
  if (!text.trim() || text.length > MAX_IMPORT_BYTES || text.includes("\u0000"))
    return { text: "", fileName, preview: null, error: t("errors.importMissing") };
  try {
    const outcome = await storeParsed(db(), parseSource(text, fileName), {
      force: true,
      userId: user.id,
      expectedVersion: expected === null || expected === "" ? undefined : Number(expected),
    });
    if (outcome.status === "skipped")
      return {
        text,
        fileName,
        preview: await previewImport(db(), text, fileName, locale),
        error: t("errors.importSkipped", { reason: outcome.reason }),
      };
    if (outcome.kind === "document") return redirectInLocale(`/aineistot/${outcome.slug}`);
    return redirectInLocale(`/hallinta/hankkeet/${outcome.id}?tuotu=1`);
  } catch (error) {
    if (error instanceof ImportConflict) {
      return {
        text,
        fileName,
        preview: await previewImport(db(), text, fileName, locale),
        error: t("errors.importConflict"),
      };
    }
    throw error;
  }
}

/** Source names are shown and stored: letters, digits and a few separators only. */
function safeFileName(name: string): string {
  const cleaned = name
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}._-]+/gu, "-")
    .replace(/^[-.]+/, "")
    .slice(0, 120);
  return cleaned || "tuonti.txt";
}

// ---------------------------------------------------------------------------------------------
// Users (administrators only)

export interface UserFormState {
  errors: Partial<Record<"email" | "name" | "password" | "role" | "form", string>>;
  values: { email: string; name: string; role: string };
  created: string | null;
}

export async function createUserAction(_: UserFormState, form: FormData): Promise<UserFormState> {
  await authorizeAction("ADMIN", "createUser");
  const { locale } = await language();
  const values = {
    email: String(form.get("email") ?? ""),
    name: String(form.get("name") ?? ""),
    role: String(form.get("role") ?? "EDITOR"),
  };
  const parsed = newUserSchemaFor(locale).safeParse({ ...values, password: String(form.get("password") ?? "") });
  if (!parsed.success) {
    const errors: UserFormState["errors"] = {};
    for (const issue of parsed.error.issues)
      errors[(issue.path[0] as keyof UserFormState["errors"]) ?? "form"] ??= issue.message;
    return { errors, values, created: null };
  }
  const result = await createUser(db(), parsed.data, locale);
  if (!result.ok) return { errors: { [result.field]: result.message }, values, created: null };
  return { errors: {}, values: { email: "", name: "", role: "EDITOR" }, created: parsed.data.email };
}

export async function setUserDisabledAction(form: FormData): Promise<void> {
  const admin = await authorizeAction("ADMIN", "setUserDisabled");
  const userId = Number(form.get("userId"));
  if (!Number.isInteger(userId)) return redirectInLocale("/hallinta/kayttajat");
  const result = await setUserDisabled(db(), { userId, disabled: form.get("disabled") === "true", byUserId: admin.id });
  return redirectInLocale(result.ok ? "/hallinta/kayttajat?muutettu=1" : "/hallinta/kayttajat?virhe=oma");
}

// ---------------------------------------------------------------------------------------------
// Own password

export interface PasswordState {
  errors: Partial<Record<"current" | "next" | "confirm", string>>;
  changed: boolean;
}

export async function changePasswordAction(_: PasswordState, form: FormData): Promise<PasswordState> {
  const user = await authorizeAction("EDITOR", "changePassword");
  const { locale, t } = await language();
  const next = String(form.get("next") ?? "");
  if (next !== String(form.get("confirm") ?? ""))
    return { errors: { confirm: t("accounts.passwordsDiffer") }, changed: false };
  const result = await changePassword(
    db(),
    {
      userId: user.id,
      keepSessionId: user.sessionId,
      current: String(form.get("current") ?? ""),
      next,
    },
    locale,
  );
  return result.ok ? { errors: {}, changed: true } : { errors: { [result.field]: result.message }, changed: false };
}
