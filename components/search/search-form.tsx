import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/lib/i18n/routing";
import { LIST_PARAMS, type SearchParams, SORTS } from "@/lib/search/filters";

/** A plain GET form: the URL carries the whole state, so it works without JavaScript too. */
export function SearchForm({ params, sort }: { params: SearchParams; sort: (typeof SORTS)[number] }) {
  const t = useTranslations("ui");
  return (
    <form
      action={localePath(useLocale(), "/hankkeet")}
      method="get"
      role="search"
      className="flex flex-wrap items-end gap-3"
    >
      <div className="min-w-64 flex-1">
        <label htmlFor="q" className="mb-1 block font-semibold">
          {t("searchLabel")}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={params.q ?? ""}
          maxLength={500}
          placeholder={t("searchPlaceholder")}
          className="w-full rounded border border-muted px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="sort" className="mb-1 block font-semibold">
          {t("sortLabel")}
        </label>
        <select id="sort" name="sort" defaultValue={sort} className="rounded border border-muted px-3 py-2">
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sorts.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="flex items-end gap-2">
        <legend className="sr-only">{t("yearFrom")}</legend>
        <div>
          <label htmlFor="yearFrom" className="mb-1 block font-semibold">
            {t("yearFrom")}
          </label>
          <input
            id="yearFrom"
            name="yearFrom"
            type="number"
            inputMode="numeric"
            min={1900}
            max={2100}
            defaultValue={params.yearFrom ?? ""}
            className="w-24 rounded border border-muted px-2 py-2"
          />
        </div>
        <div>
          <label htmlFor="yearTo" className="mb-1 block font-semibold">
            {t("yearTo")}
          </label>
          <input
            id="yearTo"
            name="yearTo"
            type="number"
            inputMode="numeric"
            min={1900}
            max={2100}
            defaultValue={params.yearTo ?? ""}
            className="w-24 rounded border border-muted px-2 py-2"
          />
        </div>
      </fieldset>
      {LIST_PARAMS.flatMap((key) =>
        (params[key] as string[]).map((v) => <input key={`${key}-${v}`} type="hidden" name={key} value={v} />),
      )}
      {(["minGranted", "maxGranted", "national", "decisionYear", "pageSize"] as const).map((key) =>
        params[key] !== undefined ? <input key={key} type="hidden" name={key} value={String(params[key])} /> : null,
      )}
      <button type="submit" className="rounded bg-brand-dark px-5 py-2 font-semibold text-white hover:bg-brand">
        {t("search")}
      </button>
    </form>
  );
}
