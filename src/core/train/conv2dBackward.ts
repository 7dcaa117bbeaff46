import { conv2dOutputShape, type Conv2dOptions } from "../conv2d";
import { resolvePadding } from "../shape";
import { formatShape, type Tensor } from "../tensor";

/** Gradients of a loss with respect to conv2d's three arguments. */
export interface Conv2dGradients {
  /** ∂L/∂input, [Cin, H, W]; absent when not asked for (the first layer needs none). */
  input?: Tensor;
  /** ∂L/∂weights, [Cout, Cin, kh, kw]. */
  weights: Tensor;
  /** ∂L/∂bias, [Cout]: the sum of the output gradient over each output channel. */
  bias: Float32Array;
}

/**
 * Backward pass of conv2d (cross-correlation): given ∂L/∂out for out = conv2d(input,
 * weights, bias, options), returns ∂L/∂weights, ∂L/∂bias and, unless `withInput` is false,
 * ∂L/∂input. Any stride, padding and dilation that conv2d accepts.
 *
 * @param gradOutput [Cout, Hout, Wout], the shape conv2d returned
 * @throws RangeError when the shapes do not fit each other (as conv2d would) or gradOutput
 *   does not have the output's shape
 */
export function conv2dBackward(
  input: Tensor,
  weights: Tensor,
  gradOutput: Tensor,
  options: Conv2dOptions = {},
  withInput = true,
): Conv2dGradients {
  const [cout, hout, wout] = conv2dOutputShape(input.shape, weights.shape, options);
  if (
    gradOutput.shape.length !== 3 ||
    [cout, hout, wout].some((d, i) => d !== gradOutput.shape[i])
  ) {
    throw new RangeError(
      `The output gradient has shape ${formatShape(gradOutput.shape)} but the convolution produces ${formatShape([cout, hout, wout])}.`,
    );
  }
  const [cin, h, w] = input.shape;
  const [, , kh, kw] = weights.shape;
  const stride = options.stride ?? 1;
  const dilation = options.dilation ?? 1;
  const padTop = resolvePadding(options.padding ?? 0, kh, stride, dilation);
  const padLeft = resolvePadding(options.padding ?? 0, kw, stride, dilation);
  const hp = h + 2 * padTop;
  const wp = w + 2 * padLeft;

  // A zero-bordered copy, so taps that fall in the padding read 0 without a bounds test;
  // the input gradient is gathered on the same padded grid and its border dropped at the end.
  const padded = new Float64Array(cin * hp * wp);
  for (let c = 0; c < cin; c++) {
    for (let y = 0; y < h; y++) {
      const from = (c * h + y) * w;
      const to = (c * hp + y + padTop) * wp + padLeft;
      for (let x = 0; x < w; x++) padded[to + x] = input.data[from + x];
    }
  }
  const gradPadded = withInput ? new Float64Array(padded.length) : null;
  const g = gradOutput.data;
  const wData = weights.data;
  const gradW = new Float32Array(wData.length);
  const gradB = new Float32Array(cout);

  const geometry: TapGeometry = { hout, wout, stride, dilation, wp, rowStep: stride * wp };
  for (let o = 0; o < cout; o++) {
    const gBase = o * hout * wout;
    let biasSum = 0;
    for (let i = gBase, end = gBase + hout * wout; i < end; i++) biasSum += g[i];
    gradB[o] = biasSum;
    for (let c = 0; c < cin; c++) {
      const wBase = (o * cin + c) * kh * kw;
      const inBase = c * hp * wp;
      if (kh === 3 && kw === 3) {
        backward3x3(geometry, g, gBase, padded, gradPadded, inBase, wData, gradW, wBase);
      } else {
        backwardTaps(geometry, kh, kw, g, gBase, padded, gradPadded, inBase, wData, gradW, wBase);
      }
    }
  }

  const result: Conv2dGradients = {
    weights: { shape: [...weights.shape], data: gradW },
    bias: gradB,
  };
  if (gradPadded) {
    const gradIn = new Float32Array(cin * h * w);
    for (let c = 0; c < cin; c++) {
      for (let y = 0; y < h; y++) {
        const from = (c * hp + y + padTop) * wp + padLeft;
        const to = (c * h + y) * w;
        for (let x = 0; x < w; x++) gradIn[to + x] = gradPadded[from + x];
      }
    }
    result.input = { shape: [cin, h, w], data: gradIn };
  }
  return result;
}

