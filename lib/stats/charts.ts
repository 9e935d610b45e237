/**
 * The dashboard's charts as data: for each, a title, a caption that says the main finding in
 * words, and one table of rows. The drawing, the accessible table and the CSV download are all
 * made from these rows, so they cannot disagree.
 */
import { csvCell } from "../csv";
import { formatDate, formatDecimal, formatEur, formatEurShort, formatInteger, formatPercent } from "../format";
import { NATIONAL_KEY, type Dashboard, type Group } from "./dashboard";
import type { SearchParams } from "../search/filters";

export type ColumnType = "text" | "int" | "eur" | "ratio" | "date";
export interface Column {
  key: string;
  label: string;
  type: ColumnType;
}
export type Cell = string | number | null;
export interface ChartRow {
  cells: Record<string, Cell>;
  /** The same filters narrowed to this row (the dashboard), and its projects (the search page). */
  narrow?: Partial<SearchParams>;
  /** Where the row's projects are listed when no filter expresses it (an organisation's page). */
  href?: string;
}

export const CHART_IDS = ["vuodet", "hankemaarat", "maakunnat", "teemat", "organisaatiotyypit", "hakijat", "aikajana", "esr", "vipu"] as const;
export type ChartId = (typeof CHART_IDS)[number];

export interface Chart {
  id: ChartId;
  title: string;
  caption: string;
  columns: Column[];
  rows: ChartRow[];
  /** Series drawn as stacked segments (the year chart: one per funder). */
  series?: Array<{ key: string; label: string }>;
}

const share = (part: number, whole: number) => (whole > 0 ? formatPercent(part / whole) : "–");
const first = <T>(xs: T[]) => xs[0];

export function buildCharts(d: Dashboard): Chart[] {
  return [yearChart(d), projectCountChart(d), regionChart(d), themeChart(d), organizationTypeChart(d), applicantChart(d), ganttChart(d), esfChart(d), leverageChart(d)];
}

export function chartById(d: Dashboard, id: ChartId): Chart {
  return buildCharts(d).find((c) => c.id === id)!;
}

function yearRows(d: Dashboard) {
  const years = [...new Set(d.byYearAndFunder.filter((r) => r.year !== null).map((r) => r.year!))].sort((a, b) => a - b);
  const funders = d.funders.filter((f) => d.byYearAndFunder.some((r) => r.funder === f.code));
  return { years, funders, cell: (year: number, funder: string) => d.byYearAndFunder.find((r) => r.year === year && r.funder === funder) };
}

function yearChart(d: Dashboard): Chart {
  const { years, funders, cell } = yearRows(d);
  const rows = years.map((year) => {
    const cells: Record<string, Cell> = { year: String(year) };
    let total = 0;
    for (const f of funders) {
      const eur = cell(year, f.code)?.grantedEur ?? 0;
      cells[f.code] = eur;
      total += eur;
    }
    cells.total = total;
    return { cells, narrow: { decisionYear: year } };
  });
  const best = first([...rows].sort((a, b) => Number(b.cells.total) - Number(a.cells.total)));
  const unknown = d.byYearAndFunder.filter((r) => r.year === null).reduce((n, r) => n + r.projects, 0);
  return {
    id: "vuodet",
    title: "Myönnetyt eurot päätösvuosittain",
    caption: best
      ? `Eniten rahoitusta myönnettiin vuonna ${best.cells.year}: ${formatEurShort(Number(best.cells.total))}.${unknown ? ` ${formatInteger(unknown)} hankkeelta puuttuu vuosi, eikä niitä ole kuvassa.` : ""}`
      : "Valinnoilla ei löytynyt hankkeita, joilla on päätös- tai alkamisvuosi.",
    columns: [{ key: "year", label: "Vuosi", type: "text" }, ...funders.map((f) => ({ key: f.code, label: f.name, type: "eur" as const })), { key: "total", label: "Yhteensä", type: "eur" }],
    rows,
    series: funders.map((f) => ({ key: f.code, label: f.name })),
  };
}

function projectCountChart(d: Dashboard): Chart {
  const { years, funders, cell } = yearRows(d);
  const rows = years.map((year) => ({
    cells: { year: String(year), projects: funders.reduce((n, f) => n + (cell(year, f.code)?.projects ?? 0), 0) },
    narrow: { decisionYear: year },
  }));
  const best = first([...rows].sort((a, b) => b.cells.projects - a.cells.projects));
  return {
    id: "hankemaarat",
    title: "Hankkeiden määrä päätösvuosittain",
    caption: best ? `Eniten hankkeita rahoitettiin vuonna ${best.cells.year}: ${formatInteger(best.cells.projects)}.` : "Valinnoilla ei löytynyt hankkeita.",
    columns: [{ key: "year", label: "Vuosi", type: "text" }, { key: "projects", label: "Hankkeita", type: "int" }],
    rows,
  };
}

