import { useLocale } from "next-intl";
import { formatEurShort } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import type { StatsTranslator } from "@/lib/i18n/translators";
import { slugify } from "@/lib/ingest/normalize";
import { regionName, shortRegionName } from "@/lib/regions/names";
import type { Chart, ChartRow } from "@/lib/stats/charts";
import { formatCell } from "@/lib/stats/charts";
import { NATIONAL_KEY } from "@/lib/stats/dashboard";
import { SEQUENTIAL, sequentialStep } from "./palette";

/**
 * Finland's 19 regions as equal tiles placed roughly where they lie (no boundary data with a
 * suitable licence is available offline, and equal tiles keep small regions readable). Nation-wide
 * projects and those with no region get tiles of their own, apart from the map.
 */
const TILES: Record<string, [col: number, row: number, short: string]> = {
  Lappi: [3, 0, "Lappi"],
  "Pohjois-Pohjanmaa": [3, 1, "P-Pohjanmaa"],
  Kainuu: [4, 1, "Kainuu"],
  "Keski-Pohjanmaa": [2, 2, "K-Pohjanmaa"],
  "Keski-Suomi": [3, 2, "K-Suomi"],
  "Pohjois-Savo": [4, 2, "P-Savo"],
  "Pohjois-Karjala": [5, 2, "P-Karjala"],
  Pohjanmaa: [1, 3, "Pohjanmaa"],
  "Etelä-Pohjanmaa": [2, 3, "E-Pohjanmaa"],
  Pirkanmaa: [3, 3, "Pirkanmaa"],
  "Etelä-Savo": [4, 3, "E-Savo"],
  Satakunta: [1, 4, "Satakunta"],
  "Kanta-Häme": [2, 4, "Kanta-Häme"],
  "Päijät-Häme": [3, 4, "Päijät-Häme"],
  Ahvenanmaa: [0, 5, "Ahvenanmaa"],
  "Varsinais-Suomi": [1, 5, "V-Suomi"],
  Uusimaa: [2, 5, "Uusimaa"],
  Kymenlaakso: [3, 5, "Kymenlaakso"],
  "Etelä-Karjala": [4, 5, "E-Karjala"],
};
const SIZE = 96;
const PAD = 4;

export function TileMap({
  chart,
  linkFor,
  t,
}: {
  chart: Chart;
  linkFor: (row: ChartRow) => string | undefined;
  t: StatsTranslator;
}) {
  const locale = useLocale() as Locale;
  const rowOf = (key: string | null) => chart.rows.find((r) => r.key === key);
  const national = rowOf(NATIONAL_KEY);
  const unknown = rowOf(null);
  const max = Math.max(
    0,
    ...chart.rows.filter((r) => r !== national && r !== unknown).map((r) => Number(r.cells.grantedEur ?? 0)),
  );
  const tile = (key: string | null, name: string, col: number, row: number, short: string) => {
    const data = rowOf(key);
    const value = Number(data?.cells.grantedEur ?? 0);
    const inferred = Number(data?.cells.inferred ?? 0);
    const step = sequentialStep(value, max);
    const projects = Number(data?.cells.projects ?? 0);
    const label = t("tileLabel", {
      name,
      amount: formatCell(value, "eur"),
      count: projects,
      n: formatCell(projects, "int"),
      inferred,
    });
    const x = col * SIZE;
    const y = row * SIZE;
    const href = data && value > 0 ? linkFor(data) : undefined;
    const rect = (
      <rect
        x={x + PAD}
        y={y + PAD}
        width={SIZE - 2 * PAD}
        height={SIZE - 2 * PAD}
        rx={6}
        fill={step.fill}
        stroke="#5f686d"
        strokeWidth={0.75}
        data-value={value}
      >
        <title>{label}</title>
      </rect>
    );
    // The link holds only the tile, named in full; the short visible texts sit on top of it and let clicks through.
    return (
      <g key={name}>
        {href ? (
          <a href={href} aria-label={label}>
            {rect}
          </a>
        ) : (
          rect
        )}
        <g aria-hidden="true" pointerEvents="none">
          <text x={x + SIZE / 2} y={y + 40} textAnchor="middle" fill={step.text} fontSize={12} fontWeight={600}>
            {short}
          </text>
          <text x={x + SIZE / 2} y={y + 60} textAnchor="middle" fill={step.text} fontSize={12}>
            {formatEurShort(value, locale)}
            {inferred ? "*" : ""}
          </text>
        </g>
      </g>
    );
  };
  return (
    <div>
      <svg
        viewBox={`0 0 ${6 * SIZE} ${6 * SIZE + 40}`}
        width="100%"
        role="group"
        aria-labelledby={`${chart.id}-otsikko`}
        className="max-w-md font-sans"
      >
        {Object.entries(TILES).map(([name, [col, row, short]]) => {
          const named = regionName(name, locale);
          return tile(slugify(name), named, col, row, named === name ? short : shortRegionName(named));
        })}
        {national ? tile(NATIONAL_KEY, t("map.national"), 0, 0, t("map.national").slice(0, 10)) : null}
        {unknown ? tile(null, t("unknown"), 0, 1, t("unknown")) : null}
        <g aria-hidden="true" transform={`translate(${PAD}, ${6 * SIZE + 10})`}>
          {SEQUENTIAL.map((s, i) => (
            <rect key={s.fill} x={i * 40} width={40} height={14} fill={s.fill} stroke="#5f686d" strokeWidth={0.5} />
          ))}
          <text x={0} y={30} fontSize={11} fill="#1f2933">
            0 €
          </text>
          <text x={5 * 40} y={30} fontSize={11} textAnchor="end" fill="#1f2933">
            {formatEurShort(max, locale)}
          </text>
          <text x={230} y={12} fontSize={11} fill="#1f2933">
            {t("map.inferredNote")}
          </text>
        </g>
      </svg>
    </div>
  );
}
