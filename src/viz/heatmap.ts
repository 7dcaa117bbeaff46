import type { ColourScale } from "./scales";

/**
 * Colours one 2-D map (row-major, `width × height` values) into RGBA pixels, one pixel a value.
 * Pure, so the build (PNG) and the browser (canvas ImageData) draw the same picture.
 */
export function heatmapPixels(
  values: ArrayLike<number>,
  width: number,
  height: number,
  scale: ColourScale,
): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const [r, g, b] = scale.rgb(values[i]);
    pixels[i * 4] = r;
    pixels[i * 4 + 1] = g;
    pixels[i * 4 + 2] = b;
    pixels[i * 4 + 3] = 255;
  }
  return pixels;
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
  const context = canvas.getContext("2d");
  if (!context) return;
  const image = new ImageData(heatmapPixels(values, width, height, scale), width, height);
  context.putImageData(image, 0, 0);
}
