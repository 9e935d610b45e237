"use client";
/**
 * The project edit form. The browser checks every field with the same zod schema as the server
 * before sending; the server's answer (field errors, or a conflict with what the other editor
 * changed) comes back with the editor's own input, which is never lost.
 */
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { createProjectAction, type EditState, saveProjectAction } from "@/app/[locale]/hallinta/actions";
import {
  displayValue,
  errorLabel,
  type FieldErrors,
  type FormRow,
  type FormValues,
  fieldErrors,
  formValues,
  LIST_NAMES,
  type ProjectField,
} from "@/lib/admin/project-form";
import { formatDateTime } from "@/lib/format";
import { localePath } from "@/lib/i18n/routing";
import { ErrorSummary, Field, FieldError, inputClass } from "./field";
import { ListEditor } from "./list-editor";
import { useFormTexts } from "./use-form-texts";

type Option = { value: string; label: string };

export interface ProjectFormProps {
  mode: "edit" | "create";
  id?: number;
  version: number;
  values: FormValues;
  funders: Option[];
  regions: Option[];
  themes: Option[];
}

export function ProjectForm(props: ProjectFormProps) {
  const t = useTranslations("admin.form");
  const locale = useLocale();
  const texts = useFormTexts();
  const labels = texts.fieldLabels;
  const schema = texts.schema;
  const initial: EditState = { status: "idle", values: props.values, version: props.version, errors: {} };
  const [state, action, pending] = useActionState(
    props.mode === "edit" ? saveProjectAction : createProjectAction,
    initial,
  );
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const errors = clientErrors ?? state.errors;
  const values = state.values;

  useEffect(() => {
    setClientErrors(null);
    if (state.status !== "idle") summary.current?.querySelector<HTMLElement>("[role=alert]")?.focus();
  }, [state]);

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const parsed = schema.safeParse(formValues(new FormData(event.currentTarget)));
    if (!parsed.success) {
      event.preventDefault();
      setClientErrors(fieldErrors(parsed.error));
      requestAnimationFrame(() => summary.current?.querySelector<HTMLElement>("[role=alert]")?.focus());
    }
  };

  const value = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const list = (name: string) => (Array.isArray(values[name]) ? (values[name] as string[]) : []);
  const rows = (name: string) => (Array.isArray(values[name]) ? (values[name] as FormRow[]) : []);
  const text = (name: ProjectField, extra: React.InputHTMLAttributes<HTMLInputElement> = {}, hint?: string) => (
    <Field id={`f-${name}`} label={labels[name]} error={errors[name]} hint={hint}>
      {(p) => <input {...p} {...extra} name={name} defaultValue={value(name)} className={inputClass} />}
    </Field>
  );
  const checks = (name: "regions" | "themes", options: Option[]) => (
    <fieldset id={`f-${name}`} aria-describedby={errors[name] ? `f-${name}-virhe` : undefined}>
      <legend className="mb-1 font-semibold">{labels[name]}</legend>
      <div className="grid gap-1 sm:grid-cols-3">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input type="checkbox" name={name} value={o.value} defaultChecked={list(name).includes(o.value)} />{" "}
            {o.label}
          </label>
        ))}
      </div>
      <FieldError id={`f-${name}`} error={errors[name]} />
    </fieldset>
  );

  return (
    // A new key after each answer puts the returned values back into the (uncontrolled) fields.
    <form
      key={JSON.stringify([state.status, state.version, values])}
      action={action}
      onSubmit={onSubmit}
      noValidate
      className="space-y-6"
    >
      <div ref={summary}>
        {state.status === "conflict" ? (
          <div role="alert" tabIndex={-1} className="mb-6 border-l-4 border-warn bg-warn-light p-4">
            <h2 className="text-lg">{t("conflictTitle")}</h2>
            <p className="mt-1">{t("conflictText")}</p>
            <table className="mt-2 w-full text-sm">
              <thead>
                <tr className="text-left">
                  <th scope="col">{t("colField")}</th>
                  <th scope="col">{t("colTheirs")}</th>
                  <th scope="col">{t("colYours")}</th>
                  <th scope="col">{t("colWhoWhen")}</th>
                </tr>
              </thead>
              <tbody>
                {(state.theirChanges ?? []).map((c, i) => (
                  <tr key={i} className="border-t border-line align-top">
                    <th scope="row" className="pr-2 text-left font-normal">
                      {labels[c.field] ?? c.field}
                    </th>
                    <td className="pr-2">{displayValue(c.field, c.after, texts)}</td>
                    <td className="pr-2">{displayValue(c.field, values[c.field], texts)}</td>
                    <td>
                      {c.by ?? t("importer")}, {formatDateTime(c.at)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="mt-2">
              {t.rich("conflictHelp", {
                reload: (chunks) => <a href={localePath(locale, `/hallinta/hankkeet/${props.id}`)}>{chunks}</a>,
              })}
            </p>
          </div>
        ) : null}
        <ErrorSummary errors={errors} label={(key) => errorLabel(key, texts)} />
      </div>

      {props.id !== undefined ? <input type="hidden" name="id" value={props.id} /> : null}
      <input type="hidden" name="version" value={state.version} />

      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">{text("title", { required: true, maxLength: 500 })}</div>
        {text("projectNumber", { required: true, maxLength: 50 })}
        <Field id="f-funderCode" label={labels.funderCode} error={errors.funderCode}>
          {(p) => (
            <select {...p} name="funderCode" defaultValue={value("funderCode")} className={inputClass}>
              <option value="">{t("choose")}</option>
              {props.funders.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text("grantType", { maxLength: 200 })}
        {text("status", { maxLength: 200 })}
        {text("decisionDate", { inputMode: "numeric", autoComplete: "off" }, t("hintDecisionDate"))}
        {text("periodStart", { inputMode: "numeric", autoComplete: "off" }, t("hintDate"))}
        {text("periodEnd", { inputMode: "numeric", autoComplete: "off" }, t("hintPeriodEnd"))}
      </div>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-xl">{t("money")}</legend>
        {(
          [
            "grantedEur",
            "totalCostEur",
            "euStateGrantedEur",
            "euStateRealizedEur",
            "publicPlannedEur",
            "publicRealizedEur",
          ] as const
        ).map((name) => (
          <div key={name}>{text(name, { inputMode: "numeric", autoComplete: "off" })}</div>
        ))}
      </fieldset>

      <label className="flex items-center gap-2 font-semibold">
        <input
          type="checkbox"
          name="isNational"
          defaultChecked={value("isNational") === "on" || value("isNational") === "true"}
        />{" "}
        {labels.isNational}
      </label>
      {checks("regions", props.regions)}
      {checks("themes", props.themes)}

      {LIST_NAMES.map((name) => (
        <ListEditor key={name} name={name} rows={rows(name)} errors={errors} />
      ))}

      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-dark px-6 py-2 font-semibold text-white hover:bg-brand disabled:opacity-60"
      >
        {pending ? t("saving") : props.mode === "edit" ? t("save") : t("create")}
      </button>
    </form>
  );
}
