import { outputSize } from "./shape";
import { assertFinite, channelIndices, channelRanges, formatShape, type Tensor } from "./tensor";

/** Result of max pooling: the pooled tensor and where each maximum came from. */
export interface MaxPoolResult {
  /** [C, Ho, Wo] */
  output: Tensor;
  /** For each output element, the flat index into the input's data of its maximum. */
  argmax: Int32Array;
}

/**
 * Shape [C, Ho, Wo] of pooling a [C, H, W] tensor with a size×size window moved by
 * `stride` pixels (default: size, so windows do not overlap), without padding:
 * Ho = ⌊(H − size)/stride⌋ + 1. Throws RangeError if the window does not fit.
 */
export function poolOutputShape(
  shape: readonly number[],
  size = 2,
  stride = size,
): [number, number, number] {
  if (shape.length !== 3) {
    throw new RangeError(
      `Pooling needs a [channels, height, width] tensor, got shape ${formatShape(shape)}.`,
    );
  }
  const [c, h, w] = shape;
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`The pooling size must be a whole number ≥ 1, got ${size}.`);
  }
  if (!Number.isInteger(stride) || stride < 1) {
    throw new RangeError(`The pooling stride must be a whole number ≥ 1, got ${stride}.`);
  }
  if (size > h || size > w) {
    throw new RangeError(`The ${size}×${size} pooling window is larger than the ${h}×${w} input.`);
  }
  return [c, outputSize(h, size, stride), outputSize(w, size, stride)];
}

function checkOut(t: Tensor, out: Tensor, size: number, stride: number): void {
  const expected = poolOutputShape(t.shape, size, stride);
  if (out.shape.length !== 3 || out.shape.some((d, i) => d !== expected[i])) {
    throw new RangeError(
      `The output tensor has shape ${formatShape(out.shape)} but this pooling produces ${formatShape(expected)}.`,
    );
  }
}

/** Checks only the channels to be pooled, so pooling one channel costs one channel. */
function assertPoolable(t: Tensor, channels: readonly number[] | undefined): void {
  for (const [start, end] of channelRanges(t.shape, channels)) {
    assertFinite(t, "The tensor to pool", start, end);
  }
}

/**
 * Max pooling of a [C, H, W] tensor over size×size windows (default 2) moved by stride
 * (default size). Ties go to the first maximum in row-major order.
 */
export function maxPool2d(t: Tensor, size = 2, stride = size): MaxPoolResult {
  const shape = poolOutputShape(t.shape, size, stride);
  const output: Tensor = { shape, data: new Float32Array(shape[0] * shape[1] * shape[2]) };
  const argmax = new Int32Array(output.data.length);
  maxPool2dInto(t, size, stride, output, argmax);
  return { output, argmax };
}

/** Max pooling into existing output and argmax arrays, for all or only the listed channels. */
export function maxPool2dInto(
  t: Tensor,
  size: number,
  stride: number,
  out: Tensor,
  argmax: Int32Array,
  channels?: readonly number[],
): void {
  checkOut(t, out, size, stride);
  if (argmax.length !== out.data.length) {
    throw new RangeError(
      `The argmax array has ${argmax.length} entries but the output has ${out.data.length}.`,
    );
  }
  assertPoolable(t, channels);
  const [count, h, w] = t.shape;
  const [, ho, wo] = out.shape;
  const src = t.data;
  const dst = out.data;
  for (const c of channelIndices(count, channels)) {
    for (let oy = 0; oy < ho; oy++) {
      const row = (c * h + oy * stride) * w;
      const o = (c * ho + oy) * wo;
      for (let ox = 0; ox < wo; ox++) {
        const first = row + ox * stride;
        let best = src[first];
        let at = first;
        for (let i = 0; i < size; i++) {
          for (let k = first + i * w, end = k + size; k < end; k++) {
            const v = src[k];
            if (v > best) {
              best = v;
              at = k;
            }
          }
        }
        dst[o + ox] = best;
        argmax[o + ox] = at;
      }
    }
  }
}

/**
 * Average pooling of a [C, H, W] tensor over size×size windows (default 2) moved by
 * stride (default size).
 */
export function avgPool2d(t: Tensor, size = 2, stride = size): Tensor {
  const shape = poolOutputShape(t.shape, size, stride);
  const out: Tensor = { shape, data: new Float32Array(shape[0] * shape[1] * shape[2]) };
  avgPool2dInto(t, size, stride, out);
  return out;
}

/** Average pooling into an existing output, for all or only the listed channels. */
export function avgPool2dInto(
  t: Tensor,
  size: number,
  stride: number,
  out: Tensor,
  channels?: readonly number[],
): void {
  checkOut(t, out, size, stride);
  assertPoolable(t, channels);
  const [count, h, w] = t.shape;
  const [, ho, wo] = out.shape;
  const src = t.data;
  const dst = out.data;
  const area = size * size;
  for (const c of channelIndices(count, channels)) {
    for (let oy = 0; oy < ho; oy++) {
      const row = (c * h + oy * stride) * w;
      const o = (c * ho + oy) * wo;
      for (let ox = 0; ox < wo; ox++) {
        const first = row + ox * stride;
        let sum = 0;
        for (let i = 0; i < size; i++) {
          for (let k = first + i * w, end = k + size; k < end; k++) sum += src[k];
        }
        dst[o + ox] = sum / area;
      }
    }
  }
}