function groupRows(groups: Group[], narrow: (key: string) => Partial<SearchParams> | undefined, extra: (g: Group) => Record<string, Cell> = () => ({})): ChartRow[] {
  return groups.map((g) => ({
    cells: { label: g.label, grantedEur: g.grantedEur, projects: g.projects, ...extra(g) },
    narrow: g.key === null ? undefined : narrow(g.key),
  }));
}

const GROUP_COLUMNS = (label: string): Column[] => [
  { key: "label", label, type: "text" },
  { key: "grantedEur", label: "Myönnetty", type: "eur" },
  { key: "projects", label: "Hankkeita", type: "int" },
];

function topCaption(groups: Group[], noun: string, total: number): string {
  const top = groups.find((g) => g.key !== null);
  return top ? `${noun} ${top.label} sai eniten: ${formatEurShort(top.grantedEur)} (${share(top.grantedEur, total)} kaikesta myönnetystä).` : "Valinnoilla ei löytynyt hankkeita, joilla tämä tieto on.";
}

function regionChart(d: Dashboard): Chart {
  const inferred = d.byRegion.reduce((n, r) => n + r.inferred, 0);
  return {
    id: "maakunnat",
    title: "Myönnetyt eurot maakunnittain",
    caption: `${topCaption(d.byRegion, "Alueista", d.key.grantedEur)} Valtakunnalliset hankkeet lasketaan kerran omana ryhmänään; usean maakunnan hanke lasketaan jokaiseen maakuntaansa.${inferred ? ` ${formatInteger(inferred)} maakuntatietoa on päätelty hakijan osoitteesta.` : ""}`,
    columns: [...GROUP_COLUMNS("Maakunta"), { key: "inferred", label: "Joista maakunta päätelty", type: "int" }],
    rows: d.byRegion.map((g) => ({
      cells: { label: g.label, grantedEur: g.grantedEur, projects: g.projects, inferred: g.inferred },
      narrow: g.key === null ? undefined : g.key === NATIONAL_KEY ? { national: true } : { region: [g.key], national: false },
    })),
  };
}

function themeChart(d: Dashboard): Chart {
  return {
    id: "teemat",
    title: "Myönnetyt eurot teemoittain",
    caption: `${topCaption(d.byTheme, "Teemoista", d.key.grantedEur)} Hanke lasketaan jokaiseen teemaansa.`,
    columns: GROUP_COLUMNS("Teema"),
    rows: groupRows(d.byTheme, (key) => ({ theme: [key] })),
  };
}

function organizationTypeChart(d: Dashboard): Chart {
  return {
    id: "organisaatiotyypit",
    title: "Myönnetyt eurot organisaatiotyypeittäin",
    caption: `${topCaption(d.byOrganizationType, "Organisaatiotyypeistä", d.key.grantedEur)} Hanke lasketaan jokaiseen osapuoltensa tyyppiin.`,
    columns: GROUP_COLUMNS("Organisaatiotyyppi"),
    rows: groupRows(d.byOrganizationType, (key) => ({ organizationType: [key] })),
  };
}

function applicantChart(d: Dashboard): Chart {
  const top = d.topApplicants[0];
  return {
    id: "hakijat",
    title: `Eniten rahoitusta saaneet hakijat (${d.topApplicants.length} suurinta)`,
    caption: top ? `Eniten rahoitusta sai ${top.label}: ${formatEurShort(top.grantedEur)} ${formatInteger(top.projects)} hankkeelle.` : "Valinnoilla ei löytynyt hakijoita.",
    columns: GROUP_COLUMNS("Hakija"),
    rows: d.topApplicants.map((g) => ({ cells: { label: g.label, grantedEur: g.grantedEur, projects: g.projects }, href: `/organisaatiot/${g.key}` })),
  };
}

