"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { createUserAction, type UserFormState } from "@/app/[locale]/hallinta/actions";
import { ErrorSummary, Field, inputClass } from "./field";
import { PasswordMeter } from "./password-meter";

const FIELDS = ["email", "name", "password", "role"] as const;
const isField = (field: string): field is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(field);

export function UserForm() {
  const t = useTranslations("admin.userForm");
  const [state, action, pending] = useActionState<UserFormState, FormData>(createUserAction, {
    errors: {},
    values: { email: "", name: "", role: "EDITOR" },
    created: null,
  });
  const [password, setPassword] = useState("");
  const [context, setContext] = useState({ email: "", name: "" });
  return (
    <form
      key={state.created ?? JSON.stringify(state.values)}
      action={action}
      className="max-w-md space-y-4"
      onChange={(e) => {
        const form = e.currentTarget;
        setContext({
          email: String(new FormData(form).get("email") ?? ""),
          name: String(new FormData(form).get("name") ?? ""),
        });
      }}
    >
      {state.created ? (
        <p role="status" className="border-l-4 border-brand bg-brand-light p-3">
          {t("created", { email: state.created })}
        </p>
      ) : null}
      <ErrorSummary errors={state.errors} label={(field) => (isField(field) ? t(field) : field)} />
      <Field id="f-email" label={t("email")} error={state.errors.email}>
        {(p) => (
          <input
            {...p}
            name="email"
            type="email"
            autoComplete="off"
            defaultValue={state.values.email}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="f-name" label={t("name")} error={state.errors.name}>
        {(p) => <input {...p} name="name" defaultValue={state.values.name} maxLength={200} className={inputClass} />}
      </Field>
      <Field id="f-password" label={t("password")} error={state.errors.password} hint={t("passwordHint")}>
        {(p) => (
          <input
            {...p}
            name="password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className={inputClass}
          />
        )}
      </Field>
      <PasswordMeter password={password} context={context} />
      <Field id="f-role" label={t("role")} error={state.errors.role}>
        {(p) => (
          <select {...p} name="role" defaultValue={state.values.role} className={inputClass}>
            <option value="EDITOR">{t("roleEditor")}</option>
            <option value="ADMIN">{t("roleAdmin")}</option>
          </select>
        )}
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-dark px-5 py-2 font-semibold text-white disabled:opacity-60"
      >
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
