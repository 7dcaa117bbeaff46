import { outputSize, resolvePadding, type Padding } from "./shape";
import { assertFinite, channelIndices, formatShape, type Tensor } from "./tensor";

/** Options of a 2-D convolution; all apply equally to rows and columns. */
export interface Conv2dOptions {
  /** Step between output positions, in input pixels. Whole number ≥ 1; default 1. */
  stride?: number;
  /**
   * Zero rows/columns added on each side (whole number ≥ 0), 'valid' (= 0) or 'same'
   * (output as large as the input; stride 1 and odd kernels only). Default 0.
   */
  padding?: Padding;
  /** Spacing between kernel taps, in input pixels. Whole number ≥ 1; default 1. */
  dilation?: number;
}

/** Everything the kernels need, derived once from the shapes and options. */
export interface ConvPlan {
  cin: number;
  h: number;
  w: number;
  cout: number;
  kh: number;
  kw: number;
  stride: number;
  dilation: number;
  padTop: number;
  padLeft: number;
  hout: number;
  wout: number;
}

const GROUP = 4;
/** The largest finite float32. */
export const FLOAT32_MAX = 3.4028234663852886e38;

/** The geometry of a convolution; throws RangeError like conv2d when the shapes do not fit. */
export function planConv(
  inputShape: readonly number[],
  weightShape: readonly number[],
  options: Conv2dOptions,
): ConvPlan {
  if (inputShape.length !== 3) {
    throw new RangeError(
      `The input must have shape [channels, height, width], got ${formatShape(inputShape)}.`,
    );
  }
  if (weightShape.length !== 4) {
    throw new RangeError(
      `The weights must have shape [filters, channels, kernel height, kernel width], got ${formatShape(weightShape)}.`,
    );
  }
  const [cin, h, w] = inputShape;
  const [cout, wcin, kh, kw] = weightShape;
  if (wcin !== cin) {
    throw new RangeError(
      `The filters expect ${wcin} input channel${wcin === 1 ? "" : "s"}, but the input has ${cin}.`,
    );
  }
  const stride = options.stride ?? 1;
  const dilation = options.dilation ?? 1;
  for (const [name, value] of [
    ["stride", stride],
    ["dilation", dilation],
  ] as const) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
      throw new RangeError(`The ${name} must be a whole number ≥ 1, got ${String(value)}.`);
    }
  }
  const padding = options.padding ?? 0;
  const padTop = resolvePadding(padding, kh, stride, dilation);
  const padLeft = resolvePadding(padding, kw, stride, dilation);
  const spanH = dilation * (kh - 1) + 1;
  const spanW = dilation * (kw - 1) + 1;
  if (spanH > h + 2 * padTop || spanW > w + 2 * padLeft) {
    const dilated = dilation > 1 ? ` (spanning ${spanH}×${spanW} with dilation ${dilation})` : "";
    throw new RangeError(
      `The ${kh}×${kw} kernel${dilated} is larger than the ${h + 2 * padTop}×${w + 2 * padLeft} padded input.`,
    );
  }
  return {
    cin,
    h,
    w,
    cout,
    kh,
    kw,
    stride,
    dilation,
    padTop,
    padLeft,
    hout: outputSize(h, kh, stride, padTop, dilation),
    wout: outputSize(w, kw, stride, padLeft, dilation),
  };
}

/** The plan, after checking data lengths and that every value is finite. */
export function checkedPlan(
  input: Tensor,
  weights: Tensor,
  bias: ArrayLike<number> | undefined,
  options: Conv2dOptions | undefined,
): ConvPlan {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new TypeError("conv2d options must be an object like { stride, padding, dilation }.");
  }
  const plan = planConv(input.shape, weights.shape, options ?? {});
  if (input.data.length !== plan.cin * plan.h * plan.w) {
    throw new RangeError(
      `The input data has ${input.data.length} numbers but its shape ${formatShape(input.shape)} needs ${plan.cin * plan.h * plan.w}.`,
    );
  }
  if (weights.data.length !== plan.cout * plan.cin * plan.kh * plan.kw) {
    throw new RangeError(
      `The weight data has ${weights.data.length} numbers but its shape ${formatShape(weights.shape)} needs ${plan.cout * plan.cin * plan.kh * plan.kw}.`,
    );
  }
  if (bias !== undefined && bias.length !== plan.cout) {
    throw new RangeError(
      `There are ${plan.cout} filters but ${bias.length} biases; give one bias per filter.`,
    );
  }
  assertFinite(input, "The input");
  assertFinite(weights, "The weights");
  if (bias !== undefined) assertFinite(bias, "The bias");
  return plan;
}

/**
 * Shape [Cout, Hout, Wout] of conv2d's output for an input of shape [Cin, H, W] and
 * weights of shape [Cout, Cin, kh, kw]. Throws like conv2d when they do not fit.
 */
