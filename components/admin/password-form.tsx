"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { changePasswordAction, type PasswordState } from "@/app/[locale]/hallinta/actions";
import { ErrorSummary, Field, inputClass } from "./field";
import { PasswordMeter } from "./password-meter";

const FIELDS = ["current", "next", "confirm"] as const;
const isField = (field: string): field is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(field);

export function PasswordForm({ email, name }: { email: string; name: string }) {
  const t = useTranslations("admin.password");
  const [state, action, pending] = useActionState<PasswordState, FormData>(changePasswordAction, {
    errors: {},
    changed: false,
  });
  const [next, setNext] = useState("");
  return (
    <form action={action} className="max-w-md space-y-4">
      {state.changed ? (
        <p role="status" className="border-l-4 border-brand bg-brand-light p-3">
          {t("changed")}
        </p>
      ) : null}
      <ErrorSummary errors={state.errors} label={(f) => (isField(f) ? t(f) : f)} />
      <Field id="f-current" label={t("current")} error={state.errors.current}>
        {(p) => <input {...p} name="current" type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <Field id="f-next" label={t("next")} error={state.errors.next} hint={t("hint")}>
        {(p) => (
          <input
            {...p}
            name="next"
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
            className={inputClass}
          />
        )}
      </Field>
      <PasswordMeter password={next} context={{ email, name }} />
      <Field id="f-confirm" label={t("confirm")} error={state.errors.confirm}>
        {(p) => <input {...p} name="confirm" type="password" autoComplete="new-password" className={inputClass} />}
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
