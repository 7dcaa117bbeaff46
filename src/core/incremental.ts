import {
  accumulate,
  checkedPlan,
  checkOutput,
  FLOAT32_MAX,
  tooLargeError,
  type Conv2dOptions,
  type ConvPlan,
} from "./conv2d";
import { assertFinite, type Tensor } from "./tensor";

/**
 * A convolution (no bias) kept up to date by deltas. Convolution is linear in the weights
 * and in the input, so when one weight w[o, c, i, j] moves by Δ, map o moves by Δ times
 * input channel c shifted by (i, j): one pass over the map instead of Cin·kh·kw. When input
 * channel c moves by Δx, every map o moves by w[o, c] ∗ Δx: a one-channel convolution.
 *
 * The exact Float64 sums live beside the float32 output, so rounding does not pile up in
 * float32. Each delta may still round its sums by about 2⁻⁵³ of their size; a map whose
 * accumulated bound on that error reaches 2⁻³⁶ of its largest value is recomputed exactly.
 * So every value differs from conv2d's by less than 2⁻³⁶ of its map's largest value
 * before rounding to float32, then at most one float32 step.
 */
export interface IncrementalConv {
  readonly plan: ConvPlan;
  /** The input tensor it was made for (its values may change, channel by channel). */
  readonly input: Tensor;
  /** The output, [Cout, Hout, Wout]: `sums` rounded to float32. */
  readonly out: Tensor;
  /** conv(input, weights) as Float64, for the input and weights last seen. */
  readonly sums: Float64Array;
  /** The weights and input the sums were computed for. */
  readonly weightsSeen: Float32Array;
  readonly inputSeen: Float32Array;
  /** Largest |value| of each input channel last seen. */
  readonly inputMax: Float64Array;
  /** Per output map: its largest |sum|, and a bound on the rounding its deltas added. */
  readonly mapMax: Float64Array;
  readonly drift: Float64Array;
}

/** What changed since the last update: filters of the weights, channels of the input. */
export interface ConvEdit {
  filters?: readonly number[];
  inputChannels?: readonly number[];
}

/** Relative rounding of one double operation, doubled to cover the product and the sum. */
const ROUNDING = 2 ** -52;
const DRIFT_LIMIT = 2 ** -36;

/**
 * Computes conv(input, weights) into `out` like conv2dInto (same checks, same numbers) and
 * keeps what later updates need. `out` is written; input and weights are copied.
 */
export function createIncrementalConv(
  input: Tensor,
  weights: Tensor,
  options: Conv2dOptions | undefined,
  out: Tensor,
): IncrementalConv {
  const plan = checkedPlan(input, weights, undefined, options);
  checkOutput(plan, out);
  const plane = plan.h * plan.w;
  const conv: IncrementalConv = {
    plan,
    input,
    out,
    sums: new Float64Array(out.data.length),
    weightsSeen: weights.data.slice(),
    inputSeen: input.data.slice(),
    inputMax: new Float64Array(plan.cin),
    mapMax: new Float64Array(plan.cout),
    drift: new Float64Array(plan.cout),
  };
  for (let c = 0; c < plan.cin; c++) {
    conv.inputMax[c] = largestAbs(input.data, c * plane, (c + 1) * plane);
  }
  recompute(conv, input.data, allChannels(plan.cout));
  return conv;
}

/**
 * Brings `conv.out` up to date after the listed filters of `weights` and channels of `input`
 * changed (anything else must be as last seen; shapes as at creation).
 *
 * @returns the output channels that were rewritten
 * @throws RangeError for a non-finite value or a sum too large for float32, like conv2d;
 *   the object is then inconsistent and must be created again
 */
export function updateIncrementalConv(
  conv: IncrementalConv,
  input: Tensor,
  weights: Tensor,
  edit: ConvEdit,
): number[] {
  const touched = new Set<number>();
  const exact = new Set<number>();
  // Input deltas first, with the weights the sums were made with; then the weight deltas,
  // with the new input. Each step keeps sums = conv(input seen, weights seen).
  for (const c of edit.inputChannels ?? []) {
    for (const o of applyInputDelta(conv, input.data, c, exact)) touched.add(o);
  }
  for (const o of edit.filters ?? []) {
    if (applyWeightDeltas(conv, input.data, weights.data, o, exact)) touched.add(o);
  }
  for (const o of touched) {
    if (exact.has(o)) continue;
    writeMap(conv, o);
    if (conv.drift[o] > DRIFT_LIMIT * conv.mapMax[o]) exact.add(o);
  }
  if (exact.size > 0) recompute(conv, input.data, [...exact]);
  return [...new Set([...touched, ...exact])].sort((a, b) => a - b);
}

function allChannels(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}

function largestAbs(data: ArrayLike<number>, start: number, end: number): number {
  let largest = 0;
  for (let i = start; i < end; i++) largest = Math.max(largest, Math.abs(data[i]));
  return largest;
}

/** Exact sums of the listed maps from the input and the weights seen, then float32. */
function recompute(conv: IncrementalConv, input: Float32Array, maps: number[]): void {
  const { sums } = conv;
  accumulate(conv.plan, input, conv.weightsSeen, maps, (_, start, acc, len) => {
    sums.set(acc.subarray(0, len), start);
  });
  for (const o of maps) {
    conv.drift[o] = 0;
    writeMap(conv, o);
  }
}

