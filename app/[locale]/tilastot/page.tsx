import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { ActiveFilters } from "@/components/search/active-filters";
import { BarChart } from "@/components/stats/bar-chart";
import { ChartFigure } from "@/components/stats/chart-figure";
import { type ChartLayout, ColumnChart } from "@/components/stats/column-chart";
import { GanttChart } from "@/components/stats/gantt-chart";
import { StatsFilters } from "@/components/stats/stats-filters";
import { TileMap } from "@/components/stats/tile-map";
import { db } from "@/lib/db";
import { formatEur, formatEurShort, formatInteger, formatPercent } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import { type Locale, localePath } from "@/lib/i18n/routing";
import { statsFiltersTranslator, statsTranslator } from "@/lib/i18n/translators";
import { regionName } from "@/lib/regions/names";
import { activeFilterCount, toQueryString, withParam } from "@/lib/search/filters";
import { cachedFilterOptions } from "@/lib/stats/cache";
import { buildCharts, type Chart, type ChartId, type ChartRow } from "@/lib/stats/charts";
import { dashboard } from "@/lib/stats/dashboard";
import type { FilterOptions } from "@/lib/stats/options";
import { parseStatsParams, type StatsParams } from "@/lib/stats/params";

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations("stats");
  const parsed = parseStatsParams(await searchParams);
  const funder = parsed.ok && parsed.params.funder.length === 1 ? parsed.params.funder[0] : null;
  return { title: funder ? t("funderTitle", { name: funder }) : t("title"), description: t("intro") };
}

