"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { confirmImportAction, type ImportState, previewImportAction } from "@/app/[locale]/hallinta/actions";
import { displayValue } from "@/lib/admin/project-form";
import { inputClass } from "./field";
import { useFormTexts } from "./use-form-texts";

const EMPTY: ImportState = { text: "", fileName: "", preview: null, error: null };
const FORMATS = ["tsr-old", "tsr-new", "esr-eura", "document", "unknown"] as const;
const isFormat = (format: string): format is (typeof FORMATS)[number] =>
  (FORMATS as readonly string[]).includes(format);

/** Step 1: paste or upload → preview. Step 2: confirm → stored through the seed's code path. */
export function ImportForm() {
  const t = useTranslations("admin.import");
  const texts = useFormTexts();
  const labels = texts.fieldLabels;
  const [previewed, preview, previewing] = useActionState(previewImportAction, EMPTY);
  const [confirmed, confirm, confirming] = useActionState(confirmImportAction, EMPTY);
  const state = confirmed.preview || confirmed.error ? confirmed : previewed;
  const p = state.preview;
  return (
    <div className="space-y-8">
      <form action={preview} className="space-y-4">
        {state.error ? (
          <p role="alert" className="border-l-4 border-error bg-error-light p-3">
            {state.error}
          </p>
        ) : null}
        <div>
          <label htmlFor="f-text" className="mb-1 block font-semibold">
            {t("text")}
          </label>
          <textarea
            id="f-text"
            name="text"
            rows={10}
            defaultValue={state.text}
            className={`${inputClass} font-mono text-sm`}
          />
        </div>
        <div className="flex flex-wrap gap-6">
          <div>
            <label htmlFor="f-file" className="mb-1 block font-semibold">
              {t("file")}
            </label>
            <input id="f-file" name="file" type="file" accept=".txt,text/plain" />
          </div>
          <div>
            <label htmlFor="f-fileName" className="mb-1 block font-semibold">
              {t("fileName")}
            </label>
            <input
              id="f-fileName"
              name="fileName"
              defaultValue={state.fileName}
              maxLength={120}
              className={inputClass}
            />
          </div>
        </div>
        <button
          type="submit"
          disabled={previewing}
          className="rounded bg-brand-dark px-5 py-2 font-semibold text-white disabled:opacity-60"
        >
          {previewing ? t("previewing") : t("preview")}
        </button>
      </form>

      {p ? (
        <section aria-labelledby="esikatselu" className="rounded border border-line p-4">
          <h2 id="esikatselu" className="text-2xl">
            {t("previewHeading")}
          </h2>
          <p className="mt-1">
            {t("format", { format: isFormat(p.format) ? t(`formats.${p.format}`) : p.format })}
            {p.title ? ` · ${p.title}` : ""}
          </p>
          <p className="mt-1">
            {p.existing
              ? t("updates", { version: p.existing.version, deleted: String(p.existing.deleted) })
              : p.kind === "project"
                ? t("creates")
                : p.kind === "document"
                  ? t("storesDocument")
                  : ""}
          </p>
          {p.problems.length ? (
            <div role="alert" className="mt-3 border-l-4 border-error bg-error-light p-3">
              <p className="font-semibold">{t("problems")}</p>
              <ul className="list-disc pl-5">
                {p.problems.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {p.warnings.length ? (
            <div className="mt-3 border-l-4 border-warn bg-warn-light p-3">
              <p className="font-semibold">{t("warnings", { n: p.warnings.length })}</p>
              <ul className="list-disc pl-5 text-sm">
                {p.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {p.changes.length ? (
            <table className="mt-4 w-full text-sm">
              <caption className="text-left font-semibold">{p.existing ? t("changing") : t("importing")}</caption>
              <thead>
                <tr className="text-left">
                  <th scope="col">{t("colField")}</th>
                  {p.existing ? <th scope="col">{t("colNow")}</th> : null}
                  <th scope="col">{t("colAfter")}</th>
                </tr>
              </thead>
              <tbody>
                {p.changes.map((c) => (
                  <tr key={c.field} className="border-t border-line align-top">
                    <th scope="row" className="pr-2 text-left font-normal">
                      {labels[c.field]}
                    </th>
                    {p.existing ? <td className="pr-2">{displayValue(c.field, c.before, texts)}</td> : null}
                    <td>{displayValue(c.field, c.after, texts)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : p.existing ? (
            <p className="mt-3">{t("unchanged")}</p>
          ) : null}
          {p.problems.length === 0 ? (
            <form action={confirm} className="mt-4">
              <input type="hidden" name="text" value={state.text} />
              <input type="hidden" name="fileName" value={state.fileName} />
              <input
                type="hidden"
                name="expectedVersion"
                value={p.existing ? String(p.existing.version) : p.kind === "project" ? "0" : ""}
              />
              <button
                type="submit"
                disabled={confirming}
                className="rounded bg-brand-dark px-5 py-2 font-semibold text-white disabled:opacity-60"
              >
                {confirming ? t("confirming") : t("confirm")}
              </button>
            </form>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
