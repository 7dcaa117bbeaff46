import {
  activate,
  addBias,
  conv2d,
  presetById,
  tensor,
  type ActivationName,
  type ActivationSpec,
} from "../../core";
import { formatNumber, formatSize } from "../../viz/format";
import type { Lang } from "../../i18n";
import { colourScale, scaleKindFor, type ColourScale } from "../../viz/scales";
import { fillLabel } from "../parseNumber";
import { joinSentences } from "../shared/sentences";
import { SAMPLE_SIZE, sampleValues } from "../samples";
import type { BiasActivationLabels } from "./labels";

/** The photograph whose conv1 map the widget shows unless told otherwise. */
export const DEFAULT_SAMPLE = "chelsea";

/** The three ways the widget can draw the same map. */
export const VIEWS = ["z", "a", "canvas"] as const;
export type View = (typeof VIEWS)[number];

export interface BiasActivationState {
  /** A kernel preset id from the core. */
  kernel: string;
  bias: number;
  activation: ActivationName;
  /** The leaky ReLU's slope for z < 0, in [0, 1]. */
  slope: number;
  view: View;
}

export const DEFAULT_STATE: Readonly<BiasActivationState> = Object.freeze({
  kernel: "sobel-x",
  bias: 0,
  activation: "relu",
  slope: 0.1,
  view: "z",
});

/** The slider's step; a typed bias may be finer. */
export const BIAS_STEP = 0.05;
export const SLOPE_LIMIT = 1;

export function activationSpec(state: BiasActivationState): ActivationSpec {
  return state.activation === "leakyRelu"
    ? { name: "leakyRelu", slope: state.slope }
    : { name: state.activation };
}

/** s1 = w1 ∗ x for one preset kernel on one sample image, 'same' padding: 64 × 64 values. */
export function convolveSample(sample: string, kernelId: string): Float32Array {
  const preset = presetById(kernelId);
  if (!preset) throw new RangeError(`There is no kernel preset called “${kernelId}”.`);
  const x = tensor([1, SAMPLE_SIZE, SAMPLE_SIZE], sampleValues(sample));
  return conv2d(x, tensor([1, 1, 3, 3], preset.kernel), undefined, { padding: "same" }).data;
}

/**
 * The bias range offered for a map: ±(largest |s1|), rounded up to a half, so that the slider
 * reaches both "every unit above 0" and "every unit below 0".
 */
export function biasLimit(s: ArrayLike<number>): number {
  let largest = 0;
  for (let i = 0; i < s.length; i++) largest = Math.max(largest, Math.abs(s[i]));
  return Math.max(0.5, Math.ceil(largest * 2 - 1e-9) / 2);
}

export interface Maps {
  z: Float32Array;
  a: Float32Array;
}

/** z1 = s1 + b1 and a1 = f(z1), computed by the core. */
export function applyBiasAndActivation(s: Float32Array, state: BiasActivationState): Maps {
  const z = addBias(tensor([1, SAMPLE_SIZE, SAMPLE_SIZE], s), [state.bias]);
  const a = activate(z, activationSpec(state));
  return { z: z.data, a: a.data };
}

export function countExactZeros(values: ArrayLike<number>): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === 0) count++;
  return count;
}

export function countAtOrBelowZero(values: ArrayLike<number>): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] <= 0) count++;
  return count;
}

/**
 * What an 8-bit canvas (or PIL) stores when the values are written as grey levels: 255·v,
 * rounded and clamped to 0–255 (Uint8ClampedArray is exactly the canvas's own pixel type).
 */
export function canvasBytes(values: ArrayLike<number>): Uint8ClampedArray {
  const bytes = new Uint8ClampedArray(values.length);
  for (let i = 0; i < values.length; i++) bytes[i] = 255 * values[i];
  return bytes;
}

/** How many canvas pixels clipped to black (0) and to white (255). */
export function clippedCounts(bytes: Uint8ClampedArray): { black: number; white: number } {
  let black = 0;
  let white = 0;
  for (const b of bytes) {
    if (b === 0) black++;
    else if (b === 255) white++;
  }
  return { black, white };
}

/** A share as a percentage with one decimal, never “0 %” for a share that is not zero. */
export function formatShare(count: number, total: number): string {
  if (total <= 0 || count <= 0) return "0 %";
  if (count >= total) return "100 %";
  const percent = (100 * count) / total;
  if (percent < 0.1) return "< 0.1 %";
  if (percent > 99.9) return "> 99.9 %";
  return `${formatNumber(Number(percent.toFixed(1)), 4)} %`;
}

