"use client";
import { useActionState, useState } from "react";
import { createUserAction, type UserFormState } from "@/app/[locale]/hallinta/actions";
import { ErrorSummary, Field, inputClass } from "./field";
import { PasswordMeter } from "./password-meter";

const LABELS = { email: "Sähköposti", name: "Nimi", password: "Salasana", role: "Rooli" };

export function UserForm() {
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
          Tunnus luotu: {state.created}
        </p>
      ) : null}
      <ErrorSummary errors={state.errors} label={(field) => LABELS[field as keyof typeof LABELS] ?? field} />
      <Field id="f-email" label={LABELS.email} error={state.errors.email}>
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
      <Field id="f-name" label={LABELS.name} error={state.errors.name}>
        {(p) => <input {...p} name="name" defaultValue={state.values.name} maxLength={200} className={inputClass} />}
      </Field>
      <Field
        id="f-password"
        label={LABELS.password}
        error={state.errors.password}
        hint="Vähintään 12 merkkiä. Pitkä lause on helppo muistaa ja vaikea arvata."
      >
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
      <Field id="f-role" label={LABELS.role} error={state.errors.role}>
        {(p) => (
          <select {...p} name="role" defaultValue={state.values.role} className={inputClass}>
            <option value="EDITOR">Muokkaaja (muokkaa tietueita)</option>
            <option value="ADMIN">Ylläpitäjä (kaikki, myös käyttäjät)</option>
          </select>
        )}
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-dark px-5 py-2 font-semibold text-white disabled:opacity-60"
      >
        {pending ? "Luodaan…" : "Luo tunnus"}
      </button>
    </form>
  );
}