export function conv2dOutputShape(
  inputShape: readonly number[],
  weightShape: readonly number[],
  options: Conv2dOptions = {},
): [number, number, number] {
  const plan = planConv(inputShape, weightShape, options);
  return [plan.cout, plan.hout, plan.wout];
}

/**
 * 2-D convolution as CNN libraries define it (PyTorch, TensorFlow): cross-correlation,
 * the kernel is not flipped. out[o, y, x] = bias[o] + Σ_c Σ_i Σ_j
 * w[o, c, i, j] · in[c, y·stride + i·dilation − pad, x·stride + j·dilation − pad],
 * with zeros outside the input.
 *
 * @param input [Cin, H, W]
 * @param weights [Cout, Cin, kh, kw]; any kernel size
 * @param bias [Cout]; omitted means no bias
 * @param options stride 1, padding 0, dilation 1 by default
 * @returns a new tensor [Cout, Hout, Wout] (see outputSize)
 * @throws RangeError or TypeError, with a message for a human, when shapes disagree,
 *   an option is invalid, the kernel does not fit, a value is not finite, or a result
 *   is too large for float32 (so the output never holds NaN or ±Infinity)
 */
export function conv2d(
  input: Tensor,
  weights: Tensor,
  bias?: ArrayLike<number>,
  options?: Conv2dOptions,
): Tensor {
  const plan = checkedPlan(input, weights, bias, options);
  const out: Tensor = {
    shape: [plan.cout, plan.hout, plan.wout],
    data: new Float32Array(plan.cout * plan.hout * plan.wout),
  };
  convolve(plan, input.data, weights.data, bias, channelIndices(plan.cout), out.data);
  return out;
}

/**
 * Like conv2d, but writes into an existing output tensor and recomputes only the listed
 * output channels (all by default), leaving the others untouched. Used to update a
 * network after one filter changes.
 *
 * @param out [Cout, Hout, Wout], the shape conv2d would return
 * @param outChannels indices into Cout; duplicates are computed once
 * @throws like conv2d; all checks run before anything is written, except the float32
 *   overflow check, after which the listed channels may be partly written
 */
export function conv2dInto(
  input: Tensor,
  weights: Tensor,
  bias: ArrayLike<number> | undefined,
  options: Conv2dOptions | undefined,
  out: Tensor,
  outChannels?: readonly number[],
): void {
  const plan = checkedPlan(input, weights, bias, options);
  checkOutput(plan, out);
  const channels = channelIndices(plan.cout, outChannels);
  if (channels.length === 0) return;
  convolve(plan, input.data, weights.data, bias, channels, out.data);
}

/** Throws RangeError unless `out` has the shape [Cout, Hout, Wout] of the plan. */
export function checkOutput(plan: ConvPlan, out: Tensor): void {
  const expected = [plan.cout, plan.hout, plan.wout];
  if (
    out.shape.length !== 3 ||
    out.shape.some((d, i) => d !== expected[i]) ||
    out.data.length !== plan.cout * plan.hout * plan.wout
  ) {
    throw new RangeError(
      `The output tensor has shape ${formatShape(out.shape)} but this convolution produces ${formatShape(expected)}.`,
    );
  }
}

/** The message when a sum does not fit in a float32. */
export function tooLargeError(o: number, largest: number): RangeError {
  return new RangeError(
    `Output channel ${o} reaches ${largest.toExponential(2)}, too large for 32-bit floats; use smaller inputs or weights.`,
  );
}

/** A sink that adds the bias and stores the sums as float32, refusing any that overflow. */
function roundInto(out: Float32Array, bias: ArrayLike<number> | undefined): SumSink {
  return (o, start, sums, len) => {
    const b = bias === undefined ? 0 : bias[o];
    let largest = 0;
    for (let i = 0; i < len; i++) {
      const v = sums[i] + b;
      out[start + i] = v;
      largest = Math.max(largest, Math.abs(v));
    }
    // Float64 sums of float32 values cannot overflow, but storing them as float32 can.
    if (largest > FLOAT32_MAX) throw tooLargeError(o, largest);
  };
}

/** The listed channels of the output, without accumulators when possible. */
function convolve(
  plan: ConvPlan,
  src: ArrayLike<number>,
  weights: Float32Array,
  bias: ArrayLike<number> | undefined,
  channels: readonly number[],
  out: Float32Array,
): void {
  if (!convolveDirect(plan, src, weights, bias, channels, out)) {
    accumulate(plan, src, weights, channels, roundInto(out, bias));
  }
}

/**
 * One input channel and a 3×3 kernel with stride 1 and dilation 1 (a first layer on a gray
 * image): each output value is one sum of nine products, so it is stored as float32 at once,
 * with no accumulators to clear, add into and copy out (40 % of the time of 1×28×28 → 8). That
 * skips the float32 overflow check, so this path runs only when no sum can come near the
 * limit; accumulate checks every value otherwise. Returns whether it ran.
 */
