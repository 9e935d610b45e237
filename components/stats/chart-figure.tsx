import { ScrollArea } from "@/components/ui/scroll-area";
import type { StatsTranslator } from "@/lib/i18n/translators";
import type { Chart, ChartRow } from "@/lib/stats/charts";
import { formatCell } from "@/lib/stats/charts";
import { ChartDownloads } from "./chart-downloads";

/**
 * One chart with everything around it: title, a caption stating the finding, the drawing, the
 * same numbers as an accessible table (behind a toggle) and downloads of exactly those numbers.
 */
export function ChartFigure({
  chart,
  csvHref,
  listHref,
  t,
  children,
  narrow,
  controls,
}: {
  chart: Chart;
  csvHref: string;
  listHref: (row: ChartRow) => string | undefined;
  t: StatsTranslator;
  children: React.ReactNode;
  /** The drawing laid out for a phone; without one, a phone shows the chart's table, opened, instead (globals.css). */
  narrow?: React.ReactNode;
  /** Shown above the drawing on every screen (the timeline's year links). */
  controls?: React.ReactNode;
}) {
  return (
    <figure
      aria-labelledby={`${chart.id}-otsikko`}
      className={`break-inside-avoid-page rounded border border-line p-4 ${narrow ? "" : "table-on-phone"}`}
      data-chart={chart.id}
    >
      <h3 id={`${chart.id}-otsikko`} className="text-lg">
        {chart.title}
      </h3>
      <figcaption className="mt-1 max-w-prose text-sm">{chart.caption}</figcaption>
      {controls}
      <div id={`${chart.id}-kuva`} className="mt-3">
        {chart.rows.length ? (
          <>
            <div className="chart-wide">{children}</div>
            {narrow ? <div className="chart-narrow">{narrow}</div> : null}
          </>
        ) : (
          <p className="text-muted">{t("figure.nothing")}</p>
        )}
      </div>
      <details className="chart-table mt-3">
        <summary className="cursor-pointer text-sm font-semibold text-brand-dark">{t("figure.showTable")}</summary>
        <ChartTable chart={chart} listHref={listHref} />
      </details>
      <p className="no-print mt-3 flex flex-wrap items-center gap-2 text-sm">
        <span>{t("figure.download")}</span>
        <a
          href={csvHref}
          download
          className="rounded border border-brand-dark px-2 py-0.5 no-underline hover:bg-brand-light"
        >
          CSV
        </a>
        <ChartDownloads figureId={`${chart.id}-kuva`} name={chart.id} />
      </p>
    </figure>
  );
}

/** The chart's numbers as a table, each row linking to its projects. */
function ChartTable({ chart, listHref }: { chart: Chart; listHref: (row: ChartRow) => string | undefined }) {
  const [first, ...rest] = chart.columns;
  if (!first) return null;
  return (
    <ScrollArea label={chart.title} className="mt-2">
      <table className="w-full text-sm">
        <caption className="sr-only">{chart.title}</caption>
        <thead>
          <tr className="border-b border-line text-left">
            {chart.columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={`py-1 pr-3 ${c.type === "text" || c.type === "date" ? "" : "text-right"}`}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((row, i) => {
            const href = listHref(row);
            const head = formatCell(row.cells[first.key] ?? null, first.type);
            return (
              <tr key={i} className="border-b border-line">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {href ? <a href={href}>{head}</a> : head}
                </th>
                {rest.map((c) => (
                  <td
                    key={c.key}
                    className={`py-1 pr-3 tabular-nums ${c.type === "text" || c.type === "date" ? "" : "text-right"}`}
                    data-column={c.key}
                  >
                    {formatCell(row.cells[c.key] ?? null, c.type)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollArea>
  );
}
