/**
 * The dashboard's charts as data: for each, a title, a caption that says the main finding in
 * words, and one table of rows. The drawing, the accessible table and the CSV download are all
 * made from these rows, so they cannot disagree.
 */
import { csvCell } from "../csv";
import { formatDate, formatDecimal, formatEur, formatEurShort, formatInteger, formatPercent } from "../format";
import type { Locale } from "../i18n/routing";
import { type StatsTranslator, statsTranslator } from "../i18n/translators";
import { regionName } from "../regions/names";
import type { SearchParams } from "../search/filters";
import { type Dashboard, type Group, NATIONAL_KEY } from "./dashboard";

export type ColumnType = "text" | "int" | "eur" | "ratio" | "date";
export interface Column {
  key: string;
  label: string;
  type: ColumnType;
}
export type Cell = string | number | null;
export interface ChartRow {
  /** The group's stable key where it has one (a region's slug, `valtakunnallinen`, null = not known). */
  key?: string | null;
  cells: Record<string, Cell>;
  /** The same filters narrowed to this row (the dashboard), and its projects (the search page). */
  narrow?: Partial<SearchParams>;
  /** Where the row's projects are listed when no filter expresses it (an organisation's page). */
  href?: string;
}

export const CHART_IDS = [
  "vuodet",
  "hankemaarat",
  "maakunnat",
  "teemat",
  "organisaatiotyypit",
  "hakijat",
  "aikajana",
  "esr",
  "vipu",
] as const;
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

/** Every chart, its words from `t` and its short money and region names in `locale` (the same language). */
export function buildCharts(d: Dashboard, t: StatsTranslator = statsTranslator(), locale: Locale = "fi"): Chart[] {
  return [
    yearChart(d, t, locale),
    projectCountChart(d, t),
    regionChart(d, t, locale),
    themeChart(d, t, locale),
    organizationTypeChart(d, t, locale),
    applicantChart(d, t, locale),
    ganttChart(d, t),
    esfChart(d, t, locale),
    leverageChart(d, t),
  ];
}

export function chartById(
  d: Dashboard,
  id: ChartId,
  t: StatsTranslator = statsTranslator(),
  locale: Locale = "fi",
): Chart {
  return buildCharts(d, t, locale).find((c) => c.id === id)!;
}

function yearRows(d: Dashboard) {
  const years = [...new Set(d.byYearAndFunder.filter((r) => r.year !== null).map((r) => r.year!))].sort(
    (a, b) => a - b,
  );
  const funders = d.funders.filter((f) => d.byYearAndFunder.some((r) => r.funder === f.code));
  return {
    years,
    funders,
    cell: (year: number, funder: string) => d.byYearAndFunder.find((r) => r.year === year && r.funder === funder),
  };
}

function yearChart(d: Dashboard, t: StatsTranslator, locale: Locale): Chart {
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
    title: t("titles.vuodet"),
    caption: best
      ? t("captions.bestYear", {
          year: String(best.cells.year),
          amount: formatEurShort(Number(best.cells.total), locale),
        }) + (unknown ? t("captions.missingYear", { n: formatInteger(unknown) }) : "")
      : t("captions.noYears"),
    columns: [
      { key: "year", label: t("columns.year"), type: "text" },
      ...funders.map((f) => ({ key: f.code, label: f.name, type: "eur" as const })),
      { key: "total", label: t("columns.total"), type: "eur" },
    ],
    rows,
    series: funders.map((f) => ({ key: f.code, label: f.name })),
  };
}

function projectCountChart(d: Dashboard, t: StatsTranslator): Chart {
  const { years, funders, cell } = yearRows(d);
  const rows = years.map((year) => ({
    cells: { year: String(year), projects: funders.reduce((n, f) => n + (cell(year, f.code)?.projects ?? 0), 0) },
    narrow: { decisionYear: year },
  }));
  const best = first([...rows].sort((a, b) => b.cells.projects - a.cells.projects));
  return {
    id: "hankemaarat",
    title: t("titles.hankemaarat"),
    caption: best
      ? t("captions.mostProjects", { year: String(best.cells.year), n: formatInteger(best.cells.projects) })
      : t("captions.noProjects"),
    columns: [
      { key: "year", label: t("columns.year"), type: "text" },
      { key: "projects", label: t("columns.projects"), type: "int" },
    ],
    rows,
  };
}