function convolveDirect(
  plan: ConvPlan,
  src: ArrayLike<number>,
  weights: Float32Array,
  bias: ArrayLike<number> | undefined,
  channels: readonly number[],
  out: Float32Array,
): boolean {
  const { cin, h, w, kh, kw, stride, dilation, padTop, padLeft, hout, wout } = plan;
  if (cin !== 1 || kh !== 3 || kw !== 3 || stride !== 1 || dilation !== 1) return false;
  const wp = w + 2 * padLeft;
  const padded = scratchOf((h + 2 * padTop) * wp);
  const largest = padInput(plan, src, padded);
  for (const o of channels) {
    let bound = bias === undefined ? 0 : Math.abs(bias[o]);
    for (let t = 0; t < 9; t++) bound += Math.abs(weights[9 * o + t]) * largest;
    // Half the limit leaves room for any rounding of the nine products and their sum.
    if (!(bound <= FLOAT32_MAX / 2)) return false;
  }
  const plane = hout * wout;
  // + 0 turns a −0 bias into +0: added to a −0 sum it would give −0, where accumulate's
  // sums, started from +0, give +0.
  const shift = (o: number) => (bias === undefined ? 0 : bias[o]) + 0;
  let g = 0;
  for (; g + GROUP <= channels.length; g += GROUP) {
    const [o0, o1, o2, o3] = channels.slice(g, g + GROUP);
    conv3x3Group4Direct(
      padded,
      wp,
      hout,
      wout,
      weights,
      out,
      [9 * o0, 9 * o1, 9 * o2, 9 * o3],
      [o0 * plane, o1 * plane, o2 * plane, o3 * plane],
      [shift(o0), shift(o1), shift(o2), shift(o3)],
    );
  }
  for (; g < channels.length; g++) {
    const o = channels[g];
    conv3x3SingleDirect(padded, wp, hout, wout, weights, out, 9 * o, o * plane, shift(o));
  }
  return true;
}

/**
 * Buffers reused from call to call (allocating and zeroing them anew took a fifth of the
 * time on small inputs): the padded input, then the accumulators. No call nests in another.
 */
let scratch = new Float64Array(0);

function scratchOf(length: number): Float64Array {
  if (scratch.length < length) scratch = new Float64Array(Math.max(length, 2 * scratch.length));
  return scratch;
}

/**
 * The input with its zero border, as Float64 so the inner loops do no float32
 * conversions, and so no tap ever needs a bounds test. Written into `to`. Returns the
 * largest magnitude in the input, for convolveDirect's bound: a pass of its own took a
 * sixth of the time of 1×256×256 → 1.
 */
function padInput(plan: ConvPlan, src: ArrayLike<number>, to: Float64Array): number {
  const { cin, h, w, padTop, padLeft } = plan;
  const hp = h + 2 * padTop;
  const wp = w + 2 * padLeft;
  if (padTop > 0 || padLeft > 0) to.fill(0, 0, cin * hp * wp);
  // Branches rarely taken, rather than a chain of Math.max through every value.
  let high = 0;
  let low = 0;
  for (let c = 0; c < cin; c++) {
    for (let y = 0; y < h; y++) {
      const from = (c * h + y) * w;
      const at = (c * hp + y + padTop) * wp + padLeft;
      for (let x = 0; x < w; x++) {
        const v = src[from + x];
        to[at + x] = v;
        if (v > high) high = v;
        else if (v < low) low = v;
      }
    }
  }
  return Math.max(high, -low);
}

/** Output pixels per block: the Float64 accumulators of one block (4 × 8 KiB) stay in cache. */
const BLOCK = 1024;

/**
 * Receives the finished Float64 sums of one block of output channel `o`: `len` values
 * that belong at `start` onwards in the [Cout, Hout, Wout] output.
 */
export type SumSink = (o: number, start: number, sums: Float64Array, len: number) => void;

/**
 * Output channels are computed GROUP at a time, so each input value loaded serves GROUP
 * filters; output rows are taken in blocks whose partial sums (summed over input
 * channels) live in Float64 accumulators, handed to `sink` when complete. Kernel weights
 * are read once per block and input channel, never in the inner loop. 3×3 kernels sum all
 * nine taps in one pass, and with stride 1 and dilation 1 slide along two rows at a time.
 * No checks: callers check shapes and values first.
 */