function writeMap(conv: IncrementalConv, o: number): void {
  const plane = conv.plan.hout * conv.plan.wout;
  const { sums } = conv;
  const out = conv.out.data;
  let largest = 0;
  for (let i = o * plane, end = i + plane; i < end; i++) {
    out[i] = sums[i];
    largest = Math.max(largest, Math.abs(sums[i]));
  }
  if (largest > FLOAT32_MAX) throw tooLargeError(o, largest);
  conv.mapMax[o] = largest;
}

/**
 * Adds w[·, c] ∗ (input[c] − input seen[c]) to every map. Maps that could overflow are put
 * in `exact` instead, to be recomputed. Returns the maps that changed.
 */
function applyInputDelta(
  conv: IncrementalConv,
  input: Float32Array,
  c: number,
  exact: Set<number>,
): number[] {
  const { plan, inputSeen } = conv;
  const plane = plan.h * plan.w;
  assertFinite(input, "The input", c * plane, (c + 1) * plane);
  const delta = new Float64Array(plane);
  let largest = 0;
  for (let i = 0, at = c * plane; i < plane; i++, at++) {
    delta[i] = input[at] - inputSeen[at];
    largest = Math.max(largest, Math.abs(delta[i]));
  }
  if (largest === 0) return [];
  const taps = plan.kh * plan.kw;
  const column = new Float32Array(plan.cout * taps);
  for (let o = 0; o < plan.cout; o++) {
    const from = (o * plan.cin + c) * taps;
    column.set(conv.weightsSeen.subarray(from, from + taps), o * taps);
  }
  const { sums, drift, mapMax } = conv;
  accumulate({ ...plan, cin: 1 }, delta, column, allChannels(plan.cout), (_o, start, acc, len) => {
    for (let i = 0; i < len; i++) sums[start + i] += acc[i];
  });
  for (let o = 0; o < plan.cout; o++) {
    const step = largestAbs(column, o * taps, (o + 1) * taps) * taps * largest;
    drift[o] += ROUNDING * (mapMax[o] + 2 * step);
    if (mapMax[o] + step > FLOAT32_MAX) exact.add(o);
  }
  inputSeen.set(input.subarray(c * plane, (c + 1) * plane), c * plane);
  conv.inputMax[c] = largestAbs(input, c * plane, (c + 1) * plane);
  return allChannels(plan.cout);
}

/**
 * Applies the cells of filter o that differ from the weights seen, each as one shifted
 * input channel added to map o, or puts o in `exact` when recomputing is cheaper or the
 * map could overflow. Returns whether filter o changed.
 */
function applyWeightDeltas(
  conv: IncrementalConv,
  input: Float32Array,
  weights: Float32Array,
  o: number,
  exact: Set<number>,
): boolean {
  const { plan, weightsSeen } = conv;
  const size = plan.cin * plan.kh * plan.kw;
  const cells: number[] = [];
  for (let t = o * size; t < (o + 1) * size; t++) if (weights[t] !== weightsSeen[t]) cells.push(t);
  if (cells.length === 0) return false;
  assertFinite(weights, "The weights");
  // A full map costs about a quarter of a shifted pass per cell (four filters per input value).
  let cheaper = cells.length * 4 <= size;
  let step = 0;
  for (const t of cells) {
    const c = Math.floor(t / (plan.kh * plan.kw)) % plan.cin;
    step += Math.abs(weights[t] - weightsSeen[t]) * conv.inputMax[c];
  }
  if (conv.mapMax[o] + step > FLOAT32_MAX) cheaper = false;
  if (cheaper) {
    for (const t of cells) addShiftedChannel(conv, input, t, weights[t] - weightsSeen[t]);
    conv.drift[o] += ROUNDING * (conv.mapMax[o] + 2 * step);
  } else {
    exact.add(o);
  }
  weightsSeen.set(weights.subarray(o * size, (o + 1) * size), o * size);
  return true;
}

/** sums[o] += Δ · input channel c shifted by kernel cell (i, j), for weight index t. */
function addShiftedChannel(
  conv: IncrementalConv,
  input: Float32Array,
  t: number,
  delta: number,
): void {
  const { cin, h, w, kh, kw, stride, dilation, padTop, padLeft, hout, wout } = conv.plan;
  const j = t % kw;
  const i = Math.floor(t / kw) % kh;
  const c = Math.floor(t / (kw * kh)) % cin;
  const o = Math.floor(t / (kw * kh * cin));
  // Output (y, x) reads input (y·stride + dy, x·stride + dx); outside the input it reads 0.
  const dy = i * dilation - padTop;
  const dx = j * dilation - padLeft;
  const y0 = Math.max(0, Math.ceil(-dy / stride));
  const y1 = Math.min(hout, Math.floor((h - 1 - dy) / stride) + 1);
  const x0 = Math.max(0, Math.ceil(-dx / stride));
  const x1 = Math.min(wout, Math.floor((w - 1 - dx) / stride) + 1);
  const sums = conv.sums;
  for (let y = y0; y < y1; y++) {
    const from = (c * h + y * stride + dy) * w + dx;
    const to = (o * hout + y) * wout;
    for (let x = x0, p = from + x0 * stride; x < x1; x++, p += stride) {
      sums[to + x] += delta * input[p];
    }
  }
}