function ganttChart(d: Dashboard): Chart {
  const { year, running, items } = d.gantt;
  return {
    id: "aikajana",
    title: year ? `Vuonna ${year} käynnissä olleet hankkeet` : "Käynnissä olleet hankkeet",
    caption: year
      ? `Vuonna ${year} oli käynnissä ${formatInteger(running)} hanketta${running > items.length ? `; kuvassa ${items.length} eniten rahoitusta saanutta` : ""}.`
      : "Valituilla hankkeilla ei ole aikatauluja.",
    columns: [
      { key: "title", label: "Hanke", type: "text" },
      { key: "funder", label: "Rahoittaja", type: "text" },
      { key: "periodStart", label: "Alkoi", type: "date" },
      { key: "periodEnd", label: "Päättyi", type: "date" },
      { key: "grantedEur", label: "Myönnetty", type: "eur" },
    ],
    rows: items.map((p) => ({ cells: { title: p.title, funder: p.funder, periodStart: p.periodStart, periodEnd: p.periodEnd, grantedEur: p.grantedEur }, href: `/hankkeet/${p.slug}` })),
  };
}

function esfChart(d: Dashboard): Chart {
  const e = d.esf;
  const rows: ChartRow[] = e.projects
    ? [
        { cells: { label: "Julkinen rahoitus", planned: e.publicPlannedEur, realized: e.publicRealizedEur } },
        { cells: { label: "EU- ja valtion rahoitus", planned: e.euStatePlannedEur, realized: e.euStateRealizedEur } },
      ]
    : [];
  return {
    id: "esr",
    title: "ESR: suunniteltu ja toteutunut rahoitus",
    caption: e.projects
      ? `${formatInteger(e.projects)} ESR-hankkeen julkisesta rahoituksesta toteutui ${share(e.publicRealizedEur, e.publicPlannedEur)} suunnitellusta (${formatEurShort(e.publicRealizedEur)} / ${formatEurShort(e.publicPlannedEur)}).`
      : "Valinnoissa ei ole hankkeita, joilla on ESR-rahoitustiedot.",
    columns: [{ key: "label", label: "Rahoitus", type: "text" }, { key: "planned", label: "Suunniteltu", type: "eur" }, { key: "realized", label: "Toteutunut", type: "eur" }],
    rows,
  };
}

function leverageChart(d: Dashboard): Chart {
  const rows = d.leverage.map((l) => ({
    cells: {
      label: `${l.funder} · ${l.grantType ?? "tyyppi ei tiedossa"}`,
      ratio: l.grantedEur > 0 ? Math.round((l.totalCostEur / l.grantedEur) * 100) / 100 : null,
      grantedEur: l.grantedEur,
      totalCostEur: l.totalCostEur,
      projects: l.projects,
    },
    narrow: { funder: [l.funder], ...(l.grantType ? { grantType: [l.grantType] } : {}) },
  }));
  const best = first([...rows].filter((r) => r.cells.ratio !== null).sort((a, b) => Number(b.cells.ratio) - Number(a.cells.ratio)));
  return {
    id: "vipu",
    title: "Vipuvaikutus: kokonaiskustannus myönnettyä euroa kohden",
    caption: best
      ? `Suurin vipu on ryhmällä ${best.cells.label}: jokaista myönnettyä euroa kohden hankkeet maksoivat ${formatDecimal(Number(best.cells.ratio))} €. Mukana hankkeet, joilta tiedetään molemmat summat.`
      : "Valinnoissa ei ole hankkeita, joilta tiedetään sekä myönnetty summa että kokonaiskustannus.",
    columns: [
      { key: "label", label: "Rahoittaja ja avustuslaji", type: "text" },
      { key: "ratio", label: "Kustannus / myönnetty €", type: "ratio" },
      { key: "grantedEur", label: "Myönnetty", type: "eur" },
      { key: "totalCostEur", label: "Kokonaiskustannus", type: "eur" },
      { key: "projects", label: "Hankkeita", type: "int" },
    ],
    rows,
  };
}

/** A cell as the reader sees it, in Finnish formats. */
export function formatCell(value: Cell, type: ColumnType): string {
  if (value === null) return "–";
  switch (type) {
    case "eur":
      return formatEur(Number(value));
    case "int":
      return formatInteger(Number(value));
    case "ratio":
      return formatDecimal(Number(value));
    case "date":
      return formatDate(new Date(`${value}T00:00:00Z`));
    default:
      return String(value);
  }
}

/** The chart's rows as CSV: raw numbers (euros as integers, a dot for decimals), header from the column labels. */
export function chartCsv(chart: Chart): string {
  const lines = [chart.columns.map((c) => csvCell(c.label)).join(","), ...chart.rows.map((r) => chart.columns.map((c) => csvCell(r.cells[c.key] ?? null)).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