export function accumulate(
  plan: ConvPlan,
  src: ArrayLike<number>,
  weights: Float32Array,
  channels: readonly number[],
  sink: SumSink,
): void {
  const { cin, h, w, kh, kw, stride, padTop, padLeft, hout, wout } = plan;
  const hp = h + 2 * padTop;
  const wp = w + 2 * padLeft;
  const rowsPerBlock = Math.max(1, Math.floor(BLOCK / wout));
  const paddedLength = cin * hp * wp;
  const blockLength = rowsPerBlock * wout;
  const buffer = scratchOf(paddedLength + GROUP * blockLength);
  const padded = buffer.subarray(0, paddedLength);
  padInput(plan, src, padded);
  const acc = [0, 1, 2, 3].map((k) =>
    buffer.subarray(paddedLength + k * blockLength, paddedLength + (k + 1) * blockLength),
  );
  const taps = kh * kw;
  const threeByThree = kh === 3 && kw === 3;
  const sliding = threeByThree && stride === 1 && plan.dilation === 1;
  const view: KernelView = {
    src: padded,
    base: 0,
    rows: 0,
    wout,
    rowStep: stride * wp,
    stride,
    dilation: plan.dilation,
    wp,
    weights,
  };

  for (let g = 0; g < channels.length; g += GROUP) {
    const group = channels.slice(g, g + GROUP);
    const n = group.length;
    for (let oy0 = 0; oy0 < hout; oy0 += rowsPerBlock) {
      view.rows = Math.min(rowsPerBlock, hout - oy0);
      const len = view.rows * wout;
      for (let k = 0; k < n; k++) acc[k].fill(0, 0, len);
      for (let c = 0; c < cin; c++) {
        view.base = (c * hp + oy0 * stride) * wp;
        if (n === GROUP) {
          const w0 = (group[0] * cin + c) * taps;
          const w1 = (group[1] * cin + c) * taps;
          const w2 = (group[2] * cin + c) * taps;
          const w3 = (group[3] * cin + c) * taps;
          if (sliding) conv3x3Group4Sliding(view, w0, w1, w2, w3, acc[0], acc[1], acc[2], acc[3]);
          else if (threeByThree)
            conv3x3Group4(view, w0, w1, w2, w3, acc[0], acc[1], acc[2], acc[3]);
          else convGroup4(view, kh, kw, w0, w1, w2, w3, acc[0], acc[1], acc[2], acc[3]);
        } else {
          for (let k = 0; k < n; k++) {
            const wk = (group[k] * cin + c) * taps;
            if (sliding) conv3x3SingleSliding(view, wk, acc[k]);
            else if (threeByThree) conv3x3Single(view, wk, acc[k]);
            else convSingle(view, kh, kw, wk, acc[k]);
          }
        }
      }
      for (let k = 0; k < n; k++) sink(group[k], (group[k] * hout + oy0) * wout, acc[k], len);
    }
  }
}

/** A block of output rows of one input channel: where to read and how to step. */
interface KernelView {
  src: Float64Array;
  /** Index in src of the top-left tap of the block's first output pixel. */
  base: number;
  rows: number;
  wout: number;
  /** src step between output rows: stride · padded width. */
  rowStep: number;
  stride: number;
  dilation: number;
  /** Padded input width. */
  wp: number;
  weights: Float32Array;
}

// Hand-laid-out so the 36 weights stay in locals and each input value is loaded once.
// prettier-ignore
function conv3x3Group4(
  v: KernelView, i0: number, i1: number, i2: number, i3: number,
  acc0: Float64Array, acc1: Float64Array, acc2: Float64Array, acc3: Float64Array,
): void {
  const { src, rows, wout, rowStep, stride, weights: k } = v;
  const d = v.dilation, d2 = 2 * d, row1 = d * v.wp, row2 = 2 * row1;
  const a00 = k[i0], a01 = k[i0 + 1], a02 = k[i0 + 2], a10 = k[i0 + 3], a11 = k[i0 + 4], a12 = k[i0 + 5], a20 = k[i0 + 6], a21 = k[i0 + 7], a22 = k[i0 + 8];
  const b00 = k[i1], b01 = k[i1 + 1], b02 = k[i1 + 2], b10 = k[i1 + 3], b11 = k[i1 + 4], b12 = k[i1 + 5], b20 = k[i1 + 6], b21 = k[i1 + 7], b22 = k[i1 + 8];
  const c00 = k[i2], c01 = k[i2 + 1], c02 = k[i2 + 2], c10 = k[i2 + 3], c11 = k[i2 + 4], c12 = k[i2 + 5], c20 = k[i2 + 6], c21 = k[i2 + 7], c22 = k[i2 + 8];
  const e00 = k[i3], e01 = k[i3 + 1], e02 = k[i3 + 2], e10 = k[i3 + 3], e11 = k[i3 + 4], e12 = k[i3 + 5], e20 = k[i3 + 6], e21 = k[i3 + 7], e22 = k[i3 + 8];
  let j = 0;
  for (let y = 0; y < rows; y++) {
    for (let x = 0, p = v.base + y * rowStep; x < wout; x++, p += stride, j++) {
      const q = p + row1, r = p + row2;
      const x00 = src[p], x01 = src[p + d], x02 = src[p + d2];
      const x10 = src[q], x11 = src[q + d], x12 = src[q + d2];
      const x20 = src[r], x21 = src[r + d], x22 = src[r + d2];
      acc0[j] += a00 * x00 + a01 * x01 + a02 * x02 + a10 * x10 + a11 * x11 + a12 * x12 + a20 * x20 + a21 * x21 + a22 * x22;
      acc1[j] += b00 * x00 + b01 * x01 + b02 * x02 + b10 * x10 + b11 * x11 + b12 * x12 + b20 * x20 + b21 * x21 + b22 * x22;
      acc2[j] += c00 * x00 + c01 * x01 + c02 * x02 + c10 * x10 + c11 * x11 + c12 * x12 + c20 * x20 + c21 * x21 + c22 * x22;
      acc3[j] += e00 * x00 + e01 * x01 + e02 * x02 + e10 * x10 + e11 * x11 + e12 * x12 + e20 * x20 + e21 * x21 + e22 * x22;
    }
  }
}