/** A group's label in the reader's language where it is ours (not known, nation-wide), else the record's own. */
const groupLabel = (g: Group, t: StatsTranslator) =>
  g.key === null ? t("unknown") : g.key === NATIONAL_KEY ? t("map.national") : g.label;
/** A region group's label: regions have a Swedish name of their own. */
const regionLabel = (g: Group, t: StatsTranslator, locale: Locale) =>
  g.key === null || g.key === NATIONAL_KEY ? groupLabel(g, t) : regionName(g.label, locale);

function groupRows(groups: Group[], t: StatsTranslator, narrow: (key: string) => Partial<SearchParams>): ChartRow[] {
  return groups.map((g) => ({
    key: g.key,
    cells: { label: groupLabel(g, t), grantedEur: g.grantedEur, projects: g.projects },
    narrow: g.key === null ? undefined : narrow(g.key),
  }));
}

const groupColumns = (label: string, t: StatsTranslator): Column[] => [
  { key: "label", label, type: "text" },
  { key: "grantedEur", label: t("columns.granted"), type: "eur" },
  { key: "projects", label: t("columns.projects"), type: "int" },
];

function topCaption(
  groups: Group[],
  t: StatsTranslator,
  total: number,
  locale: Locale,
  labelOf: (g: Group) => string = (g) => groupLabel(g, t),
): string {
  const top = groups.find((g) => g.key !== null);
  return top
    ? t("captions.top", {
        label: labelOf(top),
        amount: formatEurShort(top.grantedEur, locale),
        share: share(top.grantedEur, total),
      })
    : t("captions.noTop");
}

function regionChart(d: Dashboard, t: StatsTranslator, locale: Locale): Chart {
  const inferred = d.byRegion.reduce((n, r) => n + r.inferred, 0);
  return {
    id: "maakunnat",
    title: t("titles.maakunnat"),
    caption:
      topCaption(d.byRegion, t, d.key.grantedEur, locale, (g) => regionLabel(g, t, locale)) +
      t("captions.regionRule") +
      (inferred ? t("captions.inferred", { n: formatInteger(inferred) }) : ""),
    columns: [...groupColumns(t("columns.region"), t), { key: "inferred", label: t("columns.inferred"), type: "int" }],
    rows: d.byRegion.map((g) => ({
      key: g.key,
      cells: { label: regionLabel(g, t, locale), grantedEur: g.grantedEur, projects: g.projects, inferred: g.inferred },
      narrow:
        g.key === null ? undefined : g.key === NATIONAL_KEY ? { national: true } : { region: [g.key], national: false },
    })),
  };
}

/** A chart of one multi-valued dimension: a project counts under each of its values. */
function multiValueChart(
  id: "teemat" | "organisaatiotyypit",
  groups: Group[],
  column: string,
  rule: string,
  narrow: (key: string) => Partial<SearchParams>,
  d: Dashboard,
  t: StatsTranslator,
  locale: Locale,
): Chart {
  return {
    id,
    title: t(`titles.${id}`),
    caption: `${topCaption(groups, t, d.key.grantedEur, locale)}${rule}`,
    columns: groupColumns(column, t),
    rows: groupRows(groups, t, narrow),
  };
}

const themeChart = (d: Dashboard, t: StatsTranslator, locale: Locale) =>
  multiValueChart(
    "teemat",
    d.byTheme,
    t("columns.theme"),
    t("captions.themeRule"),
    (key) => ({ theme: [key] }),
    d,
    t,
    locale,
  );
const organizationTypeChart = (d: Dashboard, t: StatsTranslator, locale: Locale) =>
  multiValueChart(
    "organisaatiotyypit",
    d.byOrganizationType,
    t("columns.organizationType"),
    t("captions.typeRule"),
    (key) => ({ organizationType: [key] }),
    d,
    t,
    locale,
  );

