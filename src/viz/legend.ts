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

/**
 * Updates, in place, the colour bar and tick labels of the HeatmapLegend rendered under `root`
 * with data-legend = `key`, for a new scale.
 */
export function updateLegend(root: ParentNode, key: string, scale: ColourScale): void {
  const legend = root.querySelector<HTMLElement>(`[data-legend="${key}"]`);
  if (!legend) return;
  const model = legendModel(scale);
  const bar = legend.querySelector<HTMLElement>(".legend__bar");
  if (bar) bar.style.background = legendGradient(model);
  legend.querySelectorAll("[data-tick]").forEach((tick, i) => {
    tick.textContent = model.ticks[i]?.label ?? "";
  });
}
