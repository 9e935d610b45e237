import type { Chart, ChartRow, ColumnType } from "@/lib/stats/charts";
import { formatCell } from "@/lib/stats/charts";
import { SERIES_COLOURS } from "./palette";

const WIDTH = 720;
const LABEL = 230;
const VALUE = 110;
const BAR = 18;
const GAP = 10;

/**
 * Horizontal bars, one group per row and one bar per value column (grouped when several). Each
 * bar is a link (`linkFor`) and carries its row's label and value for screen readers.
 */
export function BarChart({ chart, values, linkFor }: { chart: Chart; values: Array<{ key: string; label: string; type: ColumnType }>; linkFor: (row: ChartRow) => string | undefined }) {
  const numbers = chart.rows.flatMap((r) => values.map((v) => Number(r.cells[v.key] ?? 0)));
  const max = Math.max(1, ...numbers);
  const groupHeight = values.length * BAR + GAP;
  const height = chart.rows.length * groupHeight + GAP + (values.length > 1 ? 24 : 0);
  const scale = (WIDTH - LABEL - VALUE) / max;
  if (chart.rows.length === 0) return null;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="group" aria-labelledby={`${chart.id}-otsikko`} className="max-w-full font-sans text-[13px]">
      {chart.rows.map((row, i) => {
        const y = GAP + i * groupHeight;
        const label = String(row.cells.label ?? row.cells.title ?? "");
        const href = linkFor(row);
        return (
          <g key={i}>
            <text x={LABEL - 8} y={y + (values.length * BAR) / 2 + 4} textAnchor="end" fill="#1f2933">{label.length > 34 ? `${label.slice(0, 33)}…` : label}</text>
            {values.map((v, j) => {
              const value = Number(row.cells[v.key] ?? 0);
              const bar = (
                <rect x={LABEL} y={y + j * BAR} width={Math.max(value > 0 ? 1 : 0, value * scale)} height={BAR - 3} fill={SERIES_COLOURS[j % SERIES_COLOURS.length]} data-value={value}>
                  <title>{`${label}${values.length > 1 ? `, ${v.label}` : ""}: ${formatCell(value, v.type)}`}</title>
                </rect>
              );
              return (
                <g key={v.key}>
                  {href ? <a href={href} aria-label={`${label}${values.length > 1 ? `, ${v.label}` : ""}: ${formatCell(value, v.type)}`}>{bar}</a> : bar}
                  <text x={LABEL + value * scale + 6} y={y + j * BAR + BAR - 6} fill="#1f2933">{formatCell(value, v.type)}</text>
                </g>
              );
            })}
          </g>
        );
      })}
      {values.length > 1 ? <Legend items={values} x={LABEL} y={height - 14} /> : null}
    </svg>
  );
}

/** Colour keys of the series; decorative, since every bar names its series in its own label. */
export function Legend({ items, x, y }: { items: Array<{ label: string }>; x: number; y: number }) {
  return (
    <g aria-hidden="true">
      {items.map((item, i) => (
        <g key={item.label} transform={`translate(${x + i * 220}, ${y})`}>
          <rect width={12} height={12} y={-10} fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} />
          <text x={18} fill="#1f2933">{item.label}</text>
        </g>
      ))}
    </g>
  );
}
