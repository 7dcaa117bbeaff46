import { channel, tensor, type Tensor, type TensorStageId } from "../../core";
import {
  decodeDigits,
  decodeWeights,
  digitImage,
  forwardNetwork,
  predictedClass,
  type DigitSet,
  type NetworkOutput,
  type NetworkParams,
} from "../../core/train";

/** The shipped files, relative to the site's base URL (see public/models/PROVENANCE.md). */
export const WEIGHTS_FILE = "models/mnist-cnn.bin";
export const DIGITS_FILE = "models/mnist-heldout-100.bin";
export const DIGIT_SIZE = 28;

/** The four tensors of a layer the reader can look at: convolution, + bias, ReLU, pooled. */
export const TENSOR_KINDS = ["s", "z", "a", "p"] as const;
export type TensorKind = (typeof TENSOR_KINDS)[number];

/** The stage ids of a tensor kind in layer 1 and layer 2, e.g. "a" → ["a1", "a2"]. */
export function stagesOf(kind: TensorKind): [TensorStageId, TensorStageId] {
  return [`${kind}1`, `${kind}2`] as [TensorStageId, TensorStageId];
}

/** The network and the held-out digits, read from the shipped files' bytes. */
export function readModelFiles(weights: Uint8Array, digits: Uint8Array) {
  return { net: decodeWeights(weights).net, digits: decodeDigits(digits) };
}

/** A 28×28 grey image as the network's [1, 28, 28] input (a copy, so edits stay local). */
export function digitTensor(values: ArrayLike<number>): Tensor {
  return tensor([1, DIGIT_SIZE, DIGIT_SIZE], Float32Array.from(values));
}

/** Held-out digit i as a [1, 28, 28] tensor and its label. */
export function heldOutDigit(digits: DigitSet, i: number): { x: Tensor; label: number } {
  return { x: digitTensor(digitImage(digits, i).data), label: digits.labels[i] };
}

/** One map of a [C, H, W] stage, with its size. */
export function mapOf(
  t: Tensor,
  k: number,
): { values: Float32Array; width: number; height: number } {
  return { values: channel(t, k), width: t.shape[2], height: t.shape[1] };
}

/** What a text alternative says about a map. */
export interface MapFacts {
  min: number;
  max: number;
  sum: number;
  /** Fraction of values that are exactly 0 or below. */
  zeroShare: number;
}

export function mapFacts(values: ArrayLike<number>): MapFacts {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let off = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    min = Math.min(min, v);
    max = Math.max(max, v);
    sum += v;
    if (v <= 0) off++;
  }
  return { min, max, sum, zeroShare: values.length ? off / values.length : 0 };
}

/** Conv2 filters summarised: the sum of each 3×3 kernel, a [C2, C1] grid (rows: conv2 filters). */
export function w2Summary(net: NetworkParams): {
  values: Float32Array;
  rows: number;
  cols: number;
} {
  const [rows, cols, kh, kw] = net.w2.shape;
  const taps = kh * kw;
  const values = new Float32Array(rows * cols);
  for (let i = 0; i < rows * cols; i++) {
    let sum = 0;
    for (let t = 0; t < taps; t++) sum += net.w2.data[i * taps + t];
    values[i] = sum;
  }
  return { values, rows, cols };
}

/** The network's answer: every stage, the probabilities and the most probable class. */
export function classify(net: NetworkParams, x: Tensor): NetworkOutput & { predicted: number } {
  const out = forwardNetwork(x, net);
  return { ...out, predicted: predictedClass(out.probabilities) };
}

/** A copy of the network whose conv1 filter `filter` has its bias moved by `shift`. */
export function withBiasShift(net: NetworkParams, filter: number, shift: number): NetworkParams {
  const b1 = Float32Array.from(net.b1);
  b1[filter] += shift;
  return { ...net, b1 };
}

