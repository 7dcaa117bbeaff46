import type { ColourScale } from "./scales";
import { formatNumber } from "./format";

export interface LegendTick {
  value: number;
  /** Position along the bar, 0–1. */
  offset: number;
  label: string;
}

export interface LegendModel {
  /** Gradient stops along the bar. */
  stops: { offset: number; colour: string }[];
  ticks: LegendTick[];
}

const STOPS = 9;

/**
 * The legend of a heatmap: a colour bar with its value scale. Always three ticks (low, middle,
 * high) so the browser can update the labels of the SVG rendered at build time in place.
 */
export function legendModel(scale: ColourScale): LegendModel {
  const [lo, hi] = scale.domain;
  const stops = Array.from({ length: STOPS }, (_, i) => ({
    offset: i / (STOPS - 1),
    colour: scale.colourAt(i / (STOPS - 1)),
  }));
  const ticks = [lo, (lo + hi) / 2, hi].map((value, i) => ({
    value,
    offset: i / 2,
    label: formatNumber(value),
  }));
  return { stops, ticks };
}

/** The CSS background of the legend's colour bar. */
export function legendGradient(model: LegendModel): string {
  const stops = model.stops.map((s) => `${s.colour} ${s.offset * 100}%`).join(", ");
  return `linear-gradient(to right, ${stops})`;
}
