import type { Chart, ChartRow, ColumnType } from "@/lib/stats/charts";
import { formatCell } from "@/lib/stats/charts";
import type { ChartLayout } from "./column-chart";
import { SERIES_COLOURS } from "./palette";

/**
 * Wide: the label left of its bars. Narrow (a phone): the label on a line of its own above
 * them, so that bars and 12-unit text keep the width the phone has (see ColumnChart's LAYOUTS).
 */
const LAYOUTS = {
  wide: { width: 720, label: 230, value: 110, labelLine: 0, maxLabel: 34 },
  narrow: { width: 250, label: 0, value: 78, labelLine: 16, maxLabel: 38 },
};
const BAR = 18;
const GAP = 10;

/**
 * Horizontal bars, one group per row and one bar per value column (grouped when several). Each
 * bar is a link (`linkFor`) and carries its row's label and value for screen readers.
 */
export function BarChart({
  chart,
  values,
  linkFor,
  layout = "wide",
}: {
  chart: Chart;
  values: Array<{ key: string; label: string; type: ColumnType }>;
  linkFor: (row: ChartRow) => string | undefined;
  layout?: ChartLayout;
}) {
  const { width: WIDTH, label: LABEL, value: VALUE, labelLine, maxLabel } = LAYOUTS[layout];
  const numbers = chart.rows.flatMap((r) => values.map((v) => Number(r.cells[v.key] ?? 0)));
  const max = Math.max(1, ...numbers);
  const groupHeight = labelLine + values.length * BAR + GAP;
  const legendHeight = values.length > 1 ? (layout === "wide" ? 24 : 18 * values.length + 6) : 0;
  const height = chart.rows.length * groupHeight + GAP + legendHeight;
  const scale = (WIDTH - LABEL - VALUE) / max;
  if (chart.rows.length === 0) return null;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="group"
      aria-labelledby={`${chart.id}-otsikko`}
      className="max-w-full font-sans text-[13px]"
    >
      {chart.rows.map((row, i) => {
        const top = GAP + i * groupHeight;
        const y = top + labelLine;
        const label = String(row.cells.label ?? row.cells.title ?? "");
        const shown = label.length > maxLabel ? `${label.slice(0, maxLabel - 1)}…` : label;
        const href = linkFor(row);
        return (
          <g key={i}>
            {labelLine ? (
              <text x={0} y={top + 11} fill="#1f2933">
                {shown}
              </text>
            ) : (
              <text x={LABEL - 8} y={y + (values.length * BAR) / 2 + 4} textAnchor="end" fill="#1f2933">
                {shown}
              </text>
            )}
            {values.map((v, j) => {
              const value = Number(row.cells[v.key] ?? 0);
              const bar = (
                <rect
                  x={LABEL}
                  y={y + j * BAR}
                  width={Math.max(value > 0 ? 1 : 0, value * scale)}
                  height={BAR - 3}
                  fill={SERIES_COLOURS[j % SERIES_COLOURS.length]}
                  data-value={value}
                >
                  <title>{`${label}${values.length > 1 ? `, ${v.label}` : ""}: ${formatCell(value, v.type)}`}</title>
                </rect>
              );
              return (
                <g key={v.key}>
                  {href ? (
                    <a
                      href={href}
                      aria-label={`${label}${values.length > 1 ? `, ${v.label}` : ""}: ${formatCell(value, v.type)}`}
                    >
                      {bar}
                    </a>
                  ) : (
                    bar
                  )}
                  <text x={LABEL + value * scale + 6} y={y + j * BAR + BAR - 6} fill="#1f2933">
                    {formatCell(value, v.type)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      {values.length > 1 ? (
        <Legend
          items={values}
          x={LABEL}
          y={layout === "wide" ? height - 14 : height - legendHeight + 14}
          step={layout === "wide" ? 220 : 0}
        />
      ) : null}
    </svg>
  );
}

/**
 * Colour keys of the series; decorative, since every bar names its series in its own label.
 * In a row `step` apart, or with step 0 one under another.
 */
export function Legend({
  items,
  x,
  y,
  step = 220,
}: {
  items: Array<{ label: string }>;
  x: number;
  y: number;
  step?: number;
}) {
  return (
    <g aria-hidden="true">
      {items.map((item, i) => (
        <g key={item.label} transform={`translate(${x + i * step}, ${y + (step ? 0 : i * 18)})`}>
          <rect width={12} height={12} y={-10} fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} />
          <text x={18} fill="#1f2933">
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
