/**
 * The reader's own input image: checks on a chosen file, conversion of decoded pixels to the
 * widgets' grey values, and painting with a round brush (moved by keys as shared/brush.ts says). Pure, so Vitest reaches all of it;
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

/** How much of a file imageSizeFromHeader needs: JPEG metadata can put the frame header late. */
export const HEADER_BYTES = 512 * 1024;

/**
 * An image's width and height read from the first bytes of a PNG, JPEG, GIF or WebP file, so
 * that a huge image is refused before the browser spends seconds and hundreds of megabytes
 * decoding it. Null when the bytes are none of these formats or the header is cut short.
 */
export function imageSizeFromHeader(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (at: number, text: string) =>
    bytes.length >= at + text.length &&
    [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));
  const size = (width: number, height: number) => ({ width, height });
  if (ascii(0, "\x89PNG\r\n\x1a\n") && ascii(12, "IHDR") && bytes.length >= 24) {
    return size(view.getUint32(16), view.getUint32(20));
  }
  if ((ascii(0, "GIF87a") || ascii(0, "GIF89a")) && bytes.length >= 10) {
    return size(view.getUint16(6, true), view.getUint16(8, true));
  }
  if (ascii(0, "RIFF") && ascii(8, "WEBP")) return webpSize(bytes, view, ascii);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegSize(bytes, view);
  return null;
}

function webpSize(
  bytes: Uint8Array,
  view: DataView,
  ascii: (at: number, text: string) => boolean,
): { width: number; height: number } | null {
  const uint24 = (at: number) => bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16);
  if (ascii(12, "VP8X") && bytes.length >= 30) {
    return { width: uint24(24) + 1, height: uint24(27) + 1 };
  }
  if (ascii(12, "VP8L") && bytes.length >= 25 && bytes[20] === 0x2f) {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (ascii(12, "VP8 ") && bytes.length >= 30) {
    return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  }
  return null;
}

/** Walks the JPEG's marker segments to its frame header (SOF), stopping at the image data. */
function jpegSize(bytes: Uint8Array, view: DataView): { width: number; height: number } | null {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    // Fill bytes, and markers that stand alone without a length.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return null;
    const length = view.getUint16(at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) {
      return at + 9 <= bytes.length
        ? { width: view.getUint16(at + 7), height: view.getUint16(at + 5) }
        : null;
    }
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
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
