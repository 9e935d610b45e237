import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ActiveFilters } from "@/components/search/active-filters";
import { BarChart } from "@/components/stats/bar-chart";
import { ChartFigure } from "@/components/stats/chart-figure";
import { ColumnChart } from "@/components/stats/column-chart";
import { GanttChart } from "@/components/stats/gantt-chart";
import { StatsFilters } from "@/components/stats/stats-filters";
import { TileMap } from "@/components/stats/tile-map";
import { db } from "@/lib/db";
import { formatEur, formatEurShort, formatInteger, formatPercent } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/locale";
import { toQueryString } from "@/lib/search/filters";
import { cachedDashboard, cachedFilterOptions } from "@/lib/stats/cache";
import { buildCharts, type Chart, type ChartId, type ChartRow } from "@/lib/stats/charts";
import { parseStatsParams, type StatsParams } from "@/lib/stats/params";
import type { FilterOptions } from "@/lib/stats/options";

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = parseStatsParams(await searchParams);
  const funder = parsed.ok && parsed.params.funder.length === 1 ? parsed.params.funder[0] : null;
  return { title: funder ? `Tilastot: ${funder}` : "Tilastot", description: "Mihin työhyvinvointihankkeiden rahat menivät: rahoittajittain, vuosittain, maakunnittain ja teemoittain." };
}

export default async function StatsPage({ searchParams }: Props) {
  await connection();
  const t = await getDictionary();
  const parsed = parseStatsParams(await searchParams);
  const options = await cachedFilterOptions(db());
  if (!parsed.ok) {
    return (
      <>
        <h1 className="text-3xl">Tilastot</h1>
        <p role="alert" className="mt-6 border-l-4 border-warn bg-warn-light p-3">
          Rajaus ei kelpaa: <code>{parsed.message}</code>. <Link href="/tilastot">Näytä kaikki</Link>.
        </p>
      </>
    );
  }
  const { params, ganttYear } = parsed;
  const d = await cachedDashboard(db(), params, { ganttYear });
  const charts = buildCharts(d);
  const funder = params.funder.length === 1 ? options.funders.find((f) => f.value === params.funder[0]) : undefined;
  const qs = (extra: Partial<StatsParams["params"]> = {}) => toQueryString({ ...params, ...extra });
  const narrowHref = (row: ChartRow) => (row.narrow ? `/tilastot${qs(row.narrow)}` : row.href);
  const listHref = (row: ChartRow) => (row.narrow ? `/hankkeet${qs(row.narrow)}` : row.href);
  const figure = (id: ChartId, draw: (chart: Chart) => React.ReactNode) => {
    const chart = charts.find((c) => c.id === id)!;
    const query = qs();
    return (
      <ChartFigure key={id} chart={chart} csvHref={`/tilastot/csv/${id}${query}${ganttYear && id === "aikajana" ? `${query ? "&" : "?"}ganttYear=${ganttYear}` : ""}`} listHref={listHref}>
        {draw(chart)}
      </ChartFigure>
    );
  };
  const labelOf = (key: string, value: string) => {
    const lists: Record<string, FilterOptions[keyof FilterOptions]> = { funder: options.funders, region: options.regions, theme: options.themes, organizationType: options.organizationTypes, grantType: options.grantTypes };
    return lists[key]?.find((o) => o.value === value)?.label ?? value;
  };
  const figures: Array<[string, string]> = [
    ["Hankkeita", formatInteger(d.key.projects)],
    ["Myönnetty yhteensä", formatEurShort(d.key.grantedEur)],
    ["Kokonaiskustannukset", formatEurShort(d.key.totalCostEur)],
    ["Rahoittajan osuus kustannuksista", formatPercent(d.key.funderShare)],
    ["Keskimääräinen avustus", formatEur(d.key.averageGrantEur === null ? null : Math.round(d.key.averageGrantEur))],
    ["Mediaaniavustus", formatEur(d.key.medianGrantEur)],
    ["Käynnissä nyt", formatInteger(d.key.runningNow)],
  ];
  const year = d.gantt.year;
  return (
    <>
      <h1 className="text-3xl">{funder ? `Tilastot: ${funder.label}` : "Tilastot"}</h1>
      <p className="mt-2 max-w-prose">
        Mihin rahat menivät. Jokainen kuva noudattaa samoja rajauksia kuin haku; kuvan palkkia tai maakuntaa napsauttamalla rajaat tilastoja,
        ja taulukon riviltä pääset suoraan vastaaviin hankkeisiin.
      </p>
      <div className="mt-6"><StatsFilters params={params} options={options} /></div>
      <ActiveFilters params={params} basePath="/tilastot" labelOf={labelOf} t={t} />

      <section aria-labelledby="avainluvut" className="mt-8">
        <h2 id="avainluvut" className="text-2xl">Avainluvut</h2>
        <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-4 lg:grid-cols-7">
          {figures.map(([label, value]) => (
            <div key={label} className="rounded border border-line p-3">
              <dt className="text-sm text-muted">{label}</dt>
              <dd className="mt-1 text-xl font-semibold tabular-nums" data-figure={label}>{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4">
          <Link href={`/hankkeet${qs()}`} className="font-semibold">Näytä nämä {formatInteger(d.key.projects)} hanketta hakusivulla →</Link>
        </p>
      </section>

      <section aria-labelledby="kuvat" className="mt-10">
        <h2 id="kuvat" className="text-2xl">Kuvat</h2>
        <div className="mt-4 grid gap-6">
          {figure("vuodet", (c) => <ColumnChart chart={c} series={c.series ?? []} type="eur" linkFor={narrowHref} />)}
          {figure("hankemaarat", (c) => <ColumnChart chart={c} series={[{ key: "projects", label: "Hankkeita" }]} type="int" linkFor={narrowHref} />)}
          {figure("maakunnat", (c) => <TileMap chart={c} linkFor={narrowHref} />)}
          {figure("teemat", (c) => <BarChart chart={c} values={[{ key: "grantedEur", label: "Myönnetty", type: "eur" }]} linkFor={narrowHref} />)}
          {figure("organisaatiotyypit", (c) => <BarChart chart={c} values={[{ key: "grantedEur", label: "Myönnetty", type: "eur" }]} linkFor={narrowHref} />)}
          {figure("hakijat", (c) => <BarChart chart={c} values={[{ key: "grantedEur", label: "Myönnetty", type: "eur" }]} linkFor={narrowHref} />)}
          {figure("esr", (c) => <BarChart chart={c} values={[{ key: "planned", label: "Suunniteltu", type: "eur" }, { key: "realized", label: "Toteutunut", type: "eur" }]} linkFor={narrowHref} />)}
          {figure("vipu", (c) => <BarChart chart={c} values={[{ key: "ratio", label: "Kustannus / myönnetty €", type: "ratio" }]} linkFor={narrowHref} />)}
        </div>
        <div className="mt-6">
          {figure("aikajana", (c) => (
            <>
              {year ? (
                <nav aria-label="Aikajanan vuosi" className="mb-2 flex gap-4 text-sm">
                  <Link href={`/tilastot${qs()}${qs() ? "&" : "?"}ganttYear=${year - 1}`}>← {year - 1}</Link>
                  <Link href={`/tilastot${qs()}${qs() ? "&" : "?"}ganttYear=${year + 1}`}>{year + 1} →</Link>
                </nav>
              ) : null}
              <GanttChart chart={c} year={year} funders={d.funders.map((f) => f.code)} linkFor={narrowHref} />
            </>
          ))}
        </div>
      </section>
    </>
  );
}
