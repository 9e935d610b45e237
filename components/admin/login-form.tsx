"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { type LoginState, loginAction } from "@/app/[locale]/hallinta/actions";
import { Field, inputClass } from "./field";

export function LoginForm({ back }: { back: string }) {
  const t = useTranslations("admin.login");
  const [state, action, pending] = useActionState<LoginState, FormData>(loginAction, { error: null, email: "" });
  return (
    <form action={action} className="max-w-sm space-y-4">
      {state.error ? (
        <p role="alert" className="border-l-4 border-error bg-error-light p-3">
          {state.error}
        </p>
      ) : null}
      <input type="hidden" name="paluu" value={back} />
      <Field id="f-email" label={t("email")}>
        {(p) => (
          <input
            {...p}
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={state.email}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="f-password" label={t("password")}>
        {(p) => (
          <input
            {...p}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className={inputClass}
          />
        )}
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-dark px-5 py-2 font-semibold text-white hover:bg-brand disabled:opacity-60"
      >
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
