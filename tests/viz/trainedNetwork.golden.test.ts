import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { channel, type Tensor } from "../../src/core";
import { heatmapPixels } from "../../src/viz/heatmap";
import { colourScale, type ColourScale } from "../../src/viz/scales";
import {
  deadScale,
  filtersFrame,
  mapsFrame,
  occlusionPictures,
} from "../../src/widgets/TrainedNetwork/frame";
import {
  DEFAULT_OCCLUSION,
  DIGITS_FILE,
  DIGIT_SIZE,
  TENSOR_KINDS,
  WEIGHTS_FILE,
  deadFrame,
  deadScaleMax,
  firstOfEachClass,
  heldOutDigit,
  occlude,
  occlusionMaps,
  readModelFiles,
  type TensorKind,
} from "../../src/widgets/TrainedNetwork/model";
import { markerStyle } from "../../src/widgets/TrainedNetwork/text";
import { goldenSvg, label, percentBox, pixelImage } from "./goldenSvg";

// The trained network's views are canvases, not SVG: the golden files keep each map's pixels
// (on the scale the frame functions choose), with CSS-placed marks drawn as rects.
const { net, digits } = readModelFiles(
  readFileSync(`public/${WEIGHTS_FILE}`),
  readFileSync(`public/${DIGITS_FILE}`),
);
const GAP = 8;
const IMAGE = colourScale("image", 0, 1);
const STYLE = `
svg { background: #fffdf8; }
.bar { fill: #2f8f6f; }
.bar--predicted { fill: #b3261e; }
.marker { fill: none; stroke: #b3261e; stroke-width: 2; vector-effect: non-scaling-stroke; }
`;

/** A row of pictures of equal size under a caption; returns the markup and the row's bottom. */
function row(
  caption: string,
  maps: readonly ArrayLike<number>[],
  size: { width: number; height: number; scale: number },
  colours: ColourScale,
  y: number,
): { markup: string; bottom: number } {
  const parts = [label(caption, 0, y + 11)];
  maps.forEach((values, i) => {
    const pixels = heatmapPixels(values, size.width, size.height, colours);
    const at = { x: i * (size.width * size.scale + GAP), y: y + 16, scale: size.scale };
    parts.push(pixelImage(pixels, size.width, size.height, at));
  });
  return { markup: parts.join(""), bottom: y + 16 + size.height * size.scale + GAP };
}

function channels(t: Tensor): Float32Array[] {
  return Array.from({ length: t.shape[0] }, (_, k) => channel(t, k));
}

describe("golden drawings: the trained network", () => {
  it.each<TensorKind>(TENSOR_KINDS)(
    "the maps view of held-out digit 0, tensor kind %s, and its probabilities",
    async (kind) => {
      const { x } = heldOutDigit(digits, 0);
      const frame = mapsFrame(net, x, kind);
      const input = row(
        "input",
        [x.data],
        { width: DIGIT_SIZE, height: DIGIT_SIZE, scale: 3 },
        IMAGE,
        0,
      );
      const parts = [input.markup];
      let y = input.bottom;
      for (const layer of frame.layers) {
        const [, height, width] = layer.tensor.shape;
        const drawn = row(
          layer.stage,
          channels(layer.tensor),
          { width, height, scale: 84 / width },
          layer.scale,
          y,
        );
        parts.push(drawn.markup);
        y = drawn.bottom;
      }
      Array.from(frame.probabilities).forEach((p, digit) => {
        const cls = digit === frame.predicted ? "bar bar--predicted" : "bar";
        parts.push(label(String(digit), 0, y + 11 + digit * 14));
        parts.push(
          `<rect class="${cls}" x="14" y="${y + 2 + digit * 14}" width="${200 * p}" height="10"></rect>`,
        );
      });
      const width = Math.max(...frame.layers.map((l) => l.tensor.shape[0])) * (84 + GAP);
      const svg = goldenSvg({ width, height: y + 140, style: STYLE }, parts.join(""));
      await expect(svg).toMatchFileSnapshot(`./golden/trained-maps-${kind}.svg`);
    },
  );

  it("the learned filters: w1's kernels and the w2 summary", async () => {
    const { w1, w2 } = filtersFrame(net);
    const kernels = row(
      "w1",
      w1.kernels,
      { width: w1.size, height: w1.size, scale: 12 },
      w1.scale,
      0,
    );
    const summary = row(
      "w2 (sum of each kernel's taps)",
      [w2.values],
      { width: w2.cols, height: w2.rows, scale: 12 },
      w2.scale,
      kernels.bottom,
    );
    const width = Math.max(w1.kernels.length * (w1.size * 12 + GAP), w2.cols * 12 + GAP);
    const svg = goldenSvg({ width, height: summary.bottom }, kernels.markup + summary.markup);
    await expect(svg).toMatchFileSnapshot("./golden/trained-filters.svg");
  });

  it("the dead-filter view: filter 1's a1 maps for one digit of each class, bias lowered", async () => {
    const grid = firstOfEachClass(digits, 10);
    const colours = deadScale(deadScaleMax(net, digits, grid, 0));
    const size = { width: DIGIT_SIZE, height: DIGIT_SIZE, scale: 2 };
    const parts: string[] = [];
    let y = 0;
    for (const shift of [0, -1, -2]) {
      const frame = deadFrame(net, digits, grid, 0, shift);
      const drawn = row(`bias shifted by ${shift}`, frame.grid.maps, size, colours, y);
      parts.push(drawn.markup);
      y = drawn.bottom;
    }
    const svg = goldenSvg(
      { width: grid.length * (DIGIT_SIZE * 2 + GAP), height: y },
      parts.join(""),
    );
    await expect(svg).toMatchFileSnapshot("./golden/trained-dead.svg");
  });

  it("the occlusion view: the occluded digit, activity change and probability maps", async () => {
    const { x, label: target } = heldOutDigit(digits, 0);
    const maps = occlusionMaps(net, x.data, DEFAULT_OCCLUSION, target);
    const pictures = occlusionPictures(maps);
    const at = { row: 5, col: 7 };
    const side = 112;
    const occluded = occlude(x.data, at.row, at.col, DEFAULT_OCCLUSION);
    const parts = [
      row("occluded", [occluded], { width: DIGIT_SIZE, height: DIGIT_SIZE, scale: 4 }, IMAGE, 0)
        .markup,
    ];
    (["activity", "probability"] as const).forEach((which, i) => {
      const x0 = (i + 1) * (side + GAP);
      parts.push(label(which, x0, 11));
      const { values, scale } = pictures[which];
      const pixels = heatmapPixels(values, maps.steps, maps.steps, scale);
      parts.push(
        pixelImage(pixels, maps.steps, maps.steps, { x: x0, y: 16, scale: side / maps.steps }),
      );
      const area = { x: x0, y: 16, width: side, height: side };
      parts.push(percentBox(markerStyle(at.row, at.col, maps.steps), area, "marker"));
    });
    const svg = goldenSvg(
      { width: 3 * (side + GAP), height: side + 16 + GAP, style: STYLE },
      parts.join(""),
    );
    await expect(svg).toMatchFileSnapshot("./golden/trained-occlusion.svg");
  });
});
