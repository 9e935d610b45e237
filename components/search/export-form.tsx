import { useTranslations } from "next-intl";
import { EXPORT_COLUMNS } from "@/lib/search/export";
import { LIST_PARAMS, type SearchParams } from "@/lib/search/filters";

/** Download of the whole result set with a choice of columns: a GET form to the export API. */
export function ExportForm({ params }: { params: SearchParams }) {
  const t = useTranslations("ui");
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-brand-dark">{t("exportTitle")}</summary>
      <form action="/api/projects/export" method="get" className="mt-3 space-y-3">
        <fieldset>
          <legend className="font-semibold">{t("exportTitle")}</legend>
          <div className="mt-2 grid grid-cols-2 gap-1 sm:grid-cols-3">
            {EXPORT_COLUMNS.map((c) => (
              <label key={c} className="flex items-center gap-2">
                <input type="checkbox" name="column" value={c} defaultChecked={c !== "slug"} /> {t(`columns.${c}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="flex items-center gap-2">
          {t("exportFormat")}
          <select name="format" defaultValue="csv" className="rounded border border-muted px-2 py-1">
            <option value="csv">CSV</option>
            <option value="excel">{t("exportExcel")}</option>
            <option value="json">JSON</option>
          </select>
        </label>
        {params.q ? <input type="hidden" name="q" value={params.q} /> : null}
        {LIST_PARAMS.flatMap((key) =>
          (params[key] as string[]).map((v) => <input key={`${key}-${v}`} type="hidden" name={key} value={v} />),
        )}
        {(["yearFrom", "yearTo", "minGranted", "maxGranted", "sort"] as const).map((key) =>
          params[key] !== undefined ? <input key={key} type="hidden" name={key} value={String(params[key])} /> : null,
        )}
        <button type="submit" className="rounded border border-brand-dark px-4 py-1 text-brand-dark">
          {t("exportButton")}
        </button>
      </form>
    </details>
  );
}