/** The histogram's z range: every z that any bias in ±limit can produce, zero in the middle. */
export function histogramDomain(limit: number): [number, number] {
  return [-2 * limit, 2 * limit];
}

/** An even number of bins, so that 0 is a bin edge and no bin mixes signs. */
export const HISTOGRAM_BINS = 48;

/**
 * Counts of values per equal-width bin over the symmetric domain [−half, half]; values outside
 * go to the end bins. Bins are closed on the right, (lo, hi], and counted outwards from 0, so
 * that z = 0 falls in the last bin at or below 0, with the units ReLU switches off. (d3's bin
 * closes bins on the left, [lo, hi), which would put z = 0 among the units ReLU keeps.)
 */
export function histogramCounts(
  values: ArrayLike<number>,
  half: number,
  bins = HISTOGRAM_BINS,
): number[] {
  const counts = new Array<number>(bins).fill(0);
  const width = (2 * half) / bins;
  const middle = bins / 2;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const bin = v <= 0 ? middle - 1 - Math.floor(-v / width) : middle + Math.ceil(v / width) - 1;
    counts[Math.min(bins - 1, Math.max(0, bin))]++;
  }
  return counts;
}

/** Which part of f a bin of z falls in: zeroed by ReLU, scaled by a leaky slope, or kept. */
export function binKind(
  activation: ActivationName,
  binHigh: number,
): "kept" | "zeroed" | "scaled" | "all" {
  if (activation === "relu") return binHigh <= 0 ? "zeroed" : "kept";
  if (activation === "leakyRelu") return binHigh <= 0 ? "scaled" : "kept";
  return "all";
}

/** The sentence that says, honestly, how many units f sets to exactly 0. */
export function zeroStatement(
  labels: BiasActivationLabels,
  activation: ActivationName,
  z: ArrayLike<number>,
  a: ArrayLike<number>,
): string {
  const n = a.length;
  const zeros = countExactZeros(a);
  const name = labels.activationShort[activation];
  if (activation === "relu") {
    return fillLabel(labels.zeroRelu, {
      share: formatShare(zeros, n),
      count: zeros,
      n,
    });
  }
  const { min, max } = range(a);
  const outputs = fillLabel(labels.outputRange, { min: formatNumber(min), max: formatNumber(max) });
  if (zeros === 0) return joinSentences(fillLabel(labels.zeroNone, { name, n }), outputs);
  const counted = fillLabel(labels.zeroSome, {
    name,
    count: zeros,
    n,
    share: formatShare(zeros, n),
  });
  // Outside ReLU a unit is exactly 0 only where z is (or where a tiny value underflows):
  // give that reason only when it is true of every zero here.
  const reason = zerosOnlyWhereZIsZero(z, a) ? labels.zeroWhereZIsZero : "";
  return joinSentences(counted, reason, outputs);
}

function zerosOnlyWhereZIsZero(z: ArrayLike<number>, a: ArrayLike<number>): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] === 0 && z[i] !== 0) return false;
  return true;
}

export function range(values: ArrayLike<number>): { min: number; max: number; mean: number } {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    min = Math.min(min, values[i]);
    max = Math.max(max, values[i]);
    sum += values[i];
  }
  return { min, max, mean: sum / values.length };
}

/** A map's colour scale: diverging when it has negative values, sequential otherwise. */
export function mapScale(values: ArrayLike<number>, isInput = false): ColourScale {
  const { min, max } = range(values);
  return colourScale(scaleKindFor(min, isInput), min, max);
}

/** The grey scale the canvas view uses: byte/255 from black (0) to white (1). */
export const CANVAS_SCALE = colourScale("image", 0, 1);

export function mapAlt(
  template: string,
  stage: string,
  values: ArrayLike<number>,
  lang: Lang,
): string {
  const { min, max } = range(values);
  return fillLabel(template, {
    stage,
    size: formatSize(SAMPLE_SIZE, SAMPLE_SIZE, lang),
    min: formatNumber(min),
    max: formatNumber(max),
  });
}

/** The cells of one row of the numbers table: min, max, mean, exactly 0, at or below 0. */
export function summaryCells(values: ArrayLike<number>): string[] {
  const { min, max, mean } = range(values);
  return [
    formatNumber(min),
    formatNumber(max),
    formatNumber(mean),
    formatShare(countExactZeros(values), values.length),
    formatShare(countAtOrBelowZero(values), values.length),
  ];
}
