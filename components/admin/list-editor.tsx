"use client";
/**
 * Rows of one kind of sub-record (organisations, people, sections, …) with add and remove. The
 * inputs stay uncontrolled: each row keeps a stable key, and only its field names follow its
 * position (`organizations.2.name`), which is what the server reads.
 */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { type FieldErrors, type FormRow, type FormTexts, LIST_FIELDS, type ListName } from "@/lib/admin/project-form";
import { FieldError, inputClass } from "./field";
import { useFormTexts } from "./use-form-texts";

const roleOptions = (name: ListName, texts: FormTexts): Record<string, string> | undefined =>
  name === "organizations" ? texts.organizationRoles : name === "people" ? texts.personRoles : undefined;
const LONG_TEXT = new Set(["body"]);

let nextKey = 0;

export function ListEditor({ name, rows, errors }: { name: ListName; rows: FormRow[]; errors: FieldErrors }) {
  const t = useTranslations("admin.form");
  const texts = useFormTexts();
  const list = texts.lists[name];
  const [items, setItems] = useState(() => rows.map((row) => ({ key: nextKey++, row })));
  const fields = LIST_FIELDS[name].map((field): [string, string] => [field, list.fields[field] ?? field]);
  const roles = roleOptions(name, texts);
  return (
    <fieldset id={`f-${name}`} className="rounded border border-line p-4">
      <legend className="px-1 text-xl">{list.label}</legend>
      {items.length === 0 ? <p className="text-sm text-muted">{t("listEmpty")}</p> : null}
      <ol className="space-y-4">
        {items.map(({ key, row }, i) => (
          <li key={key} className="rounded bg-surface p-3">
            <fieldset>
              <legend className="font-semibold">
                {list.item} {i + 1}
              </legend>
              <div className={`mt-2 grid gap-3 ${fields.some(([f]) => LONG_TEXT.has(f)) ? "" : "sm:grid-cols-2"}`}>
                {fields.map(([field, label]) => {
                  const id = `f-${name}.${i}.${field}`;
                  const error = errors[`${name}.${i}.${field}`];
                  const common = {
                    id,
                    name: `${name}.${i}.${field}`,
                    defaultValue: row[field] ?? "",
                    className: inputClass,
                    ...(error ? { "aria-invalid": true as const, "aria-describedby": `${id}-virhe` } : {}),
                  };
                  return (
                    <div key={field}>
                      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
                        {label}
                      </label>
                      {field === "role" && roles ? (
                        <select {...common} defaultValue={row.role || Object.keys(roles)[0]}>
                          {Object.entries(roles).map(([value, text]) => (
                            <option key={value} value={value}>
                              {text}
                            </option>
                          ))}
                        </select>
                      ) : LONG_TEXT.has(field) ? (
                        <textarea {...common} rows={5} />
                      ) : (
                        <input
                          {...common}
                          {...(field === "date"
                            ? { placeholder: t("datePlaceholder"), inputMode: "numeric" as const }
                            : {})}
                        />
                      )}
                      <FieldError id={id} error={error} />
                    </div>
                  );
                })}
              </div>
              <button
                type="button"
                onClick={() => setItems(items.filter((x) => x.key !== key))}
                className="mt-2 text-sm text-error underline"
              >
                {t("listRemove", { item: list.item.toLowerCase(), n: i + 1 })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => setItems([...items, { key: nextKey++, row: {} }])}
        className="mt-3 rounded border border-brand-dark px-3 py-1 text-sm text-brand-dark hover:bg-brand-light"
      >
        {t("listAdd", { item: list.item.toLowerCase() })}
      </button>
    </fieldset>
  );
}
