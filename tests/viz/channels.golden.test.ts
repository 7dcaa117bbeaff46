import { describe, expect, it } from "vitest";
import { channel } from "../../src/core";
import { heatmapPixels } from "../../src/viz/heatmap";
import { markerStyle, windowStyle } from "../../src/widgets/Channels/markers";
import { channelsParams, runChannels, stageScale, sumView } from "../../src/widgets/Channels/model";
import type { ColourScale } from "../../src/viz/scales";
import { goldenSvg, label, percentBox, pixelImage } from "./goldenSvg";

const SCALE = 3;
const GAP = 12;
const params = channelsParams();
const result = runChannels();
const [c1, h, w] = result.a1.shape;
const outputs = params.w2.shape[0];
const a1Scale = stageScale(result.a1, "a1");

function outline(style: string, x: number, y: number, cls: string): string {
  return percentBox(style, { x, y, width: w * SCALE, height: h * SCALE }, cls);
}

function map(values: Float32Array, scale: ColourScale, x: number, y: number): string {
  return pixelImage(heatmapPixels(values, w, h, scale), w, h, { x, y, scale: SCALE });
}

const STYLE = `
svg { background: #fffdf8; }
rect { fill: none; vector-effect: non-scaling-stroke; }
.marker { stroke: #b3261e; stroke-width: 2; }
.window { stroke: #7a4a12; stroke-width: 2; stroke-dasharray: 4 2; }
`;

describe("golden drawings: channels", () => {
  it.each(Array.from({ length: outputs }, (_, o) => o))(
    "output map %i: the a1 maps with the probe's window, each one's share, their sum and z2",
    async (o) => {
      // The maps are canvases and images, not SVG: their pixels, with the CSS-placed outlines.
      const view = sumView(result, params, o);
      const side = w * SCALE;
      const column = (i: number) => i * (side + GAP);
      const top = 16;
      const below = top + side + 28;
      const parts: string[] = [];
      for (let c = 0; c < c1; c++) {
        parts.push(label(`a1 map ${c + 1}`, column(c), top - 4));
        parts.push(map(channel(result.a1, c), a1Scale, column(c), top));
        parts.push(outline(windowStyle(view.probe, w, h), column(c), top, "window"));
      }
      const shares: [string, Float32Array][] = [
        ...view.parts.map((p, c): [string, Float32Array] => [`share of map ${c + 1}`, p]),
        ["sum", view.sum],
        [`z2 map ${o + 1}`, view.z],
      ];
      shares.forEach(([name, values], i) => {
        parts.push(label(name, column(i), below - 4));
        parts.push(map(values, view.scale, column(i), below));
        parts.push(outline(markerStyle(view.probe, w, h), column(i), below, "marker"));
      });
      const svg = goldenSvg(
        { width: column(shares.length), height: below + side, style: STYLE },
        parts.join(""),
      );
      await expect(svg).toMatchFileSnapshot(`./golden/channels-output-${o + 1}.svg`);
    },
  );
});
