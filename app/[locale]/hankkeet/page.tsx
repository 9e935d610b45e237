import type { Metadata } from "next";
import { connection } from "next/server";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { ActiveFilters } from "@/components/search/active-filters";
import { ExportForm } from "@/components/search/export-form";
import { Facets, facetLabel } from "@/components/search/facets";
import { Pagination } from "@/components/search/pagination";
import { Results } from "@/components/search/results";
import { SearchForm } from "@/components/search/search-form";
import { db } from "@/lib/db";
import { formatEur, formatInteger } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { feedQuery } from "@/lib/search/feed";
import {
  activeFilterCount,
  EMPTY_PARAMS,
  effectiveSort,
  parseSearchParams,
  type SearchParams,
  toQueryString,
  withParam,
} from "@/lib/search/filters";
import { search } from "@/lib/search/search";

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const raw = await searchParams;
  const q = raw.q;
  const [t, locale] = await Promise.all([getTranslations("ui"), getLocale()]);
  const title = typeof q === "string" && q ? t("searchTitle", { q }) : t("projects");
  const parsed = parseSearchParams(raw);
  if (!parsed.ok) return { title };
  // Feed readers and browsers find the search's Atom feed from the page itself.
  const feed = `/api/projects/feed${feedQuery(parsed.params, locale)}`;
  return { title, alternates: { types: { "application/atom+xml": [{ url: feed, title: t("followSearch") }] } } };
}

export default async function SearchPage({ searchParams }: Props) {
  await connection();
  const [t, locale] = await Promise.all([getTranslations("ui"), getLocale()]);
  const parsed = parseSearchParams(await searchParams);
  if (!parsed.ok) {
    return (
      <>
        <h1 className="text-3xl">{t("projects")}</h1>
        <SearchForm params={EMPTY_PARAMS} sort="newest" />
        <p role="alert" className="mt-6 border-l-4 border-warn bg-warn-light p-3">
          {t("invalidSearch")}: <code>{parsed.message}</code>. <Link href="/hankkeet">{t("clearSearch")}</Link>.
        </p>
      </>
    );
  }
  const params = parsed.params;
  const result = await search(db(), params);
  const exportQuery = toQueryString({ ...params, page: undefined, pageSize: undefined, sort: params.sort });
  return (
    <>
      <h1 className="text-3xl">{t("projects")}</h1>
      <div className="mt-4">
        <SearchForm params={params} sort={effectiveSort(params)} />
      </div>

      <div className="mt-6 grid gap-6 lg:mt-8 lg:grid-cols-[16rem_1fr] lg:gap-8">
        <aside aria-label={t("refinements")}>
          {/* On a phone the facets fold behind one control, so that the results come first; on a
              wide screen they stand open beside them (globals.css, .filter-panel). */}
          <details className="filter-panel">
            <summary className="filter-panel-toggle">
              {t("refineWithCount", { active: activeFilterCount(params) })}
            </summary>
            <h2 className="mb-4 hidden text-xl lg:block">{t("refine")}</h2>
            <div className="mt-4 lg:mt-0">
              <Facets params={params} facets={result.facets} />
            </div>
          </details>
        </aside>
        <section aria-labelledby="tulokset">
          <h2 id="tulokset" className="text-xl" aria-live="polite">
            {t("hits", { count: result.total, n: formatInteger(result.total), eur: formatEur(result.grantedEur) })}
          </h2>
          <ActiveFilters
            params={params}
            basePath="/hankkeet"
            labelOf={(key, value) => {
              const found = result.facets[key].find((v) => v.value === value);
              return found ? facetLabel(t, locale as Locale, key, found) : value;
            }}
          />
          {result.total === 0 ? <NoResults params={params} suggestion={result.suggestion} /> : null}
          <div className="mt-6">
            <Results items={result.items} />
          </div>
          <Pagination params={params} page={result.page} pageSize={result.pageSize} total={result.total} />
          {result.total > 0 ? (
            <p className="no-print mt-8 text-sm">
              {t("downloadAll")}: <a href={`/api/projects/export${withParam(exportQuery, "format=csv")}`}>CSV</a> ·{" "}
              <a href={`/api/projects/export${withParam(exportQuery, "format=csv&delimiter=semicolon")}`}>
                {t("csvExcel")}
              </a>{" "}
              · <a href={`/api/projects/export${withParam(exportQuery, "format=json")}`}>JSON</a>
            </p>
          ) : null}
          {result.total > 0 ? <ExportForm params={params} /> : null}
          <p className="no-print mt-4 text-sm">
            <a href={`/api/projects/feed${feedQuery(params, locale)}`} type="application/atom+xml">
              {t("followSearch")}
            </a>{" "}
            <span className="text-muted">({t("followSearchHint")})</span>
          </p>
        </section>
      </div>
    </>
  );
}

function NoResults({ params, suggestion }: { params: SearchParams; suggestion: string | null }) {
  const t = useTranslations("ui");
  const hasFilters = activeFilterCount(params) > 0;
  return (
    <div className="mt-6 space-y-2">
      <p>{t("noResults")}</p>
      {suggestion ? (
        <p>
          {t("didYouMean")}{" "}
          <Link href={`/hankkeet${toQueryString({ ...params, q: suggestion, page: undefined })}`}>{suggestion}</Link>?
        </p>
      ) : null}
      {hasFilters ? (
        <p>
          <Link href={`/hankkeet${toQueryString({ ...EMPTY_PARAMS, q: params.q })}`}>{t("searchWithoutFilters")}</Link>
        </p>
      ) : null}
      <p className="text-sm text-muted">{t("searchTip")}</p>
    </div>
  );
}