// As conv3x3Group4 for stride 1 and dilation 1, where the next pixel's 3×3 window shares two
// columns with this one: they stay in locals, and only the new column is loaded. Two output
// rows at a time share the two input rows between them.
// prettier-ignore
function conv3x3Group4Sliding(
  v: KernelView, i0: number, i1: number, i2: number, i3: number,
  acc0: Float64Array, acc1: Float64Array, acc2: Float64Array, acc3: Float64Array,
): void {
  const { src, rows, wout, wp, weights: k } = v;
  const a00 = k[i0], a01 = k[i0 + 1], a02 = k[i0 + 2], a10 = k[i0 + 3], a11 = k[i0 + 4], a12 = k[i0 + 5], a20 = k[i0 + 6], a21 = k[i0 + 7], a22 = k[i0 + 8];
  const b00 = k[i1], b01 = k[i1 + 1], b02 = k[i1 + 2], b10 = k[i1 + 3], b11 = k[i1 + 4], b12 = k[i1 + 5], b20 = k[i1 + 6], b21 = k[i1 + 7], b22 = k[i1 + 8];
  const c00 = k[i2], c01 = k[i2 + 1], c02 = k[i2 + 2], c10 = k[i2 + 3], c11 = k[i2 + 4], c12 = k[i2 + 5], c20 = k[i2 + 6], c21 = k[i2 + 7], c22 = k[i2 + 8];
  const e00 = k[i3], e01 = k[i3 + 1], e02 = k[i3 + 2], e10 = k[i3 + 3], e11 = k[i3 + 4], e12 = k[i3 + 5], e20 = k[i3 + 6], e21 = k[i3 + 7], e22 = k[i3 + 8];
  let y = 0;
  for (; y + 1 < rows; y += 2) {
    const p = v.base + y * wp, q = p + wp, r = q + wp, t = r + wp;
    let x00 = src[p], x10 = src[q], x20 = src[r], x30 = src[t];
    let x01 = src[p + 1], x11 = src[q + 1], x21 = src[r + 1], x31 = src[t + 1];
    for (let x = 2, j = y * wout, end = wout + 2; x < end; x++, j++) {
      const x02 = src[p + x], x12 = src[q + x], x22 = src[r + x], x32 = src[t + x];
      const n = j + wout;
      acc0[j] += a00 * x00 + a01 * x01 + a02 * x02 + a10 * x10 + a11 * x11 + a12 * x12 + a20 * x20 + a21 * x21 + a22 * x22;
      acc0[n] += a00 * x10 + a01 * x11 + a02 * x12 + a10 * x20 + a11 * x21 + a12 * x22 + a20 * x30 + a21 * x31 + a22 * x32;
      acc1[j] += b00 * x00 + b01 * x01 + b02 * x02 + b10 * x10 + b11 * x11 + b12 * x12 + b20 * x20 + b21 * x21 + b22 * x22;
      acc1[n] += b00 * x10 + b01 * x11 + b02 * x12 + b10 * x20 + b11 * x21 + b12 * x22 + b20 * x30 + b21 * x31 + b22 * x32;
      acc2[j] += c00 * x00 + c01 * x01 + c02 * x02 + c10 * x10 + c11 * x11 + c12 * x12 + c20 * x20 + c21 * x21 + c22 * x22;
      acc2[n] += c00 * x10 + c01 * x11 + c02 * x12 + c10 * x20 + c11 * x21 + c12 * x22 + c20 * x30 + c21 * x31 + c22 * x32;
      acc3[j] += e00 * x00 + e01 * x01 + e02 * x02 + e10 * x10 + e11 * x11 + e12 * x12 + e20 * x20 + e21 * x21 + e22 * x22;
      acc3[n] += e00 * x10 + e01 * x11 + e02 * x12 + e10 * x20 + e11 * x21 + e12 * x22 + e20 * x30 + e21 * x31 + e22 * x32;
      x00 = x01; x01 = x02; x10 = x11; x11 = x12; x20 = x21; x21 = x22; x30 = x31; x31 = x32;
    }
  }
  if (y < rows) {
    const p = v.base + y * wp, q = p + wp, r = q + wp;
    let x00 = src[p], x10 = src[q], x20 = src[r];
    let x01 = src[p + 1], x11 = src[q + 1], x21 = src[r + 1];
    for (let x = 2, j = y * wout, end = wout + 2; x < end; x++, j++) {
      const x02 = src[p + x], x12 = src[q + x], x22 = src[r + x];
      acc0[j] += a00 * x00 + a01 * x01 + a02 * x02 + a10 * x10 + a11 * x11 + a12 * x12 + a20 * x20 + a21 * x21 + a22 * x22;
      acc1[j] += b00 * x00 + b01 * x01 + b02 * x02 + b10 * x10 + b11 * x11 + b12 * x12 + b20 * x20 + b21 * x21 + b22 * x22;
      acc2[j] += c00 * x00 + c01 * x01 + c02 * x02 + c10 * x10 + c11 * x11 + c12 * x12 + c20 * x20 + c21 * x21 + c22 * x22;
      acc3[j] += e00 * x00 + e01 * x01 + e02 * x02 + e10 * x10 + e11 * x11 + e12 * x12 + e20 * x20 + e21 * x21 + e22 * x22;
      x00 = x01; x01 = x02; x10 = x11; x11 = x12; x20 = x21; x21 = x22;
    }
  }
}

