import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Facets } from "@/components/search/facets";
import { Pagination } from "@/components/search/pagination";
import { Results } from "@/components/search/results";
import { SearchForm } from "@/components/search/search-form";
import { db } from "@/lib/db";
import { formatEur, formatInteger } from "@/lib/format";
import { EMPTY_PARAMS, LIST_PARAMS, effectiveSort, parseSearchParams, toQueryString, toggleValue, type ListParam, type SearchParams } from "@/lib/search/filters";
import { search, type SearchResult } from "@/lib/search/search";

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = (await searchParams).q;
  return { title: typeof q === "string" && q ? `Haku: ${q}` : "Hankkeet" };
}

export default async function SearchPage({ searchParams }: Props) {
  await connection();
  const parsed = parseSearchParams(await searchParams);
  if (!parsed.ok) {
    return (
      <>
        <h1 className="text-3xl">Hankkeet</h1>
        <SearchForm params={EMPTY_PARAMS} sort="newest" />
        <p role="alert" className="mt-6 border-l-4 border-warn bg-warn-light p-3">
          Hakuehto ei kelpaa: <code>{parsed.message}</code>. <Link href="/hankkeet">Tyhjennä haku</Link>.
        </p>
      </>
    );
  }
  const params = parsed.params;
  const result = await search(db(), params);
  const exportQuery = toQueryString({ ...params, page: undefined, pageSize: undefined, sort: params.sort });
  return (
    <>
      <h1 className="text-3xl">Hankkeet</h1>
      <div className="mt-4"><SearchForm params={params} sort={effectiveSort(params)} /></div>

      <div className="mt-8 grid gap-8 lg:grid-cols-[16rem_1fr]">
        <aside aria-label="Rajaukset">
          <h2 className="mb-4 text-xl">Rajaa</h2>
          <Facets params={params} facets={result.facets} />
        </aside>
        <section aria-labelledby="tulokset">
          <h2 id="tulokset" className="text-xl" aria-live="polite">
            {formatInteger(result.total)} {result.total === 1 ? "hanke" : "hanketta"}, myönnetty yhteensä {formatEur(result.grantedEur)}
          </h2>
          <ActiveFilters params={params} facets={result.facets} />
          {result.total === 0 ? <NoResults params={params} suggestion={result.suggestion} /> : null}
          <div className="mt-6"><Results items={result.items} /></div>
          <Pagination params={params} page={result.page} pageSize={result.pageSize} total={result.total} />
          {result.total > 0 ? (
            <p className="mt-8 text-sm">
              Lataa koko tulosjoukko:{" "}
              <a href={`/api/projects/export${exportQuery}${exportQuery ? "&" : "?"}format=csv`}>CSV</a> ·{" "}
              <a href={`/api/projects/export${exportQuery}${exportQuery ? "&" : "?"}format=csv&delimiter=semicolon`}>CSV (Excel, puolipiste)</a> ·{" "}
              <a href={`/api/projects/export${exportQuery}${exportQuery ? "&" : "?"}format=json`}>JSON</a>
            </p>
          ) : null}
        </section>
      </div>
    </>
  );
}

function ActiveFilters({ params, facets }: { params: SearchParams; facets: SearchResult["facets"] }) {
  const labelOf = (key: ListParam, value: string) => facets[key].find((v) => v.value === value)?.label ?? value;
  const chips = LIST_PARAMS.flatMap((key) => (params[key] as string[]).map((value) => ({ key, value, label: labelOf(key, value) })));
  const ranges: Array<{ label: string; next: SearchParams }> = [];
  if (params.yearFrom !== undefined || params.yearTo !== undefined) {
    ranges.push({ label: `Alkanut ${params.yearFrom ?? ""}–${params.yearTo ?? ""}`, next: { ...params, yearFrom: undefined, yearTo: undefined, page: undefined } });
  }
  if (params.minGranted !== undefined || params.maxGranted !== undefined) {
    ranges.push({ label: `Myönnetty ${params.minGranted !== undefined ? formatEur(params.minGranted) : ""}–${params.maxGranted !== undefined ? formatEur(params.maxGranted) : ""}`, next: { ...params, minGranted: undefined, maxGranted: undefined, page: undefined } });
  }
  if (!chips.length && !ranges.length) return null;
  return (
    <ul aria-label="Valitut rajaukset" className="mt-3 flex flex-wrap gap-2">
      {chips.map(({ key, value, label }) => (
        <li key={`${key}-${value}`}>
          <Link href={`/hankkeet${toQueryString(toggleValue(params, key, value))}`} className="rounded-full border border-brand-dark px-3 py-1 text-sm no-underline">
            {label} <span aria-hidden="true">✕</span><span className="sr-only"> (poista rajaus)</span>
          </Link>
        </li>
      ))}
      {ranges.map((r) => (
        <li key={r.label}>
          <Link href={`/hankkeet${toQueryString(r.next)}`} className="rounded-full border border-brand-dark px-3 py-1 text-sm no-underline">
            {r.label} <span aria-hidden="true">✕</span><span className="sr-only"> (poista rajaus)</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function NoResults({ params, suggestion }: { params: SearchParams; suggestion: string | null }) {
  const hasFilters = LIST_PARAMS.some((k) => (params[k] as string[]).length) || params.yearFrom !== undefined || params.yearTo !== undefined || params.minGranted !== undefined || params.maxGranted !== undefined;
  return (
    <div className="mt-6 space-y-2">
      <p>Haulla ei löytynyt hankkeita.</p>
      {suggestion ? (
        <p>Tarkoititko <Link href={`/hankkeet${toQueryString({ ...params, q: suggestion, page: undefined })}`}>{suggestion}</Link>?</p>
      ) : null}
      {hasFilters ? (
        <p><Link href={`/hankkeet${toQueryString({ ...EMPTY_PARAMS, q: params.q })}`}>Hae ilman rajauksia</Link></p>
      ) : null}
      <p className="text-sm text-muted">Vinkki: kokeile lyhyempää sanaa (esim. ”hyvinvointi”) tai sanaa ilman taivutusta.</p>
    </div>
  );
}
