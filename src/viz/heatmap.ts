import type { ColourScale } from "./scales";

/**
 * Colours one 2-D map (row-major, `width × height` values) into RGBA pixels, one pixel a value,
 * written into `pixels` when given (to reuse a buffer) or a new array.
 * Pure, so the build (PNG) and the browser (canvas ImageData) draw the same picture.
 */
export function heatmapPixels(
  values: ArrayLike<number>,
  width: number,
  height: number,
  scale: ColourScale,
  pixels = new Uint8ClampedArray(width * height * 4),
): Uint8ClampedArray<ArrayBuffer> {
  if (pixels.length !== width * height * 4) {
    throw new RangeError(`A ${width} × ${height} map needs ${width * height * 4} bytes of pixels.`);
  }
  if (values.length < width * height) {
    throw new RangeError(`A ${width} × ${height} map needs ${width * height} values.`);
  }
  scale.paint(values, new Uint32Array(pixels.buffer, pixels.byteOffset, width * height));
  return pixels;
}

interface CanvasPixels {
  context: CanvasRenderingContext2D;
  image: ImageData;
}

/** Each canvas's context and ImageData, kept so that a redraw allocates nothing. */
const drawn = new WeakMap<HTMLCanvasElement, CanvasPixels>();

function pixelsOf(canvas: HTMLCanvasElement, width: number, height: number): CanvasPixels | null {
  const kept = drawn.get(canvas);
  if (kept && kept.image.width === width && kept.image.height === height) return kept;
  const context = canvas.getContext("2d");
  if (!context) return null;
  const fresh = { context, image: new ImageData(width, height) };
  drawn.set(canvas, fresh);
  return fresh;
}

/** Draws a map into a canvas the size of the map; CSS scales it up with crisp pixels. */
export function drawHeatmap(
  canvas: HTMLCanvasElement,
  values: ArrayLike<number>,
  width: number,
  height: number,
  scale: ColourScale,
): void {
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const target = pixelsOf(canvas, width, height);
  if (!target) return;
  heatmapPixels(values, width, height, scale, target.image.data);
  target.context.putImageData(target.image, 0, 0);
}