// As conv3x3Group4Sliding, for one filter (the last filters when Cout is no multiple of 4).
// prettier-ignore
function conv3x3SingleSliding(v: KernelView, i0: number, acc: Float64Array): void {
  const { src, rows, wout, wp, weights: k } = v;
  const a00 = k[i0], a01 = k[i0 + 1], a02 = k[i0 + 2], a10 = k[i0 + 3], a11 = k[i0 + 4], a12 = k[i0 + 5], a20 = k[i0 + 6], a21 = k[i0 + 7], a22 = k[i0 + 8];
  let y = 0;
  for (; y + 1 < rows; y += 2) {
    const p = v.base + y * wp, q = p + wp, r = q + wp, t = r + wp;
    let x00 = src[p], x10 = src[q], x20 = src[r], x30 = src[t];
    let x01 = src[p + 1], x11 = src[q + 1], x21 = src[r + 1], x31 = src[t + 1];
    for (let x = 2, j = y * wout, end = wout + 2; x < end; x++, j++) {
      const x02 = src[p + x], x12 = src[q + x], x22 = src[r + x], x32 = src[t + x];
      acc[j] += a00 * x00 + a01 * x01 + a02 * x02 + a10 * x10 + a11 * x11 + a12 * x12 + a20 * x20 + a21 * x21 + a22 * x22;
      acc[j + wout] += a00 * x10 + a01 * x11 + a02 * x12 + a10 * x20 + a11 * x21 + a12 * x22 + a20 * x30 + a21 * x31 + a22 * x32;
      x00 = x01; x01 = x02; x10 = x11; x11 = x12; x20 = x21; x21 = x22; x30 = x31; x31 = x32;
    }
  }
  if (y < rows) {
    const p = v.base + y * wp, q = p + wp, r = q + wp;
    let x00 = src[p], x10 = src[q], x20 = src[r];
    let x01 = src[p + 1], x11 = src[q + 1], x21 = src[r + 1];
    for (let x = 2, j = y * wout, end = wout + 2; x < end; x++, j++) {
      const x02 = src[p + x], x12 = src[q + x], x22 = src[r + x];
      acc[j] += a00 * x00 + a01 * x01 + a02 * x02 + a10 * x10 + a11 * x11 + a12 * x12 + a20 * x20 + a21 * x21 + a22 * x22;
      x00 = x01; x01 = x02; x10 = x11; x11 = x12; x20 = x21; x21 = x22;
    }
  }
}

// prettier-ignore
function conv3x3Single(v: KernelView, i0: number, acc: Float64Array): void {
  const { src, rows, wout, rowStep, stride, weights: k } = v;
  const d = v.dilation, d2 = 2 * d, row1 = d * v.wp, row2 = 2 * row1;
  const a00 = k[i0], a01 = k[i0 + 1], a02 = k[i0 + 2], a10 = k[i0 + 3], a11 = k[i0 + 4], a12 = k[i0 + 5], a20 = k[i0 + 6], a21 = k[i0 + 7], a22 = k[i0 + 8];
  let j = 0;
  for (let y = 0; y < rows; y++) {
    for (let x = 0, p = v.base + y * rowStep; x < wout; x++, p += stride, j++) {
      const q = p + row1, r = p + row2;
      acc[j] +=
        a00 * src[p] + a01 * src[p + d] + a02 * src[p + d2] +
        a10 * src[q] + a11 * src[q + d] + a12 * src[q + d2] +
        a20 * src[r] + a21 * src[r + d] + a22 * src[r + d2];
    }
  }
}

