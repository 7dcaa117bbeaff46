// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { drawHeatmap, heatmapPixels } from "../../src/viz/heatmap";
import { updateLegend } from "../../src/viz/legend";
import { colourScale, type ScaleKind } from "../../src/viz/scales";
import { recordingCanvas } from "./canvasStandIn";
import { LEGEND_STYLE, legendElement } from "./skeletons";
import { goldenHtmlSvg, goldenSvg, pixelImage, xhtml } from "./goldenSvg";

const WIDTH = 12;
const HEIGHT = 6;

/** A fixed test map: a ramp from lo to hi along the columns, a little less down the rows. */
function ramp(lo: number, hi: number): Float32Array {
  return Float32Array.from({ length: WIDTH * HEIGHT }, (_, i) => {
    const col = i % WIDTH;
    const row = Math.floor(i / WIDTH);
    return lo + ((hi - lo) * col) / (WIDTH - 1) - (row * (hi - lo)) / (4 * HEIGHT);
  });
}

const CASES: [ScaleKind, number, number][] = [
  ["diverging", -2, 3],
  ["sequential", 0, 5],
  ["image", 0, 1],
];

describe("golden drawings: heatmaps and their legend", () => {
  it.each(CASES)("heatmapPixels on the %s scale", async (kind, lo, hi) => {
    const pixels = heatmapPixels(ramp(lo, hi), WIDTH, HEIGHT, colourScale(kind, lo, hi));
    const image = pixelImage(pixels, WIDTH, HEIGHT, { x: 0, y: 0, scale: 20 });
    const svg = goldenSvg({ width: WIDTH * 20, height: HEIGHT * 20 }, image);
    await expect(svg).toMatchFileSnapshot(`./golden/heatmap-${kind}.svg`);
  });

  it("drawHeatmap puts the map's pixels on a canvas the size of the map", async () => {
    const canvas = document.createElement("canvas");
    const recorded = recordingCanvas(canvas);
    drawHeatmap(canvas, ramp(-1, 1), WIDTH, HEIGHT, colourScale("diverging", -1, 1));
    // A second frame into the same canvas, as the widgets redraw on every change.
    drawHeatmap(canvas, ramp(1, -3), WIDTH, HEIGHT, colourScale("diverging", -3, 1));
    const pixels = recorded.drawn().data;
    const picture = pixelImage(pixels, canvas.width, canvas.height, { x: 0, y: 0, scale: 20 });
    const svg = goldenSvg({ width: canvas.width * 20, height: canvas.height * 20 }, picture);
    await expect(svg).toMatchFileSnapshot("./golden/heatmap-canvas.svg");
  });

  it.each(CASES)("the legend on the %s scale, updated in place", async (kind, lo, hi) => {
    // The legend is HTML (HeatmapLegend.astro's markup, rebuilt here with a blank bar and
    // placeholder ticks); updateLegend fills in the colour bar and tick labels for the scale.
    const root = document.createElement("div");
    root.append(legendElement("z1"));
    updateLegend(root, "z1", colourScale(kind, lo, hi));
    const svg = goldenHtmlSvg(
      { width: 200, height: 40, style: LEGEND_STYLE },
      xhtml(root.firstElementChild!),
    );
    await expect(svg).toMatchFileSnapshot(`./golden/legend-${kind}.svg`);
  });
});