/** How a conv1 filter behaves over many digits. */
export interface FilterActivity {
  /** For each digit, the filter's a1 map (28×28). */
  maps: Float32Array[];
  /** Digits on which the whole a1 map is 0: the filter is silent there. */
  silent: number;
  /** Digits the network still classifies correctly. */
  correct: number;
}

/** The a1 maps of one conv1 filter for the given digits, and how many are silent or right. */
export function filterActivity(
  net: NetworkParams,
  digits: DigitSet,
  indices: readonly number[],
  filter: number,
): FilterActivity {
  const maps: Float32Array[] = [];
  let silent = 0;
  let correct = 0;
  for (const i of indices) {
    const { x, label } = heldOutDigit(digits, i);
    const out = classify(net, x);
    const map = Float32Array.from(channel(out.stages.a1, filter));
    if (map.every((v) => v === 0)) silent++;
    if (out.predicted === label) correct++;
    maps.push(map);
  }
  return { maps, silent, correct };
}

/** The first digit of each class 0 … count − 1: the dead-filter view's grid. */
export function firstOfEachClass(digits: DigitSet, count: number): number[] {
  const found: number[] = [];
  for (let c = 0; c < count; c++) {
    const i = digits.labels.indexOf(c);
    if (i >= 0) found.push(i);
  }
  return found;
}

/** How many digits the dead-filter view shows: one of each class 0–7. */
export const DEAD_GRID_SIZE = 8;

/** The dead-filter view: the chosen filter's a1 maps with its bias moved, over the grid and all digits. */
export interface DeadFrame {
  /** The grid's digits: their maps and how many are silent. */
  grid: { maps: Float32Array[]; silent: number };
  /** The same filter over every shipped digit: how many are silent, how many still read right. */
  all: { silent: number; correct: number; count: number };
  /** The bias after the change. */
  bias: number;
}

export function deadFrame(
  net: NetworkParams,
  digits: DigitSet,
  grid: readonly number[],
  filter: number,
  shift: number,
): DeadFrame {
  const changed = withBiasShift(net, filter, shift);
  const all = filterActivity(
    changed,
    digits,
    Array.from(digits.labels, (_, i) => i),
    filter,
  );
  const maps = grid.map((i) => all.maps[i]);
  const silent = maps.filter((m) => m.every((v) => v === 0)).length;
  return {
    grid: { maps, silent },
    all: { silent: all.silent, correct: all.correct, count: all.maps.length },
    bias: changed.b1[filter],
  };
}

/**
 * The top of the colour scale of a filter's a1 maps in the dead-filter view: their largest
 * value in the unchanged network, so the maps visibly fade as the bias drops.
 */
export function deadScaleMax(
  net: NetworkParams,
  digits: DigitSet,
  grid: readonly number[],
  filter: number,
): number {
  let max = 0;
  for (const map of filterActivity(net, digits, grid, filter).maps) {
    max = Math.max(max, mapFacts(map).max);
  }
  return max;
}

/** The occlusion experiment's settings: a size×size square of grey `fill` moved in steps of `stride`. */
export interface OcclusionOptions {
  size: number;
  stride: number;
  fill: number;
}

export const OCCLUDER_SIZES = [4, 6, 8, 10] as const;
export const DEFAULT_OCCLUSION: OcclusionOptions = { size: 6, stride: 2, fill: 0.5 };

/** Occluder positions per axis: centres at stride/2, stride/2 + stride, … inside the image. */
export function occluderSteps(stride: number): number {
  return Math.floor(DIGIT_SIZE / stride);
}

/** The top-left pixel of the occluder at grid position (row, col); it may overhang the edge. */
export function occluderCorner(
  row: number,
  col: number,
  options: OcclusionOptions,
): [number, number] {
  const half = Math.floor(options.size / 2);
  const centre = (i: number) => i * options.stride + Math.floor(options.stride / 2);
  return [centre(row) - half, centre(col) - half];
}

