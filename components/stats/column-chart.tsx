import type { Chart, ChartRow, ColumnType } from "@/lib/stats/charts";
import { formatCell } from "@/lib/stats/charts";
import { formatEurShort, formatInteger } from "@/lib/format";
import { Legend } from "./bar-chart";
import { niceMax, SERIES_COLOURS } from "./palette";

const WIDTH = 720;
const HEIGHT = 300;
const LEFT = 80;
const BOTTOM = 50;
const TOP = 12;

/** Columns over the rows (years), stacked by `series`; every segment links to its narrowing. */
export function ColumnChart({ chart, series, type, linkFor }: { chart: Chart; series: Array<{ key: string; label: string }>; type: ColumnType; linkFor: (row: ChartRow) => string | undefined }) {
  if (chart.rows.length === 0) return null;
  const totals = chart.rows.map((r) => series.reduce((n, s) => n + Number(r.cells[s.key] ?? 0), 0));
  const max = niceMax(Math.max(...totals));
  const plot = HEIGHT - TOP - BOTTOM;
  const step = (WIDTH - LEFT) / chart.rows.length;
  const barWidth = Math.max(4, Math.min(40, step * 0.7));
  const tick = (v: number) => (type === "eur" ? formatEurShort(v) : formatInteger(v));
  const everyNth = Math.ceil(chart.rows.length / 16);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + (series.length > 1 ? 20 : 0)}`} width="100%" role="group" aria-labelledby={`${chart.id}-otsikko`} className="max-w-full font-sans text-[12px]">
      {[0, 0.25, 0.5, 0.75, 1].map((f) => {
        const y = TOP + plot - f * plot;
        return (
          <g key={f} aria-hidden="true">
            <line x1={LEFT} x2={WIDTH} y1={y} y2={y} stroke="#c8cdd0" strokeDasharray={f === 0 ? undefined : "3 3"} />
            <text x={LEFT - 6} y={y + 4} textAnchor="end" fill="#5f686d">{tick(max * f)}</text>
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
                <rect x={x} y={base} width={barWidth} height={h} fill={SERIES_COLOURS[j % SERIES_COLOURS.length]} stroke="#ffffff" strokeWidth={0.5} data-value={value}>
                  <title>{label}</title>
                </rect>
              );
              return value > 0 ? <g key={s.key}>{href ? <a href={href} aria-label={label}>{rect}</a> : rect}</g> : null;
            })}
            {i % everyNth === 0 ? (
              <text x={x + barWidth / 2} y={TOP + plot + 16} textAnchor="middle" fill="#1f2933" aria-hidden="true">{String(row.cells.year)}</text>
            ) : null}
          </g>
        );
      })}
      {series.length > 1 ? <Legend items={series} x={LEFT} y={HEIGHT - 8} /> : null}
    </svg>
  );
}