/** Where the taps of one input channel sit in the padded grid, and how they step. */
interface TapGeometry {
  hout: number;
  wout: number;
  stride: number;
  dilation: number;
  /** Padded input width. */
  wp: number;
  /** Padded-grid step between output rows: stride · wp. */
  rowStep: number;
}

/**
 * One (output channel, input channel) pair of a 3×3 kernel: the nine weight gradients
 * are summed in locals, and each output gradient is spread over its nine input taps
 * while it is in hand.
 */
// prettier-ignore
function backward3x3(
  v: TapGeometry, g: Float32Array, gBase: number, src: Float64Array,
  gradSrc: Float64Array | null, inBase: number, w: Float32Array, gradW: Float32Array, wBase: number,
): void {
  const { hout, wout, stride, rowStep } = v;
  const d = v.dilation, d2 = 2 * d, row1 = d * v.wp, row2 = 2 * row1;
  const k00 = w[wBase], k01 = w[wBase + 1], k02 = w[wBase + 2], k10 = w[wBase + 3], k11 = w[wBase + 4], k12 = w[wBase + 5], k20 = w[wBase + 6], k21 = w[wBase + 7], k22 = w[wBase + 8];
  let s00 = 0, s01 = 0, s02 = 0, s10 = 0, s11 = 0, s12 = 0, s20 = 0, s21 = 0, s22 = 0;
  for (let oy = 0; oy < hout; oy++) {
    const gRow = gBase + oy * wout;
    for (let ox = 0, p = inBase + oy * rowStep; ox < wout; ox++, p += stride) {
      const gv = g[gRow + ox];
      if (gv === 0) continue; // most are: ReLU and max pooling pass back zeros
      const q = p + row1, r = p + row2;
      s00 += gv * src[p]; s01 += gv * src[p + d]; s02 += gv * src[p + d2];
      s10 += gv * src[q]; s11 += gv * src[q + d]; s12 += gv * src[q + d2];
      s20 += gv * src[r]; s21 += gv * src[r + d]; s22 += gv * src[r + d2];
      if (gradSrc) {
        gradSrc[p] += k00 * gv; gradSrc[p + d] += k01 * gv; gradSrc[p + d2] += k02 * gv;
        gradSrc[q] += k10 * gv; gradSrc[q + d] += k11 * gv; gradSrc[q + d2] += k12 * gv;
        gradSrc[r] += k20 * gv; gradSrc[r + d] += k21 * gv; gradSrc[r + d2] += k22 * gv;
      }
    }
  }
  gradW[wBase] = s00; gradW[wBase + 1] = s01; gradW[wBase + 2] = s02;
  gradW[wBase + 3] = s10; gradW[wBase + 4] = s11; gradW[wBase + 5] = s12;
  gradW[wBase + 6] = s20; gradW[wBase + 7] = s21; gradW[wBase + 8] = s22;
}

/** Any kernel size: one tap at a time over all output positions. */
function backwardTaps(
  v: TapGeometry,
  kh: number,
  kw: number,
  g: Float32Array,
  gBase: number,
  src: Float64Array,
  gradSrc: Float64Array | null,
  inBase: number,
  w: Float32Array,
  gradW: Float32Array,
  wBase: number,
): void {
  const { hout, wout, stride, dilation, wp, rowStep } = v;
  for (let i = 0; i < kh; i++) {
    for (let j = 0; j < kw; j++) {
      const wi = wBase + i * kw + j;
      const wv = w[wi];
      const tap = inBase + i * dilation * wp + j * dilation;
      let sum = 0;
      for (let oy = 0; oy < hout; oy++) {
        const gRow = gBase + oy * wout;
        for (let ox = 0, p = tap + oy * rowStep; ox < wout; ox++, p += stride) {
          const gv = g[gRow + ox];
          sum += gv * src[p];
          if (gradSrc) gradSrc[p] += wv * gv;
        }
      }
      gradW[wi] = sum;
    }
  }
}