/** A copy of a 28×28 image with the occluder painted at grid position (row, col). */
export function occlude(
  image: ArrayLike<number>,
  row: number,
  col: number,
  options: OcclusionOptions,
): Float32Array {
  const out = Float32Array.from(image);
  const [top, left] = occluderCorner(row, col, options);
  for (let y = Math.max(0, top); y < Math.min(DIGIT_SIZE, top + options.size); y++) {
    for (let x = Math.max(0, left); x < Math.min(DIGIT_SIZE, left + options.size); x++) {
      out[y * DIGIT_SIZE + x] = options.fill;
    }
  }
  return out;
}

/** Zeiler & Fergus's occlusion maps, one value per occluder position, row-major. */
export interface OcclusionMaps {
  steps: number;
  /** The class whose probability is mapped (the true label, or the prediction for a drawing). */
  target: number;
  /** The conv2 map with the largest summed activity on the unoccluded image. */
  strongest: number;
  /** Σ a2[strongest] on the unoccluded image. */
  baseline: number;
  /** Σ a2[strongest] with the occluder at each position. */
  activity: Float32Array;
  /** p[target] with the occluder at each position. */
  probability: Float32Array;
  /** The most probable class with the occluder at each position. */
  predicted: Uint8Array;
}

/** The conv2 channel with the largest summed activation a2. */
export function strongestMap(a2: Tensor): number {
  let best = 0;
  let bestSum = -Infinity;
  for (let k = 0; k < a2.shape[0]; k++) {
    const sum = mapFacts(channel(a2, k)).sum;
    if (sum > bestSum) {
      best = k;
      bestSum = sum;
    }
  }
  return best;
}

/**
 * The occlusion maps before any position is computed: the unoccluded image's strongest conv2
 * map and target class, and zero-filled maps. computeOcclusionRow fills them row by row, so
 * that a browser can spread the work over several frames.
 * `target` defaults to the class predicted for the unoccluded image.
 */
export function startOcclusion(
  net: NetworkParams,
  image: ArrayLike<number>,
  options: OcclusionOptions = DEFAULT_OCCLUSION,
  target?: number,
): OcclusionMaps {
  const clean = classify(net, digitTensor(image));
  const steps = occluderSteps(options.stride);
  const strongest = strongestMap(clean.stages.a2);
  return {
    steps,
    target: target ?? clean.predicted,
    strongest,
    baseline: mapFacts(channel(clean.stages.a2, strongest)).sum,
    activity: new Float32Array(steps * steps),
    probability: new Float32Array(steps * steps),
    predicted: new Uint8Array(steps * steps),
  };
}

/** Runs the network, live, with the occluder at every position of one row of the maps. */
export function computeOcclusionRow(
  net: NetworkParams,
  image: ArrayLike<number>,
  options: OcclusionOptions,
  maps: OcclusionMaps,
  row: number,
): void {
  for (let col = 0; col < maps.steps; col++) {
    const out = classify(net, digitTensor(occlude(image, row, col, options)));
    const i = row * maps.steps + col;
    maps.activity[i] = mapFacts(channel(out.stages.a2, maps.strongest)).sum;
    maps.probability[i] = out.probabilities[maps.target];
    maps.predicted[i] = out.predicted;
  }
}

/**
 * Zeiler & Fergus's occlusion maps, computed by the core from the given weights, one forward
 * pass per occluder position: nothing is stored.
 */
export function occlusionMaps(
  net: NetworkParams,
  image: ArrayLike<number>,
  options: OcclusionOptions = DEFAULT_OCCLUSION,
  target?: number,
): OcclusionMaps {
  const maps = startOcclusion(net, image, options, target);
  for (let row = 0; row < maps.steps; row++) computeOcclusionRow(net, image, options, maps, row);
  return maps;
}

/** How much the occluder changes the strongest map's summed activity, at each position. */
export function activityChange(maps: OcclusionMaps): Float32Array {
  return maps.activity.map((v) => v - maps.baseline);
}
