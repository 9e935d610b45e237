import type { Chart, ChartRow } from "@/lib/stats/charts";
import { formatCell } from "@/lib/stats/charts";
import { SERIES_COLOURS } from "./palette";

const WIDTH = 720;
const LABEL = 260;
const ROW = 20;
const AXIS = 24;

/** Projects running in `year`: one bar each from start to end, clipped to the years shown. */
export function GanttChart({
  chart,
  year,
  funders,
  linkFor,
}: {
  chart: Chart;
  year: number | null;
  funders: string[];
  linkFor: (row: ChartRow) => string | undefined;
}) {
  if (!year || chart.rows.length === 0) return null;
  // Two years either side of the chosen one give the bars context.
  const from = Date.UTC(year - 2, 0, 1);
  const to = Date.UTC(year + 3, 0, 1);
  const x = (t: number) => LABEL + ((Math.min(Math.max(t, from), to) - from) / (to - from)) * (WIDTH - LABEL - 10);
  const height = AXIS + chart.rows.length * ROW + 8;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="group"
      aria-labelledby={`${chart.id}-otsikko`}
      className="max-w-full font-sans text-[12px]"
    >
      <rect
        x={x(Date.UTC(year, 0, 1))}
        y={AXIS - 6}
        width={x(Date.UTC(year + 1, 0, 1)) - x(Date.UTC(year, 0, 1))}
        height={height - AXIS}
        fill="#eaf2fa"
        aria-hidden="true"
      />
      {[-2, -1, 0, 1, 2, 3].map((d) => (
        <g key={d} aria-hidden="true">
          <line
            x1={x(Date.UTC(year + d, 0, 1))}
            x2={x(Date.UTC(year + d, 0, 1))}
            y1={AXIS - 6}
            y2={height}
            stroke="#c8cdd0"
          />
          {d < 3 ? (
            <text
              x={x(Date.UTC(year + d, 6, 1))}
              y={14}
              textAnchor="middle"
              fill="#1f2933"
              fontWeight={d === 0 ? 700 : 400}
            >
              {year + d}
            </text>
          ) : null}
        </g>
      ))}
      {chart.rows.map((row, i) => {
        const start = Date.parse(`${row.cells.periodStart}T00:00:00Z`);
        const end = row.cells.periodEnd ? Date.parse(`${row.cells.periodEnd}T00:00:00Z`) : to;
        const title = String(row.cells.title);
        const y = AXIS + i * ROW;
        const day = (value: ChartRow["cells"][string] | undefined) => formatCell(value ?? null, "date");
        const period = `${day(row.cells.periodStart)}–${day(row.cells.periodEnd)}`;
        const label = `${title}: ${period}, ${formatCell(row.cells.grantedEur ?? null, "eur")}`;
        const bar = (
          <rect
            x={x(start)}
            y={y}
            width={Math.max(2, x(end) - x(start))}
            height={ROW - 6}
            rx={3}
            fill={SERIES_COLOURS[Math.max(0, funders.indexOf(String(row.cells.funder))) % SERIES_COLOURS.length]}
          >
            <title>{label}</title>
          </rect>
        );
        const href = linkFor(row);
        return (
          <g key={i}>
            <text x={LABEL - 8} y={y + ROW - 9} textAnchor="end" fill="#1f2933">
              {title.length > 38 ? `${title.slice(0, 37)}…` : title}
            </text>
            {href ? (
              <a href={href} aria-label={label}>
                {bar}
              </a>
            ) : (
              bar
            )}
          </g>
        );
      })}
    </svg>
  );
}
