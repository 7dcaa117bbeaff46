/**
 * Float64 reference implementations for the gradient checks, written from the definitions
 * with bounds tests instead of padding: an oracle independent of the core's fast loops.
 * Arrays are flat and row-major, like the core's tensors.
 */
import { createRandom } from "../../../src/core/index";

export interface ConvGeometry {
  cin: number;
  h: number;
  w: number;
  cout: number;
  kh: number;
  kw: number;
  stride: number;
  padding: number;
  dilation: number;
}

export function convOutSize(g: ConvGeometry): [number, number] {
  const span = (k: number) => g.dilation * (k - 1) + 1;
  return [
    Math.floor((g.h + 2 * g.padding - span(g.kh)) / g.stride) + 1,
    Math.floor((g.w + 2 * g.padding - span(g.kw)) / g.stride) + 1,
  ];
}

/** out[o, y, x] = b[o] + Σ w[o, c, i, j] · in[c, y·s + i·d − p, x·s + j·d − p]. */
export function refConv(
  g: ConvGeometry,
  x: ArrayLike<number>,
  w: ArrayLike<number>,
  b: ArrayLike<number> | null,
): Float64Array {
  const [ho, wo] = convOutSize(g);
  const out = new Float64Array(g.cout * ho * wo);
  for (let o = 0; o < g.cout; o++)
    for (let y = 0; y < ho; y++)
      for (let xx = 0; xx < wo; xx++) {
        let sum = b ? b[o] : 0;
        for (let c = 0; c < g.cin; c++)
          for (let i = 0; i < g.kh; i++)
            for (let j = 0; j < g.kw; j++) {
              const iy = y * g.stride + i * g.dilation - g.padding;
              const ix = xx * g.stride + j * g.dilation - g.padding;
              if (iy < 0 || iy >= g.h || ix < 0 || ix >= g.w) continue;
              sum += w[((o * g.cin + c) * g.kh + i) * g.kw + j] * x[(c * g.h + iy) * g.w + ix];
            }
        out[(o * ho + y) * wo + xx] = sum;
      }
  return out;
}

/** Max over size×size windows moved by stride, no padding. */
export function refMaxPool(
  x: ArrayLike<number>,
  c: number,
  h: number,
  w: number,
  size: number,
  stride: number,
): Float64Array {
  const ho = Math.floor((h - size) / stride) + 1;
  const wo = Math.floor((w - size) / stride) + 1;
  const out = new Float64Array(c * ho * wo);
  for (let k = 0; k < c; k++)
    for (let y = 0; y < ho; y++)
      for (let xx = 0; xx < wo; xx++) {
        let m = -Infinity;
        for (let i = 0; i < size; i++)
          for (let j = 0; j < size; j++)
            m = Math.max(m, x[(k * h + y * stride + i) * w + xx * stride + j]);
        out[(k * ho + y) * wo + xx] = m;
      }
  return out;
}

/** y = W·x + b with W of shape [outputs, inputs]. */
export function refDense(
  x: ArrayLike<number>,
  w: ArrayLike<number>,
  b: ArrayLike<number>,
): Float64Array {
  const outputs = b.length;
  const inputs = x.length;
  const y = new Float64Array(outputs);
  for (let o = 0; o < outputs; o++) {
    let s = b[o];
    for (let i = 0; i < inputs; i++) s += w[o * inputs + i] * x[i];
    y[o] = s;
  }
  return y;
}

/** −log softmax(z)[label], via log-sum-exp. */
export function refCrossEntropy(z: ArrayLike<number>, label: number): number {
  let max = -Infinity;
  for (let k = 0; k < z.length; k++) max = Math.max(max, z[k]);
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += Math.exp(z[k] - max);
  return Math.log(sum) - (z[label] - max);
}

/** Σ r[i]·y[i]: a scalar loss whose gradient with respect to y is r. */
export function dot(r: ArrayLike<number>, y: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) s += r[i] * y[i];
  return s;
}

/** n numbers uniform in [lo, hi), from a seeded generator. */
export function randomArray(n: number, seed: number, lo = -1, hi = 1): Float64Array {
  const rng = createRandom(seed);
  return Float64Array.from({ length: n }, () => rng.uniform(lo, hi));
}

/**
 * Central differences (f(θ + ε) − f(θ − ε)) / 2ε of a scalar function of the array
 * `params`, for every entry; f is evaluated in float64 and params is restored afterwards.
 */
export function numericGradient(
  params: Float64Array,
  f: () => number,
  epsilon = 1e-5,
): Float64Array {
  const grad = new Float64Array(params.length);
  for (let i = 0; i < params.length; i++) {
    const keep = params[i];
    params[i] = keep + epsilon;
    const plus = f();
    params[i] = keep - epsilon;
    const minus = f();
    params[i] = keep;
    grad[i] = (plus - minus) / (2 * epsilon);
  }
  return grad;
}

/**
 * The worst relative error between an analytic and a numeric gradient:
 * max_i |a_i − n_i| / max(|a_i|, |n_i|, floor), where the floor (a fraction of the largest
 * gradient) keeps entries that are almost 0 from dominating through float32 rounding.
 */
export function relativeError(analytic: ArrayLike<number>, numeric: ArrayLike<number>): number {
  expectSameLength(analytic, numeric);
  let scale = 0;
  for (let i = 0; i < numeric.length; i++) scale = Math.max(scale, Math.abs(numeric[i]));
  const floor = Math.max(1e-3 * scale, 1e-9);
  let worst = 0;
  for (let i = 0; i < numeric.length; i++) {
    const a = analytic[i];
    const n = numeric[i];
    worst = Math.max(worst, Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), floor));
  }
  return worst;
}

function expectSameLength(a: ArrayLike<number>, b: ArrayLike<number>): void {
  if (a.length !== b.length) throw new Error(`Lengths differ: ${a.length} and ${b.length}.`);
}
