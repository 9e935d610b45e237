/**
 * Colours that survive colour blindness and black-and-white print: categorical series from the
 * Okabe–Ito palette (ordered so neighbours also differ in lightness), and a one-hue sequential
 * scale for amounts, light to dark, with text colours that keep a 4.5:1 contrast on each step.
 */
export const SERIES_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"];

export const SEQUENTIAL = [
  { fill: "#eff3ff", text: "#1f2933" },
  { fill: "#bdd7e7", text: "#1f2933" },
  { fill: "#6baed6", text: "#1f2933" },
  { fill: "#2171b5", text: "#ffffff" },
  { fill: "#08306b", text: "#ffffff" },
];

/** The step of the sequential scale for `value` out of `max` (0 stays the lightest). */
export function sequentialStep(value: number, max: number) {
  if (max <= 0 || value <= 0) return SEQUENTIAL[0]!;
  return SEQUENTIAL[Math.min(SEQUENTIAL.length - 1, 1 + Math.floor((value / max) * (SEQUENTIAL.length - 1) - 1e-9))]!;
}
