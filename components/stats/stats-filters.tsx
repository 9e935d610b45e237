import { useLocale } from "next-intl";
import type { Locale } from "@/lib/i18n/routing";
import { localePath } from "@/lib/i18n/routing";
import type { StatsFiltersTranslator } from "@/lib/i18n/translators";
import { regionName } from "@/lib/regions/names";
import type { SearchParams } from "@/lib/search/filters";
import type { FilterOptions } from "@/lib/stats/options";

const field = "w-full rounded border border-muted px-2 py-1.5";

/**
 * The dashboard's filters as a plain GET form (the URL is the state; it works without
 * JavaScript). The same parameters as the search page, so a link between them keeps the choice.
 */
export function StatsFilters({
  params,
  options,
  t,
}: {
  params: SearchParams;
  options: FilterOptions;
  t: StatsFiltersTranslator;
}) {
  const locale = useLocale();
  const select = (
    name: "region" | "theme" | "organizationType" | "grantType",
    label: string,
    values: Array<{ value: string; label: string }>,
  ) => (
    <div>
      <label htmlFor={`f-${name}`} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={params[name][0] ?? ""} className={field}>
        <option value="">{t("all")}</option>
        {values.map((v) => (
          <option key={v.value} value={v.value}>
            {v.label}
          </option>
        ))}
      </select>
    </div>
  );
  const number = (
    name: "yearFrom" | "yearTo" | "minGranted" | "maxGranted",
    label: string,
    bounds: [number, number],
  ) => (
    <div>
      <label htmlFor={`f-${name}`} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      <input
        id={`f-${name}`}
        name={name}
        type="number"
        inputMode="numeric"
        min={bounds[0]}
        max={bounds[1]}
        defaultValue={params[name] ?? ""}
        className={field}
      />
    </div>
  );
  return (
    <form
      action={localePath(locale, "/tilastot")}
      method="get"
      aria-label={t("form")}
      className="grid gap-4 rounded border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <div className="sm:col-span-2">
        <label htmlFor="f-q" className="mb-1 block text-sm font-semibold">
          {t("q")}
        </label>
        <input id="f-q" name="q" type="search" defaultValue={params.q ?? ""} maxLength={500} className={field} />
      </div>
      <fieldset className="sm:col-span-2">
        <legend className="mb-1 text-sm font-semibold">{t("funder")}</legend>
        <div className="flex flex-wrap gap-4">
          {options.funders.map((f) => (
            <label key={f.value} className="flex items-center gap-2">
              <input type="checkbox" name="funder" value={f.value} defaultChecked={params.funder.includes(f.value)} />
              {f.label}
            </label>
          ))}
        </div>
      </fieldset>
      {number("yearFrom", t("yearFrom"), [1900, 2100])}
      {number("yearTo", t("yearTo"), [1900, 2100])}
      {number("minGranted", t("minGranted"), [0, 2_000_000_000])}
      {number("maxGranted", t("maxGranted"), [0, 2_000_000_000])}
      {select(
        "region",
        t("region"),
        options.regions.map((o) => ({ ...o, label: regionName(o.label, locale as Locale) })),
      )}
      {select("theme", t("theme"), options.themes)}
      {select("organizationType", t("organizationType"), options.organizationTypes)}
      {select("grantType", t("grantType"), options.grantTypes)}
      {params.national !== undefined ? <input type="hidden" name="national" value={String(params.national)} /> : null}
      {params.decisionYear !== undefined ? (
        <input type="hidden" name="decisionYear" value={params.decisionYear} />
      ) : null}
      {params.status.map((s) => (
        <input key={s} type="hidden" name="status" value={s} />
      ))}
      <div className="flex items-end gap-3 lg:col-span-4">
        <button type="submit" className="rounded bg-brand-dark px-5 py-2 font-semibold text-white hover:bg-brand">
          {t("submit")}
        </button>
        <a href={localePath(locale, "/tilastot")}>{t("clear")}</a>
      </div>
    </form>
  );
}