/** Any kernel size: one tap at a time, four filters per input value loaded. */
function convGroup4(
  v: KernelView,
  kh: number,
  kw: number,
  i0: number,
  i1: number,
  i2: number,
  i3: number,
  acc0: Float64Array,
  acc1: Float64Array,
  acc2: Float64Array,
  acc3: Float64Array,
): void {
  const { src, rows, wout, rowStep, stride, dilation, wp, weights } = v;
  for (let t = 0; t < kh * kw; t++) {
    const w0 = weights[i0 + t],
      w1 = weights[i1 + t],
      w2 = weights[i2 + t],
      w3 = weights[i3 + t];
    const tapOffset = v.base + Math.floor(t / kw) * dilation * wp + (t % kw) * dilation;
    let j = 0;
    for (let y = 0; y < rows; y++) {
      for (let x = 0, p = tapOffset + y * rowStep; x < wout; x++, p += stride, j++) {
        const s = src[p];
        acc0[j] += w0 * s;
        acc1[j] += w1 * s;
        acc2[j] += w2 * s;
        acc3[j] += w3 * s;
      }
    }
  }
}

function convSingle(v: KernelView, kh: number, kw: number, i0: number, acc: Float64Array): void {
  const { src, rows, wout, rowStep, stride, dilation, wp, weights } = v;
  for (let t = 0; t < kh * kw; t++) {
    const w0 = weights[i0 + t];
    const tapOffset = v.base + Math.floor(t / kw) * dilation * wp + (t % kw) * dilation;
    let j = 0;
    for (let y = 0; y < rows; y++) {
      for (let x = 0, p = tapOffset + y * rowStep; x < wout; x++, p += stride, j++) {
        acc[j] += w0 * src[p];
      }
    }
  }
}

// As conv3x3Group4Sliding for one input channel, storing each sum plus bias into the output:
// filter k has its weights from i[k] and its output plane from at[k], and gets bias b[k].
// prettier-ignore
function conv3x3Group4Direct(
  src: Float64Array, wp: number, rows: number, wout: number, k: Float32Array, out: Float32Array,
  i: readonly number[], at: readonly number[], b: readonly number[],
): void {
  const [i0, i1, i2, i3] = i, [at0, at1, at2, at3] = at, [b0, b1, b2, b3] = b;
  const a00 = k[i0], a01 = k[i0 + 1], a02 = k[i0 + 2], a10 = k[i0 + 3], a11 = k[i0 + 4], a12 = k[i0 + 5], a20 = k[i0 + 6], a21 = k[i0 + 7], a22 = k[i0 + 8];
  const b00 = k[i1], b01 = k[i1 + 1], b02 = k[i1 + 2], b10 = k[i1 + 3], b11 = k[i1 + 4], b12 = k[i1 + 5], b20 = k[i1 + 6], b21 = k[i1 + 7], b22 = k[i1 + 8];
  const c00 = k[i2], c01 = k[i2 + 1], c02 = k[i2 + 2], c10 = k[i2 + 3], c11 = k[i2 + 4], c12 = k[i2 + 5], c20 = k[i2 + 6], c21 = k[i2 + 7], c22 = k[i2 + 8];
  const e00 = k[i3], e01 = k[i3 + 1], e02 = k[i3 + 2], e10 = k[i3 + 3], e11 = k[i3 + 4], e12 = k[i3 + 5], e20 = k[i3 + 6], e21 = k[i3 + 7], e22 = k[i3 + 8];
  let y = 0;
  for (; y + 1 < rows; y += 2) {
    const p = y * wp, q = p + wp, r = q + wp, t = r + wp;
    let x00 = src[p], x10 = src[q], x20 = src[r], x30 = src[t];
    let x01 = src[p + 1], x11 = src[q + 1], x21 = src[r + 1], x31 = src[t + 1];
    for (let x = 2, j = y * wout, end = wout + 2; x < end; x++, j++) {
      const x02 = src[p + x], x12 = src[q + x], x22 = src[r + x], x32 = src[t + x];
      const n = j + wout;
      out[at0 + j] = a00 * x00 + a01 * x01 + a02 * x02 + a10 * x10 + a11 * x11 + a12 * x12 + a20 * x20 + a21 * x21 + a22 * x22 + b0;
      out[at0 + n] = a00 * x10 + a01 * x11 + a02 * x12 + a10 * x20 + a11 * x21 + a12 * x22 + a20 * x30 + a21 * x31 + a22 * x32 + b0;
      out[at1 + j] = b00 * x00 + b01 * x01 + b02 * x02 + b10 * x10 + b11 * x11 + b12 * x12 + b20 * x20 + b21 * x21 + b22 * x22 + b1;
      out[at1 + n] = b00 * x10 + b01 * x11 + b02 * x12 + b10 * x20 + b11 * x21 + b12 * x22 + b20 * x30 + b21 * x31 + b22 * x32 + b1;
      out[at2 + j] = c00 * x00 + c01 * x01 + c02 * x02 + c10 * x10 + c11 * x11 + c12 * x12 + c20 * x20 + c21 * x21 + c22 * x22 + b2;
      out[at2 + n] = c00 * x10 + c01 * x11 + c02 * x12 + c10 * x20 + c11 * x21 + c12 * x22 + c20 * x30 + c21 * x31 + c22 * x32 + b2;
      out[at3 + j] = e00 * x00 + e01 * x01 + e02 * x02 + e10 * x10 + e11 * x11 + e12 * x12 + e20 * x20 + e21 * x21 + e22 * x22 + b3;
      out[at3 + n] = e00 * x10 + e01 * x11 + e02 * x12 + e10 * x20 + e11 * x21 + e12 * x22 + e20 * x30 + e21 * x31 + e22 * x32 + b3;
      x00 = x01; x01 = x02; x10 = x11; x11 = x12; x20 = x21; x21 = x22; x30 = x31; x31 = x32;
    }
  }
  if (y < rows) {
    const p = y * wp, q = p + wp, r = q + wp;
    let x00 = src[p], x10 = src[q], x20 = src[r];
    let x01 = src[p + 1], x11 = src[q + 1], x21 = src[r + 1];
    for (let x = 2, j = y * wout, end = wout + 2; x < end; x++, j++) {
      const x02 = src[p + x], x12 = src[q + x], x22 = src[r + x];
      out[at0 + j] = a00 * x00 + a01 * x01 + a02 * x02 + a10 * x10 + a11 * x11 + a12 * x12 + a20 * x20 + a21 * x21 + a22 * x22 + b0;
      out[at1 + j] = b00 * x00 + b01 * x01 + b02 * x02 + b10 * x10 + b11 * x11 + b12 * x12 + b20 * x20 + b21 * x21 + b22 * x22 + b1;
      out[at2 + j] = c00 * x00 + c01 * x01 + c02 * x02 + c10 * x10 + c11 * x11 + c12 * x12 + c20 * x20 + c21 * x21 + c22 * x22 + b2;
      out[at3 + j] = e00 * x00 + e01 * x01 + e02 * x02 + e10 * x10 + e11 * x11 + e12 * x12 + e20 * x20 + e21 * x21 + e22 * x22 + b3;
      x00 = x01; x01 = x02; x10 = x11; x11 = x12; x20 = x21; x21 = x22;
    }
  }
}

