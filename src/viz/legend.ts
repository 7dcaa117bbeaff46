import { select } from "d3";
import type { ColourScale } from "./scales";
import { formatNumber } from "./format";
import { part } from "./part";

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
 * The legend of a heatmap: a colour bar with its value scale. Three ticks, low, middle and high:
 * the ends of the bar are what a reader compares maps by.
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
 * Draws a legend's colour bar and tick labels into `legend` (HeatmapLegend.astro's root), at
 * build and in the browser alike; drawing again updates the same elements. The bar and the
 * labels are HTML, not a d3-axis: the legend takes its container's width, and an SVG axis
 * would have to scale its text with it.
 */
export function drawLegend(legend: HTMLElement, scale: ColourScale): void {
  const model = legendModel(scale);
  const root = select(legend).classed("legend", true);
  // An inline style: the gradient is the data here, one per scale.
  part(root, "div", "legend__bar")
    .attr("aria-hidden", "true")
    .attr("style", `background: ${legendGradient(model)}`);
  part(root, "div", "legend__ticks")
    .selectAll("span")
    .data(model.ticks)
    .join("span")
    .attr("data-tick", "")
    .text((tick) => tick.label);
}

/**
 * A legend with its group role, accessible name and `data-legend` key (what updateLegend finds
 * it by), drawn into `legend`: HeatmapLegend.astro's markup, for figures that draw it themselves.
 */
export function drawNamedLegend(
  legend: HTMLElement,
  key: string,
  label: string,
  scale: ColourScale,
): void {
  select(legend).attr("data-legend", key).attr("role", "group").attr("aria-label", label);
  drawLegend(legend, scale);
}

/** Redraws, in the browser, the HeatmapLegend with data-legend = `key` under `root` for a new scale. */
export function updateLegend(root: ParentNode, key: string, scale: ColourScale): void {
  const legend = root.querySelector<HTMLElement>(`[data-legend="${key}"]`);
  if (legend) drawLegend(legend, scale);
}
