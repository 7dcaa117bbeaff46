import { tensor, type Tensor } from "../tensor";

/** Labelled square grey images, stored one after another. */
export interface DigitSet {
  /** Height = width of each image, in pixels. */
  size: number;
  /** count · size² values in [0, 1], image after image, each row-major. */
  images: Float32Array;
  /** The class of each image. */
  labels: Uint8Array;
}

/** Number of images in the set. Throws RangeError when images and labels disagree. */
export function digitCount(set: DigitSet): number {
  const plane = set.size * set.size;
  if (set.images.length !== set.labels.length * plane) {
    throw new RangeError(
      `A set of ${set.labels.length} labels needs ${set.labels.length * plane} pixel values, got ${set.images.length}.`,
    );
  }
  return set.labels.length;
}

/** Image i as a [1, size, size] tensor (a view, not a copy). */
export function digitImage(set: DigitSet, i: number): Tensor {
  const count = digitCount(set);
  if (!Number.isInteger(i) || i < 0 || i >= count) {
    throw new RangeError(`Image ${i} does not exist: the set has images 0 to ${count - 1}.`);
  }
  const plane = set.size * set.size;
  return tensor([1, set.size, set.size], set.images.subarray(i * plane, (i + 1) * plane));
}

/** The images at the given indices, in that order, as a new set. */
export function selectDigits(set: DigitSet, indices: ArrayLike<number>): DigitSet {
  const plane = set.size * set.size;
  const images = new Float32Array(indices.length * plane);
  const labels = new Uint8Array(indices.length);
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    images.set(digitImage(set, i).data, k * plane);
    labels[k] = set.labels[i];
  }
  return { size: set.size, images, labels };
}