// As conv3x3Group4Direct, for one filter.
// prettier-ignore
function conv3x3SingleDirect(
  src: Float64Array, wp: number, rows: number, wout: number, k: Float32Array, out: Float32Array,
  i0: number, at: number, b: number,
): void {
  const a00 = k[i0], a01 = k[i0 + 1], a02 = k[i0 + 2], a10 = k[i0 + 3], a11 = k[i0 + 4], a12 = k[i0 + 5], a20 = k[i0 + 6], a21 = k[i0 + 7], a22 = k[i0 + 8];
  let y = 0;
  for (; y + 1 < rows; y += 2) {
    const p = y * wp, q = p + wp, r = q + wp, t = r + wp;
    let x00 = src[p], x10 = src[q], x20 = src[r], x30 = src[t];
    let x01 = src[p + 1], x11 = src[q + 1], x21 = src[r + 1], x31 = src[t + 1];
    for (let x = 2, j = at + y * wout, end = wout + 2; x < end; x++, j++) {
      const x02 = src[p + x], x12 = src[q + x], x22 = src[r + x], x32 = src[t + x];
      out[j] = a00 * x00 + a01 * x01 + a02 * x02 + a10 * x10 + a11 * x11 + a12 * x12 + a20 * x20 + a21 * x21 + a22 * x22 + b;
      out[j + wout] = a00 * x10 + a01 * x11 + a02 * x12 + a10 * x20 + a11 * x21 + a12 * x22 + a20 * x30 + a21 * x31 + a22 * x32 + b;
      x00 = x01; x01 = x02; x10 = x11; x11 = x12; x20 = x21; x21 = x22; x30 = x31; x31 = x32;
    }
  }
  if (y < rows) {
    const p = y * wp, q = p + wp, r = q + wp;
    let x00 = src[p], x10 = src[q], x20 = src[r];
    let x01 = src[p + 1], x11 = src[q + 1], x21 = src[r + 1];
    for (let x = 2, j = at + y * wout, end = wout + 2; x < end; x++, j++) {
      const x02 = src[p + x], x12 = src[q + x], x22 = src[r + x];
      out[j] = a00 * x00 + a01 * x01 + a02 * x02 + a10 * x10 + a11 * x11 + a12 * x12 + a20 * x20 + a21 * x21 + a22 * x22 + b;
      x00 = x01; x01 = x02; x10 = x11; x11 = x12; x20 = x21; x21 = x22;
    }
  }
}