function applicantChart(d: Dashboard, t: StatsTranslator, locale: Locale): Chart {
  const top = d.topApplicants[0];
  return {
    id: "hakijat",
    title: t("titles.hakijat", { n: d.topApplicants.length }),
    caption: top
      ? t("captions.topApplicant", {
          label: top.label,
          amount: formatEurShort(top.grantedEur, locale),
          count: top.projects,
          n: formatInteger(top.projects),
        })
      : t("captions.noApplicants"),
    columns: groupColumns(t("columns.applicant"), t),
    rows: d.topApplicants.map((g) => ({
      key: g.key,
      cells: { label: g.label, grantedEur: g.grantedEur, projects: g.projects },
      href: `/organisaatiot/${g.key}`,
    })),
  };
}

function ganttChart(d: Dashboard, t: StatsTranslator): Chart {
  const { year, running, items } = d.gantt;
  return {
    id: "aikajana",
    title: year ? t("titles.aikajanaYear", { year }) : t("titles.aikajana"),
    caption: year
      ? running > items.length
        ? t("captions.runningShown", { year, count: running, n: formatInteger(running), shown: items.length })
        : t("captions.running", { year, count: running, n: formatInteger(running) })
      : t("captions.noSchedules"),
    columns: [
      { key: "title", label: t("columns.project"), type: "text" },
      { key: "funder", label: t("columns.funder"), type: "text" },
      { key: "periodStart", label: t("columns.started"), type: "date" },
      { key: "periodEnd", label: t("columns.ended"), type: "date" },
      { key: "grantedEur", label: t("columns.granted"), type: "eur" },
    ],
    rows: items.map((p) => ({
      cells: {
        title: p.title,
        funder: p.funder,
        periodStart: p.periodStart,
        periodEnd: p.periodEnd,
        grantedEur: p.grantedEur,
      },
      href: `/hankkeet/${p.slug}`,
    })),
  };
}

function esfChart(d: Dashboard, t: StatsTranslator, locale: Locale): Chart {
  const e = d.esf;
  const rows: ChartRow[] = e.projects
    ? [
        { cells: { label: t("esfRows.public"), planned: e.publicPlannedEur, realized: e.publicRealizedEur } },
        { cells: { label: t("esfRows.euState"), planned: e.euStatePlannedEur, realized: e.euStateRealizedEur } },
      ]
    : [];
  return {
    id: "esr",
    title: t("titles.esr"),
    caption: e.projects
      ? t("captions.esf", {
          n: formatInteger(e.projects),
          share: share(e.publicRealizedEur, e.publicPlannedEur),
          realized: formatEurShort(e.publicRealizedEur, locale),
          planned: formatEurShort(e.publicPlannedEur, locale),
        })
      : t("captions.noEsf"),
    columns: [
      { key: "label", label: t("columns.funding"), type: "text" },
      { key: "planned", label: t("columns.planned"), type: "eur" },
      { key: "realized", label: t("columns.realized"), type: "eur" },
    ],
    rows,
  };
}

function leverageChart(d: Dashboard, t: StatsTranslator): Chart {
  const rows = d.leverage.map((l) => ({
    cells: {
      label: `${l.funder} · ${l.grantType ?? t("noGrantType")}`,
      ratio: l.grantedEur > 0 ? Math.round((l.totalCostEur / l.grantedEur) * 100) / 100 : null,
      grantedEur: l.grantedEur,
      totalCostEur: l.totalCostEur,
      projects: l.projects,
    },
    narrow: { funder: [l.funder], ...(l.grantType ? { grantType: [l.grantType] } : {}) },
  }));
  const best = first(
    [...rows].filter((r) => r.cells.ratio !== null).sort((a, b) => Number(b.cells.ratio) - Number(a.cells.ratio)),
  );
  return {
    id: "vipu",
    title: t("titles.vipu"),
    caption: best
      ? t("captions.leverage", { label: String(best.cells.label), ratio: formatDecimal(Number(best.cells.ratio)) })
      : t("captions.noLeverage"),
    columns: [
      { key: "label", label: t("columns.group"), type: "text" },
      { key: "ratio", label: t("columns.ratio"), type: "ratio" },
      { key: "grantedEur", label: t("columns.granted"), type: "eur" },
      { key: "totalCostEur", label: t("columns.totalCost"), type: "eur" },
      { key: "projects", label: t("columns.projects"), type: "int" },
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
  const lines = [
    chart.columns.map((c) => csvCell(c.label)).join(","),
    ...chart.rows.map((r) => chart.columns.map((c) => csvCell(r.cells[c.key] ?? null)).join(",")),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
