import { axisBottom, axisLeft, max, scaleLinear, select, type Axis, type NumberValue } from "d3";
import type { ActivationName } from "../../core";
import { formatNumber } from "../../viz/format";
import { part } from "../../viz/part";
import type { BiasActivationLabels } from "./labels";
import { binKind } from "./model";

/** What the histogram shows: counts per bin of z over a fixed domain, coloured by f's parts. */
export interface HistogramData {
  counts: readonly number[];
  domain: [number, number];
  activation: ActivationName;
  /** The text alternative of the whole chart. */
  alt: string;
}

export const HISTOGRAM_SIZE = { width: 360, height: 210 };
const MARGIN = { top: 26, right: 12, bottom: 40, left: 46 };
const TICK = 4;

/**
 * Both axes: short ticks, no end ticks, numbers as every figure writes them. The offset is set:
 * d3-axis otherwise picks it from window.devicePixelRatio, which the build does not have, and
 * the build and the browser would draw different markup.
 */
function axisStyle(axis: Axis<NumberValue>): Axis<NumberValue> {
  return axis
    .tickFormat((value) => formatNumber(Number(value)))
    .tickSize(TICK)
    .tickSizeOuter(0)
    .offset(0);
}

/**
 * Draws the histogram of z1 into `svg`: bars, both axes (d3-axis) with titles, and the mark at
 * z = 0. Idempotent: the build runs it on an empty <svg> for the first frame, the browser runs it
 * again on that markup for every change, updating the same elements in place.
 */
export function drawHistogram(
  svg: SVGSVGElement,
  data: HistogramData,
  labels: BiasActivationLabels,
): void {
  const { width, height } = HISTOGRAM_SIZE;
  const { counts, domain, activation } = data;
  const bottom = height - MARGIN.bottom;
  const x = scaleLinear(domain, [MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear([0, Math.max(1, max(counts) ?? 0)], [bottom, MARGIN.top]).nice(4);
  const binWidth = (domain[1] - domain[0]) / counts.length;
  const root = select(svg)
    .attr("class", "ba__svg")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("role", "img")
    .attr("aria-label", data.alt)
    .attr("data-histogram", "");

  part(root, "g", "ba-bars")
    .selectAll("rect")
    .data(counts)
    .join("rect")
    .attr(
      "class",
      (_, i) => `ba-bar ba-bar--${binKind(activation, domain[0] + (i + 1) * binWidth)}`,
    )
    .attr("x", (_, i) => x(domain[0] + i * binWidth))
    .attr("y", (count) => y(count))
    // Half a unit less than the bin, so neighbouring bars stay apart.
    .attr("width", Math.max(0, x(domain[0] + binWidth) - x(domain[0]) - 0.5))
    .attr("height", (count) => bottom - y(count));

  part(root, "g", "ba-axis ba-axis--x")
    .attr("transform", `translate(0,${bottom})`)
    .call(axisStyle(axisBottom(x).ticks(6)));
  part(root, "g", "ba-axis ba-axis--y")
    .attr("transform", `translate(${MARGIN.left},0)`)
    .call(axisStyle(axisLeft(y).ticks(4)));

  part(root, "text", "ba-axis-title ba-axis-title--x")
    .attr("x", (MARGIN.left + width - MARGIN.right) / 2)
    .attr("y", height - 6)
    .attr("text-anchor", "middle")
    .text(labels.histogramAxisX);
  part(root, "text", "ba-axis-title ba-axis-title--y")
    .attr("transform", `translate(12,${(MARGIN.top + bottom) / 2}) rotate(-90)`)
    .attr("text-anchor", "middle")
    .text(labels.histogramAxisY);

  const zero = x(0);
  part(root, "line", "ba-threshold")
    .attr("x1", zero)
    .attr("x2", zero)
    .attr("y1", MARGIN.top - 6)
    .attr("y2", bottom);
  part(root, "text", "ba-threshold-label")
    .attr("x", zero)
    .attr("y", MARGIN.top - 10)
    .attr("text-anchor", "middle")
    .text(labels.thresholdNames[activation]);
}
