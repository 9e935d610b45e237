import { scaleLinear } from "d3-scale";
import { formatEur, formatEurShort, formatInteger } from "../format";
import type { Locale } from "../i18n/routing";

export interface AxisTick {
  value: number;
  /** Where the tick stands, 0 at the axis's start and 1 at its end. */
  at: number;
  label: string;
}

/**
 * A value axis from 0 for the largest value shown: d3-scale's nice domain and about `count`
 * ticks, whole numbers only (counts and whole euros: 0–2 projects reads 0, 1, 2, never 0, 0.5,
 * 1 …). No label stands twice: when short money labels would repeat one another (two ticks
 * rounded to the same "1,3 milj. €"), the axis writes whole euros instead.
 */
export function valueAxis(
  largest: number,
  count: number,
  type: "eur" | "int",
  locale: Locale = "fi",
): { max: number; ticks: AxisTick[] } {
  const scale = scaleLinear()
    .domain([0, Math.max(largest, 1)])
    .nice(count);
  const max = scale.domain()[1]!;
  const values = scale.ticks(count).filter(Number.isInteger);
  const short = values.map((v) => (type === "eur" ? formatEurShort(v, locale) : formatInteger(v)));
  const labels = new Set(short).size === short.length ? short : values.map((v) => formatEur(v));
  return { max, ticks: values.map((value, i) => ({ value, at: value / max, label: labels[i]! })) };
}
