import { formatNumber } from "../../viz/format";
import type { ColourScale } from "../../viz/scales";
import { fillLabel } from "../parseNumber";
import type { BiasActivationLabels } from "./labels";
import {
  CANVAS_SCALE,
  HISTOGRAM_BINS,
  binKind,
  biasLimit,
  canvasBytes,
  clippedCounts,
  countAtOrBelowZero,
  formatShare,
  histogramCounts,
  histogramDomain,
  mapAlt,
  mapScale,
  zeroStatement,
  type BiasActivationState,
  type View,
} from "./model";
import type { HistogramData } from "./histogram";

export interface HistogramPicture {
  /** What drawHistogram draws. */
  chart: HistogramData;
  /** The sentence on how many units f sets to exactly 0. */
  zero: string;
  /** Which bar colours are in use, for the key. */
  kinds: string[];
}

/** Everything the histogram panel shows for one state; s fixes the axis, z and a the bars. */
export function histogramPicture(
  labels: BiasActivationLabels,
  state: BiasActivationState,
  s: Float32Array,
  z: Float32Array,
  a: Float32Array,
): HistogramPicture {
  const domain = histogramDomain(biasLimit(s));
  const counts = histogramCounts(z, domain[1]);
  const zero = zeroStatement(labels, state.activation, z, a);
  const binWidth = (domain[1] - domain[0]) / HISTOGRAM_BINS;
  const kinds = [
    ...new Set(counts.map((_, i) => binKind(state.activation, domain[0] + (i + 1) * binWidth))),
  ];
  const alt = fillLabel(labels.histogramAlt, {
    bins: HISTOGRAM_BINS,
    lo: formatNumber(domain[0]),
    hi: formatNumber(domain[1]),
    below: formatShare(countAtOrBelowZero(z), z.length),
    n: z.length,
    zero,
  });
  return { chart: { counts, domain, activation: state.activation, alt }, zero, kinds };
}

export interface ViewPicture {
  values: Float32Array;
  scale: ColourScale;
  alt: string;
  legend: string;
  caption: string;
}

/** One of the three views of the same map: signed z, f(z), or z clamped on an 8-bit canvas. */
export function viewPicture(
  labels: BiasActivationLabels,
  view: View,
  z: Float32Array,
  a: Float32Array,
): ViewPicture {
  if (view === "canvas") {
    const bytes = canvasBytes(z);
    const { black, white } = clippedCounts(bytes);
    const shares = {
      black: formatShare(black, bytes.length),
      white: formatShare(white, bytes.length),
    };
    return {
      values: Float32Array.from(bytes, (b) => b / 255),
      scale: CANVAS_SCALE,
      alt: fillLabel(labels.viewAlt.canvas, shares),
      legend: labels.canvasLegend,
      caption: fillLabel(labels.viewCaptions.canvas, shares),
    };
  }
  const values = view === "z" ? z : a;
  const name = labels.viewNames[view];
  return {
    values,
    scale: mapScale(values),
    alt: mapAlt(labels.viewAlt[view], name, values, labels.lang),
    legend: fillLabel(labels.legendFor, { stage: name }),
    caption: labels.viewCaptions[view],
  };
}
