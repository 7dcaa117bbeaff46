/**
 * The reader's own input image: checks on a chosen file, conversion of decoded pixels to the
 * widgets' grey values, and painting with a round brush. Pure, so Vitest reaches all of it;
 * the browser-only decoding lives in the widgets.
 */

export type FileProblem = "empty" | "notAnImage" | "svg" | "tooLarge" | "tooManyPixels";

/** Files above this size are refused before decoding (a phone photo is 2–8 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Decoded images above this many pixels are refused: 50 megapixels would take ~200 MB. */
export const MAX_PIXELS = 40_000_000;

/** What is wrong with a chosen file before it is decoded, or null if it may be decoded. */
export function checkImageFile(file: {
  size: number;
  type: string;
  name: string;
}): FileProblem | null {
  if (file.size === 0) return "empty";
  // SVG can carry scripts and is not a photograph; we accept raster formats only.
  if (file.type === "image/svg+xml" || /\.svgz?$/i.test(file.name)) return "svg";
  if (file.type !== "" && !file.type.startsWith("image/")) return "notAnImage";
  if (file.size > MAX_FILE_BYTES) return "tooLarge";
  return null;
}

export function checkDecodedSize(width: number, height: number): FileProblem | null {
  if (width <= 0 || height <= 0) return "notAnImage";
  return width * height > MAX_PIXELS ? "tooManyPixels" : null;
}

/**
 * The square crop, centred, that `cover` scaling uses: the largest square inside the image.
 * Returns [sx, sy, side] in source pixels.
 */
export function centreSquare(width: number, height: number): [number, number, number] {
  const side = Math.min(width, height);
  return [Math.floor((width - side) / 2), Math.floor((height - side) / 2), side];
}

/** RGBA bytes → grey values in [0, 1] (ITU-R BT.601 luma weights), ignoring alpha. */
export function rgbaToGrey(rgba: ArrayLike<number>): Float32Array {
  const grey = new Float32Array(rgba.length / 4);
  for (let i = 0; i < grey.length; i++) {
    grey[i] = (0.299 * rgba[i * 4] + 0.587 * rgba[i * 4 + 1] + 0.114 * rgba[i * 4 + 2]) / 255;
  }
  return grey;
}

/** Paints a disc of `value` into a square grid of side `size`, in place; returns whether anything changed. */
export function paintDisc(
  values: Float32Array,
  size: number,
  cx: number,
  cy: number,
  radius: number,
  value: number,
): boolean {
  let changed = false;
  const r2 = radius * radius;
  for (
    let y = Math.max(0, Math.floor(cy - radius));
    y <= Math.min(size - 1, Math.ceil(cy + radius));
    y++
  ) {
    for (
      let x = Math.max(0, Math.floor(cx - radius));
      x <= Math.min(size - 1, Math.ceil(cx + radius));
      x++
    ) {
      if ((x - cx) ** 2 + (y - cy) ** 2 <= r2 && values[y * size + x] !== value) {
        values[y * size + x] = value;
        changed = true;
      }
    }
  }
  return changed;
}
