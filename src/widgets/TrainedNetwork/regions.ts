import type { NetworkParams } from "../../core/train";

/*
 * The trained network's forward pass (3×3 convolutions, 'same' padding, ReLU, 2×2 max pooling,
 * twice, then dense and softmax) on preallocated buffers, recomputing only a rectangle of each
 * stage. The occlusion sweep and the dead-filter slider change a small part of the network's
 * input, so most of every stage stays as it was (see occlusion.ts and dead.ts).
 *
 * Every value is computed in exactly the order and precision of the core's path
 * (runPipeline, dense, softmax): Float64 sums of nine taps per input channel, channel after
 * channel, rounded to float32 where the core stores a tensor. So the results are bit for bit
 * those of forwardNetwork, which tests/widgets/trainedNetworkRegions.test.ts checks.
 */

/** Inclusive row and column bounds of a rectangle of a stage; empty when r0 > r1 or c0 > c1. */
export interface Rect {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

/** The network's weights and one image's stages, in the layouts the loops read. */
export interface Layers {
  /** Input size; conv1's maps are n×n, p1 and conv2's maps h1×h1, p2 h2×h2. */
  n: number;
  h1: number;
  h2: number;
  c1: number;
  c2: number;
  classes: number;
  net: NetworkParams;
  /** The input with a zero border: (n + 2)² values. */
  x: Float64Array;
  /** conv1's output (no bias), [c1, n, n]. */
  s1: Float32Array;
  /** p1 with a zero border, [c1, h1 + 2, h1 + 2], the input of conv2. */
  p1: Float64Array;
  /** conv2's Float64 sums over the input channels, [c2, h1, h1], before rounding. */
  sums2: Float64Array;
  a2: Float32Array;
  p2: Float32Array;
  logits: Float32Array;
  probabilities: Float32Array;
}

/** Whether this module can run the network: 3×3 kernels, as the shipped network has. */
export function regionsFit(net: NetworkParams): boolean {
  return net.config.kernel === 3;
}

export function createLayers(net: NetworkParams): Layers {
  const { inputSize: n, channels1: c1, channels2: c2, classes } = net.config;
  const h1 = Math.floor(n / 2);
  const h2 = Math.floor(h1 / 2);
  return {
    n,
    h1,
    h2,
    c1,
    c2,
    classes,
    net,
    x: new Float64Array((n + 2) * (n + 2)),
    s1: new Float32Array(c1 * n * n),
    p1: new Float64Array(c1 * (h1 + 2) * (h1 + 2)),
    sums2: new Float64Array(c2 * h1 * h1),
    a2: new Float32Array(c2 * h1 * h1),
    p2: new Float32Array(c2 * h2 * h2),
    logits: new Float32Array(classes),
    probabilities: new Float32Array(classes),
  };
}

/** Puts an n×n image into the bordered input buffer. */
export function loadImage(layers: Layers, image: ArrayLike<number>): void {
  const { n, x } = layers;
  for (let y = 0; y < n; y++) {
    for (let c = 0; c < n; c++) x[(y + 1) * (n + 2) + c + 1] = image[y * n + c];
  }
}

/** The rectangle grown by `by` on every side, clipped to a size×size stage. */
export function grow(r: Rect, by: number, size: number): Rect {
  return {
    r0: Math.max(0, r.r0 - by),
    r1: Math.min(size - 1, r.r1 + by),
    c0: Math.max(0, r.c0 - by),
    c1: Math.min(size - 1, r.c1 + by),
  };
}

/** The cells of a 2×2 max pooling (output size×size) that read a rectangle of its input. */
export function pooledRect(r: Rect, size: number): Rect {
  return {
    r0: r.r0 >> 1,
    r1: Math.min(size - 1, r.r1 >> 1),
    c0: r.c0 >> 1,
    c1: Math.min(size - 1, r.c1 >> 1),
  };
}

export function fullRect(size: number): Rect {
  return { r0: 0, r1: size - 1, c0: 0, c1: size - 1 };
}

/** s1 over the rectangle, for the listed conv1 filters (all by default). */
// prettier-ignore
export function conv1(layers: Layers, r: Rect, filters?: readonly number[]): void {
  const { n, x, s1 } = layers;
  const w = layers.net.w1.data;
  const wp = n + 2;
  const count = filters?.length ?? layers.c1;
  for (let f = 0; f < count; f++) {
    const c = filters ? filters[f] : f;
    const k = c * 9;
    const a00 = w[k], a01 = w[k + 1], a02 = w[k + 2], a10 = w[k + 3], a11 = w[k + 4], a12 = w[k + 5], a20 = w[k + 6], a21 = w[k + 7], a22 = w[k + 8];
    for (let y = r.r0; y <= r.r1; y++) {
      for (let col = r.c0, p = y * wp + col, o = (c * n + y) * n + col; col <= r.c1; col++, p++, o++) {
        const q = p + wp, t = q + wp;
        let acc = 0;
        acc += a00 * x[p] + a01 * x[p + 1] + a02 * x[p + 2] + a10 * x[q] + a11 * x[q + 1] + a12 * x[q + 2] + a20 * x[t] + a21 * x[t + 1] + a22 * x[t + 2];
        s1[o] = acc;
      }
    }
  }
}

/** max(0, fround(s + b)): the core's bias then ReLU on a float32 s. */
function reluBiased(s: number, b: number): number {
  const z = Math.fround(s + b);
  return z > 0 ? z : 0;
}

/**
 * The 2×2 max pooling of ReLU(s + bias) of one n×n map, over a rectangle of its pooled cells,
 * written at `to[at + (row + 1) · (pooled + 2) + col + 1]` (a bordered map, as p1 is).
 */
export function poolMap(
  s: Float32Array,
  from: number,
  width: number,
  bias: number,
  r: Rect,
  to: Float64Array | Float32Array,
  at: number,
  stride: number,
): void {
  for (let py = r.r0; py <= r.r1; py++) {
    for (let px = r.c0; px <= r.c1; px++) {
      const i = from + 2 * py * width + 2 * px;
      let best = reluBiased(s[i], bias);
      const v01 = reluBiased(s[i + 1], bias);
      if (v01 > best) best = v01;
      const v10 = reluBiased(s[i + width], bias);
      if (v10 > best) best = v10;
      const v11 = reluBiased(s[i + width + 1], bias);
      if (v11 > best) best = v11;
      to[at + py * stride + px] = best;
    }
  }
}

/** p1 over a rectangle of its cells, from s1 and b1, for the listed filters (all by default). */
export function pool1(layers: Layers, r: Rect, filters?: readonly number[], b1?: number): void {
  const { n, h1, s1, p1 } = layers;
  const bp = h1 + 2;
  const count = filters?.length ?? layers.c1;
  for (let f = 0; f < count; f++) {
    const c = filters ? filters[f] : f;
    const bias = b1 ?? layers.net.b1[c];
    poolMap(s1, c * n * n, n, bias, r, p1, c * bp * bp + bp + 1, bp);
  }
}

/**
 * conv2's Float64 sums over a rectangle of its maps, from the bordered input `src`
 * ([channels, h1 + 2, h1 + 2]) and the listed input channels of w2, added to `sums`
 * (which start at 0 for a full convolution). Channel after channel, as the core sums; four
 * output maps at a time, so that each input value loaded serves four filters.
 */
// prettier-ignore
export function conv2Sums(
  layers: Layers, r: Rect, src: Float64Array, channels: readonly number[], sums: Float64Array,
): void {
  const { h1, c1, c2 } = layers;
  const w = layers.net.w2.data;
  const wp = h1 + 2;
  const plane = h1 * h1;
  let o = 0;
  for (; o + 3 < c2; o += 4) {
    for (let i = 0; i < channels.length; i++) {
      const c = channels[i];
      const k = (o * c1 + c) * 9, l = k + c1 * 9, m = l + c1 * 9, u = m + c1 * 9;
      const a00 = w[k], a01 = w[k + 1], a02 = w[k + 2], a10 = w[k + 3], a11 = w[k + 4], a12 = w[k + 5], a20 = w[k + 6], a21 = w[k + 7], a22 = w[k + 8];
      const b00 = w[l], b01 = w[l + 1], b02 = w[l + 2], b10 = w[l + 3], b11 = w[l + 4], b12 = w[l + 5], b20 = w[l + 6], b21 = w[l + 7], b22 = w[l + 8];
      const c00 = w[m], c01 = w[m + 1], c02 = w[m + 2], c10 = w[m + 3], c11 = w[m + 4], c12 = w[m + 5], c20 = w[m + 6], c21 = w[m + 7], c22 = w[m + 8];
      const e00 = w[u], e01 = w[u + 1], e02 = w[u + 2], e10 = w[u + 3], e11 = w[u + 4], e12 = w[u + 5], e20 = w[u + 6], e21 = w[u + 7], e22 = w[u + 8];
      const base = c * wp * wp;
      for (let y = r.r0; y <= r.r1; y++) {
        for (let col = r.c0, p = base + y * wp + col, j = (o * h1 + y) * h1 + col; col <= r.c1; col++, p++, j++) {
          const q = p + wp, t = q + wp;
          const x00 = src[p], x01 = src[p + 1], x02 = src[p + 2];
          const x10 = src[q], x11 = src[q + 1], x12 = src[q + 2];
          const x20 = src[t], x21 = src[t + 1], x22 = src[t + 2];
          sums[j] += a00 * x00 + a01 * x01 + a02 * x02 + a10 * x10 + a11 * x11 + a12 * x12 + a20 * x20 + a21 * x21 + a22 * x22;
          sums[j + plane] += b00 * x00 + b01 * x01 + b02 * x02 + b10 * x10 + b11 * x11 + b12 * x12 + b20 * x20 + b21 * x21 + b22 * x22;
          sums[j + 2 * plane] += c00 * x00 + c01 * x01 + c02 * x02 + c10 * x10 + c11 * x11 + c12 * x12 + c20 * x20 + c21 * x21 + c22 * x22;
          sums[j + 3 * plane] += e00 * x00 + e01 * x01 + e02 * x02 + e10 * x10 + e11 * x11 + e12 * x12 + e20 * x20 + e21 * x21 + e22 * x22;
        }
      }
    }
  }
  for (; o < c2; o++) {
    for (let i = 0; i < channels.length; i++) {
      const c = channels[i];
      const k = (o * c1 + c) * 9;
      const a00 = w[k], a01 = w[k + 1], a02 = w[k + 2], a10 = w[k + 3], a11 = w[k + 4], a12 = w[k + 5], a20 = w[k + 6], a21 = w[k + 7], a22 = w[k + 8];
      const base = c * wp * wp;
      for (let y = r.r0; y <= r.r1; y++) {
        for (let col = r.c0, p = base + y * wp + col, j = (o * h1 + y) * h1 + col; col <= r.c1; col++, p++, j++) {
          const q = p + wp, t = q + wp;
          sums[j] += a00 * src[p] + a01 * src[p + 1] + a02 * src[p + 2] + a10 * src[q] + a11 * src[q + 1] + a12 * src[q + 2] + a20 * src[t] + a21 * src[t + 1] + a22 * src[t + 2];
        }
      }
    }
  }
}

/** Sets conv2's sums over the rectangle to 0, then sums every input channel of p1. */
export function conv2(layers: Layers, r: Rect, channels: readonly number[]): void {
  const { h1, c2, sums2 } = layers;
  for (let o = 0; o < c2; o++) {
    for (let y = r.r0; y <= r.r1; y++) {
      const row = (o * h1 + y) * h1;
      sums2.fill(0, row + r.c0, row + r.c1 + 1);
    }
  }
  conv2Sums(layers, r, layers.p1, channels, sums2);
}

/** a2 = ReLU(fround(sums) + b2) over a rectangle of conv2's maps, from the given sums. */
export function activate2(layers: Layers, r: Rect, sums: Float64Array): void {
  const { h1, c2, a2 } = layers;
  const b2 = layers.net.b2;
  for (let o = 0; o < c2; o++) {
    for (let y = r.r0; y <= r.r1; y++) {
      for (let col = r.c0, j = (o * h1 + y) * h1 + col; col <= r.c1; col++, j++) {
        a2[j] = reluBiased(Math.fround(sums[j] + 0), b2[o]);
      }
    }
  }
}

/** p2 over a rectangle of its cells, from a2 (already activated: bias 0 and ReLU change nothing). */
export function pool2(layers: Layers, r: Rect): void {
  const { h1, h2, a2, p2 } = layers;
  for (let o = 0; o < layers.c2; o++) {
    poolMap(a2, o * h1 * h1, h1, 0, r, p2, o * h2 * h2, h2);
  }
}

/** Dense layer and softmax on p2; returns the most probable class (the first, on a tie). */
export function head(layers: Layers): number {
  const { p2, logits, probabilities, classes } = layers;
  const w = layers.net.w3.data;
  const b = layers.net.b3;
  const inputs = p2.length;
  let max = -Infinity;
  for (let o = 0; o < classes; o++) {
    let sum = b[o];
    for (let i = 0, k = o * inputs; i < inputs; i++, k++) sum += w[k] * p2[i];
    logits[o] = sum;
    max = Math.max(max, logits[o]);
  }
  let total = 0;
  for (let o = 0; o < classes; o++) total += Math.exp(logits[o] - max);
  let best = 0;
  for (let o = 0; o < classes; o++) {
    probabilities[o] = Math.exp(logits[o] - max) / total;
    if (probabilities[o] > probabilities[best]) best = o;
  }
  return best;
}

/** Σ of map k of a2, in index order as mapFacts sums. */
export function a2Sum(layers: Layers, k: number): number {
  const plane = layers.h1 * layers.h1;
  let sum = 0;
  for (let i = k * plane, end = i + plane; i < end; i++) sum += layers.a2[i];
  return sum;
}

/** The input channels of conv2, 0 … c1 − 1. */
export function allChannels(layers: Layers): number[] {
  return Array.from({ length: layers.c1 }, (_, c) => c);
}

/** The whole forward pass of the image in `layers.x`. Returns the predicted class. */
export function forwardAll(layers: Layers): number {
  conv1(layers, fullRect(layers.n));
  pool1(layers, fullRect(layers.h1));
  conv2(layers, fullRect(layers.h1), allChannels(layers));
  activate2(layers, fullRect(layers.h1), layers.sums2);
  pool2(layers, fullRect(layers.h2));
  return head(layers);
}
