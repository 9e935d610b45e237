import { useLocale, useTranslations } from "next-intl";
import { formatInteger } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { regionName } from "@/lib/regions/names";
import { type ListParam, type SearchParams, toggleValue, toQueryString } from "@/lib/search/filters";
import type { FacetValue, SearchResult } from "@/lib/search/search";

/** Status values are codes the catalogue names, regions have a Swedish name; the rest are the records' own. */
export function facetLabel(
  t: ReturnType<typeof useTranslations<"ui">>,
  locale: Locale,
  param: ListParam,
  v: FacetValue,
): string {
  if (param === "status") return t(`labels.status_${v.value as "running" | "ended" | "upcoming"}`);
  return param === "region" ? regionName(v.label, locale) : v.label;
}

const startedIn = (year: string) => ({ yearFrom: Number(year), yearTo: Number(year) });

const LIST_FACETS: ListParam[] = ["funder", "status", "region", "grantType", "organizationType", "theme"];

function FacetLinks({ params, param, values }: { params: SearchParams; param: ListParam; values: FacetValue[] }) {
  const t = useTranslations("ui");
  const locale = useLocale() as Locale;
  const selected = params[param] as string[];
  return (
    <ul className="space-y-1">
      {values.map((v) => {
        const active = selected.includes(v.value);
        return (
          <li key={v.value}>
            <Link
              href={`/hankkeet${toQueryString(toggleValue(params, param, v.value))}`}
              aria-current={active ? "true" : undefined}
              className={`flex justify-between gap-2 no-underline hover:underline ${active ? "font-semibold" : ""}`}
            >
              <span>
                <span aria-hidden="true">{active ? "☑" : "☐"}</span> {facetLabel(t, locale, param, v)}
                {v.inferred ? (
                  <span className="text-sm text-warn"> ({t("inferredCount", { n: formatInteger(v.inferred) })})</span>
                ) : null}
              </span>
              <span className="tabular-nums text-muted">{formatInteger(v.count)}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

export function Facets({ params, facets }: { params: SearchParams; facets: SearchResult["facets"] }) {
  const t = useTranslations("ui");
  const years = facets.startYear.filter((y) => y.value !== null);
  return (
    <div className="space-y-6">
      {LIST_FACETS.map((key) =>
        facets[key].length ? (
          <section key={key} aria-labelledby={`facet-${key}`}>
            <h3 id={`facet-${key}`} className="mb-2 font-semibold">
              {t(`facetTitles.${key}`)}
            </h3>
            <FacetLinks params={params} param={key} values={facets[key]} />
          </section>
        ) : null,
      )}
      {facets.granted.length ? (
        <section aria-labelledby="facet-granted">
          <h3 id="facet-granted" className="mb-2 font-semibold">
            {t("facetTitles.granted")}
          </h3>
          <ul className="space-y-1">
            {facets.granted.map((band) => {
              const [min, max] = band.value.split("-");
              // The bands are lib/read-index/store.ts's GRANT_BANDS; each has its name in the catalogue.
              const bandKey = `grantBands.${band.value}` as "grantBands.0-20000";
              const next = {
                ...params,
                minGranted: Number(min),
                maxGranted: max ? Number(max) - 1 : undefined,
                page: undefined,
              };
              return (
                <li key={band.value}>
                  <Link
                    href={`/hankkeet${toQueryString(next)}`}
                    className="flex justify-between gap-2 no-underline hover:underline"
                  >
                    <span>{t.has(bandKey) ? t(bandKey) : band.label}</span>
                    <span className="tabular-nums text-muted">{formatInteger(band.count)}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {years.length ? (
        <section aria-labelledby="facet-years">
          <h3 id="facet-years" className="mb-2 font-semibold">
            {t("facetTitles.startYear")}
          </h3>
          <ul className="flex flex-wrap gap-2">
            {years.map((y) => (
              <li key={y.value}>
                <Link href={`/hankkeet${toQueryString({ ...params, ...startedIn(y.value), page: undefined })}`}>
                  {y.value} <span className="text-muted">({formatInteger(y.count)})</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
