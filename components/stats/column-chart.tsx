import { useLocale } from "next-intl";
import type { Locale } from "@/lib/i18n/routing";
import { valueAxis } from "@/lib/stats/axis";
import type { Chart, ChartRow, ColumnType } from "@/lib/stats/charts";
import { formatCell } from "@/lib/stats/charts";
import { Legend } from "./bar-chart";
import { SERIES_COLOURS } from "./palette";

/**
 * The drawing's size in its own units, for a wide screen and for a phone: a phone's chart is
 * drawn for its width (fewer ticks and labels) rather than shrunk, so that its 12-unit text is
 * at least 12 CSS pixels from a 320-pixel screen up (ChartFigure shows the one that fits).
 */
const LAYOUTS = {
  wide: { width: 720, height: 300, left: 80, bottom: 50, top: 12, ticks: 5, labels: 16, legendStep: 220 },
  narrow: { width: 250, height: 210, left: 52, bottom: 34, top: 10, ticks: 3, labels: 5, legendStep: 0 },
};
export type ChartLayout = keyof typeof LAYOUTS;

/** Columns over the rows (years), stacked by `series`; every segment links to its narrowing. */
export function ColumnChart({
  chart,
  series,
  type,
  linkFor,
  layout = "wide",
}: {
  chart: Chart;
  series: Array<{ key: string; label: string }>;
  type: ColumnType;
  linkFor: (row: ChartRow) => string | undefined;
  layout?: ChartLayout;
}) {
  const locale = useLocale() as Locale;
  if (chart.rows.length === 0) return null;
  const {
    width: WIDTH,
    height: HEIGHT,
    left: LEFT,
    bottom: BOTTOM,
    top: TOP,
    ticks,
    labels,
    legendStep,
  } = LAYOUTS[layout];
  const totals = chart.rows.map((r) => series.reduce((n, s) => n + Number(r.cells[s.key] ?? 0), 0));
  const axis = valueAxis(Math.max(...totals), ticks, type === "eur" ? "eur" : "int", locale);
  const { max } = axis;
  const plot = HEIGHT - TOP - BOTTOM;
  const step = (WIDTH - LEFT) / chart.rows.length;
  const barWidth = Math.max(layout === "wide" ? 4 : 2, Math.min(40, step * 0.7));
  const everyNth = Math.ceil(chart.rows.length / labels);
  // A wide legend runs in a row; a narrow one stacks, a line per series.
  const legendHeight = series.length > 1 ? (legendStep ? 20 : 18 * series.length) : 0;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT + legendHeight}`}
      width="100%"
      role="group"
      aria-labelledby={`${chart.id}-otsikko`}
      className="max-w-full font-sans text-[12px]"
    >
      {axis.ticks.map((t) => {
        const y = TOP + plot - t.at * plot;
        return (
          <g key={t.value} aria-hidden="true">
            <line
              x1={LEFT}
              x2={WIDTH}
              y1={y}
              y2={y}
              stroke="#c8cdd0"
              strokeDasharray={t.value === 0 ? undefined : "3 3"}
            />
            <text x={LEFT - 6} y={y + 4} textAnchor="end" fill="#5f686d">
              {t.label}
            </text>
          </g>
        );
      })}
      {chart.rows.map((row, i) => {
        const x = LEFT + i * step + (step - barWidth) / 2;
        let base = TOP + plot;
        const href = linkFor(row);
        return (
          <g key={i}>
            {series.map((s, j) => {
              const value = Number(row.cells[s.key] ?? 0);
              const h = (value / max) * plot;
              base -= h;
              const label = `${row.cells.year}${series.length > 1 ? `, ${s.label}` : ""}: ${formatCell(value, type)}`;
              const rect = (
                <rect
                  key={s.key}
                  x={x}
                  y={base}
                  width={barWidth}
                  height={h}
                  fill={SERIES_COLOURS[j % SERIES_COLOURS.length]}
                  stroke="#ffffff"
                  strokeWidth={0.5}
                  data-value={value}
                >
                  <title>{label}</title>
                </rect>
              );
              return value > 0 ? (
                <g key={s.key}>
                  {href ? (
                    <a href={href} aria-label={label}>
                      {rect}
                    </a>
                  ) : (
                    rect
                  )}
                </g>
              ) : null;
            })}
            {i % everyNth === 0 ? (
              <text x={x + barWidth / 2} y={TOP + plot + 16} textAnchor="middle" fill="#1f2933" aria-hidden="true">
                {String(row.cells.year)}
              </text>
            ) : null}
          </g>
        );
      })}
      {series.length > 1 ? (
        <Legend items={series} x={legendStep ? LEFT : 0} y={HEIGHT - 8 + (legendStep ? 0 : 18)} step={legendStep} />
      ) : null}
    </svg>
  );
}
