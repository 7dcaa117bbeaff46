/**
 * A copy of a size×size row-major image moved dy pixels down and dx pixels right; pixels
 * that come in from outside are 0 (MNIST's background). Used to augment training images.
 */
export function shiftImage(
  image: ArrayLike<number>,
  size: number,
  dy: number,
  dx: number,
): Float32Array {
  if (image.length !== size * size) {
    throw new RangeError(`A ${size}×${size} image has ${size * size} pixels, got ${image.length}.`);
  }
  const out = new Float32Array(size * size);
  for (let y = Math.max(0, dy); y < Math.min(size, size + dy); y++) {
    for (let x = Math.max(0, dx); x < Math.min(size, size + dx); x++) {
      out[y * size + x] = image[(y - dy) * size + (x - dx)];
    }
  }
  return out;
}
