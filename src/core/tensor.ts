/**
 * A dense, row-major float tensor. Images and feature maps are [C, H, W];
 * convolution weights are [Cout, Cin, kh, kw]; biases are plain arrays of length Cout.
 */
export interface Tensor {
  shape: number[];
  data: Float32Array;
}

/** The shape written as "[2, 28, 28]", for error messages and captions. */
export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(", ")}]`;
}

function assertShape(shape: readonly number[]): void {
  if (!Array.isArray(shape)) throw new TypeError("A tensor shape must be an array of sizes.");
  for (const n of shape) {
    if (!Number.isInteger(n) || n < 1) {
      throw new RangeError(
        `The shape ${formatShape(shape)} is not valid: every size must be a positive whole number.`,
      );
    }
  }
}

/** Number of elements in a tensor of this shape (1 for the empty shape []). */
export function size(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/**
 * Wraps data in a tensor of the given shape, or makes a zero tensor when data is omitted.
 * A Float32Array is used as is (not copied); any other array-like is converted.
 * Throws RangeError when a size is not a positive integer or the data length does not match.
 */
export function tensor(shape: readonly number[], data?: ArrayLike<number>): Tensor {
  assertShape(shape);
  const n = size(shape);
  if (data === undefined) return { shape: [...shape], data: new Float32Array(n) };
  if (data.length !== n) {
    throw new RangeError(
      `A tensor of shape ${formatShape(shape)} needs ${n} numbers, but ${data.length} were given.`,
    );
  }
  return {
    shape: [...shape],
    data: data instanceof Float32Array ? data : Float32Array.from(data),
  };
}

/** A tensor of the given shape filled with zeros. */
export function zeros(shape: readonly number[]): Tensor {
  return tensor(shape);
}

/** A deep copy: new shape array, new data buffer. */
export function cloneTensor(t: Tensor): Tensor {
  return { shape: [...t.shape], data: t.data.slice() };
}

/**
 * Channel c of a [C, H, W] tensor as a view (no copy) of H·W numbers, row-major.
 * Writing to the view writes to the tensor.
 */
export function channel(t: Tensor, c: number): Float32Array {
  if (t.shape.length !== 3) {
    throw new RangeError(`Expected a [C, H, W] tensor, got shape ${formatShape(t.shape)}.`);
  }
  const [channels, h, w] = t.shape;
  if (!Number.isInteger(c) || c < 0 || c >= channels) {
    throw new RangeError(
      `Channel ${c} does not exist: the tensor has channels 0 to ${channels - 1}.`,
    );
  }
  return t.data.subarray(c * h * w, (c + 1) * h * w);
}

/**
 * Throws RangeError naming `what` (e.g. "the input image") if any value is NaN or ±Infinity;
 * only in [from, to) when given.
 */
export function assertFinite(
  t: Tensor | ArrayLike<number>,
  what: string,
  from = 0,
  to?: number,
): void {
  const data = "data" in t ? t.data : t;
  for (let i = from, end = to ?? data.length; i < end; i++) {
    if (!Number.isFinite(data[i])) {
      throw new RangeError(
        `${what} contains ${data[i]} at position ${i}; only finite numbers work.`,
      );
    }
  }
}

/** Smallest and largest value of the tensor (NaN is ignored unless every value is NaN). */
export function minMax(t: Tensor): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  const data = t.data;
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) return { min: NaN, max: NaN };
  return { min, max };
}

/**
 * The channel indices to work on: all of 0..count−1 when `channels` is omitted, otherwise
 * the listed ones without duplicates. Throws RangeError for a channel that does not exist.
 */
export function channelIndices(count: number, channels?: readonly number[]): number[] {
  if (channels === undefined) return Array.from({ length: count }, (_, i) => i);
  for (const c of channels) {
    if (!Number.isInteger(c) || c < 0 || c >= count) {
      throw new RangeError(`Channel ${c} does not exist: there are channels 0 to ${count - 1}.`);
    }
  }
  return [...new Set(channels)];
}

/**
 * [start, end) index ranges of the listed channels of a [C, H, W] tensor, or the whole
 * data when no channels are listed. Throws RangeError for a channel that does not exist.
 */
export function channelRanges(
  shape: readonly number[],
  channels?: readonly number[],
): [number, number][] {
  if (channels === undefined) return [[0, size(shape)]];
  if (shape.length !== 3) {
    throw new RangeError(
      `Channels can only be chosen in a [C, H, W] tensor, not ${formatShape(shape)}.`,
    );
  }
  const plane = shape[1] * shape[2];
  return channelIndices(shape[0], channels).map((c) => [c * plane, (c + 1) * plane]);
}