export default async function StatsPage({ searchParams }: Props) {
  await connection();
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("ui");
  // The chart builders run outside React; they get the same catalogue's translator by name.
  const st = statsTranslator(locale);
  const parsed = parseStatsParams(await searchParams);
  const options = await cachedFilterOptions(db());
  if (!parsed.ok) {
    return (
      <>
        <h1 className="text-3xl">{st("title")}</h1>
        <p role="alert" className="mt-6 border-l-4 border-warn bg-warn-light p-3">
          {st("invalid")}: <code>{parsed.message}</code>. <Link href="/tilastot">{st("showAll")}</Link>.
        </p>
      </>
    );
  }
  const { params, ganttYear } = parsed;
  const d = await dashboard(db(), params, { ganttYear });
  const charts = buildCharts(d, st, locale);
  const funder = params.funder.length === 1 ? options.funders.find((f) => f.value === params.funder[0]) : undefined;
  const qs = (extra: Partial<StatsParams["params"]> = {}) => toQueryString({ ...params, ...extra });
  // The timeline's year is the dashboard's own parameter, outside the shared filter model.
  const withYear = (query: string, y: number | undefined) =>
    y === undefined ? query : withParam(query, `ganttYear=${y}`);
  const inLocale = (href: string | undefined) => (href === undefined ? undefined : localePath(locale, href));
  const narrowHref = (row: ChartRow) => inLocale(row.narrow ? `/tilastot${qs(row.narrow)}` : row.href);
  const listHref = (row: ChartRow) => inLocale(row.narrow ? `/hankkeet${qs(row.narrow)}` : row.href);
  // Each chart drawn for a wide screen and, unless `phone` is false (a phone then gets its table), for a phone.
  const figure = (
    id: ChartId,
    draw: (chart: Chart, layout: ChartLayout) => React.ReactNode,
    { phone = true, controls }: { phone?: boolean; controls?: React.ReactNode } = {},
  ) => {
    const chart = charts.find((c) => c.id === id)!;
    const query = qs();
    return (
      <ChartFigure
        key={id}
        chart={chart}
        t={st}
        csvHref={localePath(locale, `/tilastot/csv/${id}${withYear(query, id === "aikajana" ? ganttYear : undefined)}`)}
        listHref={listHref}
        narrow={phone ? draw(chart, "narrow") : undefined}
        controls={controls}
      >
        {draw(chart, "wide")}
      </ChartFigure>
    );
  };
  const labelOf = (key: string, value: string) => {
    const lists: Record<string, FilterOptions[keyof FilterOptions]> = {
      funder: options.funders,
      region: options.regions,
      theme: options.themes,
      organizationType: options.organizationTypes,
      grantType: options.grantTypes,
    };
    const label = lists[key]?.find((o) => o.value === value)?.label ?? value;
    return key === "region" ? regionName(label, locale) : label;
  };
  const figures: Array<[string, string]> = [
    [st("figures.projects"), formatInteger(d.key.projects)],
    [st("figures.granted"), formatEurShort(d.key.grantedEur, locale)],
    [st("figures.totalCost"), formatEurShort(d.key.totalCostEur, locale)],
    [st("figures.share"), formatPercent(d.key.funderShare)],
    [st("figures.average"), formatEur(d.key.averageGrantEur === null ? null : Math.round(d.key.averageGrantEur))],
    [st("figures.median"), formatEur(d.key.medianGrantEur)],
    [st("figures.running"), formatInteger(d.key.runningNow)],
  ];
  const year = d.gantt.year;
  return (
    <>
      <h1 className="text-3xl">{funder ? st("funderTitle", { name: funder.label }) : st("title")}</h1>
      <p className="mt-2 max-w-prose">{st("intro")}</p>
      {/* On a phone the filters fold behind one control and the key figures come first
          (globals.css, .filter-panel). */}
      <details className="filter-panel mt-6">
        <summary className="filter-panel-toggle">{t("refineWithCount", { active: activeFilterCount(params) })}</summary>
        <div className="mt-4 lg:mt-0">
          <StatsFilters params={params} options={options} t={statsFiltersTranslator(locale)} />
        </div>
      </details>
      <ActiveFilters params={params} basePath="/tilastot" labelOf={labelOf} />

      <section aria-labelledby="avainluvut" className="mt-8">
        <h2 id="avainluvut" className="text-2xl">
          {st("keyFigures")}
        </h2>
        <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-4 lg:grid-cols-7">
          {figures.map(([label, value]) => (
            <div key={label} className="rounded border border-line p-3">
              <dt className="text-sm text-muted">{label}</dt>
              <dd className="mt-1 text-xl font-semibold tabular-nums" data-figure={label}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-4">
          <Link href={`/hankkeet${qs()}`} className="font-semibold">
            {st("showProjects", { count: d.key.projects, n: formatInteger(d.key.projects) })}
          </Link>
        </p>
      </section>

      <section aria-labelledby="kuvat" className="mt-10">
        <h2 id="kuvat" className="text-2xl">
          {st("charts")}
        </h2>
        <div className="mt-4 grid gap-6">
          {figure("vuodet", (c, layout) => (
            <ColumnChart chart={c} series={c.series ?? []} type="eur" linkFor={narrowHref} layout={layout} />
          ))}
          {figure("hankemaarat", (c, layout) => (
            <ColumnChart
              chart={c}
              series={[{ key: "projects", label: st("columns.projects") }]}
              type="int"
              linkFor={narrowHref}
              layout={layout}
            />
          ))}
          {figure(
            "maakunnat",
            (c) => (
              <TileMap chart={c} linkFor={narrowHref} t={st} />
            ),
            { phone: false },
          )}
          {figure("teemat", (c, layout) => (
            <BarChart
              chart={c}
              values={[{ key: "grantedEur", label: st("columns.granted"), type: "eur" }]}
              linkFor={narrowHref}
              layout={layout}
            />
          ))}
          {figure("organisaatiotyypit", (c, layout) => (
            <BarChart
              chart={c}
              values={[{ key: "grantedEur", label: st("columns.granted"), type: "eur" }]}
              linkFor={narrowHref}
              layout={layout}
            />
          ))}
          {figure("hakijat", (c, layout) => (
            <BarChart
              chart={c}
              values={[{ key: "grantedEur", label: st("columns.granted"), type: "eur" }]}
              linkFor={narrowHref}
              layout={layout}
            />
          ))}
          {figure("esr", (c, layout) => (
            <BarChart
              chart={c}
              values={[
                { key: "planned", label: st("columns.planned"), type: "eur" },
                { key: "realized", label: st("columns.realized"), type: "eur" },
              ]}
              linkFor={narrowHref}
              layout={layout}
            />
          ))}
          {figure("vipu", (c, layout) => (
            <BarChart
              chart={c}
              values={[{ key: "ratio", label: st("columns.ratio"), type: "ratio" }]}
              linkFor={narrowHref}
              layout={layout}
            />
          ))}
        </div>
        <div className="mt-6">
          {figure(
            "aikajana",
            (c) => (
              <GanttChart chart={c} year={year} funders={d.funders.map((f) => f.code)} linkFor={narrowHref} />
            ),
            {
              // A phone gets the timeline's projects as its table: bars of a few pixels say nothing there.
              phone: false,
              controls: year ? (
                <nav aria-label={st("ganttNav")} className="mt-2 flex gap-4 text-sm">
                  <Link href={`/tilastot${withYear(qs(), year - 1)}`}>← {year - 1}</Link>
                  <Link href={`/tilastot${withYear(qs(), year + 1)}`}>{year + 1} →</Link>
                </nav>
              ) : null,
            },
          )}
        </div>
      </section>
    </>
  );
}
