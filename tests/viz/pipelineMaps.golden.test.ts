import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/core";
import { heatmapPixels } from "../../src/viz/heatmap";
import {
  defaultConfig,
  explorerParams,
  inputTensor,
  shownStages,
} from "../../src/widgets/PipelineExplorer/model";
import { stageMap, stageScale } from "../../src/widgets/PipelineExplorer/maps";
import { PICTURED_STAGES, lensNetwork } from "../../src/widgets/TermLens/thumbnails";
import { stageThumbnails } from "../../src/widgets/TermLens/thumbnailPngs";
import { goldenSvg, label, mapImage, pixelImage } from "./goldenSvg";

const GAP = 10;

describe("golden drawings: the pipeline explorer's maps and the term lens's thumbnails", () => {
  it("every map of every stage the explorer draws, on its stage's shared scale", async () => {
    // Canvases, not SVG: each map's pixels as drawHeatmap gets them (stageMap, stageScale).
    const config = defaultConfig();
    const result = runPipeline(inputTensor(config.sample), explorerParams(config));
    const stages = ["x", ...shownStages(config.pool)] as const;
    const scale = 1;
    const parts: string[] = [];
    let y = 14;
    let width = 0;
    for (const stage of stages) {
      const t = result[stage]!;
      const colours = stageScale(t, stage);
      let x = 0;
      for (let k = 0; k < t.shape[0]; k++) {
        const map = stageMap(result, stage, k);
        const pixels = heatmapPixels(map.values, map.width, map.height, colours);
        parts.push(label(`${stage} map ${k + 1}`, x, y - 3));
        parts.push(pixelImage(pixels, map.width, map.height, { x, y, scale }));
        x += map.width * scale + GAP;
      }
      width = Math.max(width, x);
      y += t.shape[1] * scale + 18;
    }
    const svg = goldenSvg({ width, height: y }, parts.join(""));
    await expect(svg).toMatchFileSnapshot("./golden/pipeline-explorer-maps.svg");
  });

  it("the term lens's stage thumbnails", async () => {
    // Build-time PNG data URIs (img src), not SVG: shown as they are, 48 screen pixels a side.
    const network = lensNetwork();
    const thumbnails = stageThumbnails(network);
    const side = 48;
    const parts: string[] = [];
    let y = 14;
    for (const stage of PICTURED_STAGES) {
      const t = stage === "w1" ? network.params.w1 : network.result[stage]!;
      const [height, width] = stage === "w1" ? [3, 3] : t.shape.slice(1);
      parts.push(label(stage, 0, y + side / 2));
      thumbnails[stage]!.forEach((uri, i) => {
        const at = { x: 30 + i * (side + GAP), y, scale: side / width };
        parts.push(mapImage(uri, width, height, at));
      });
      y += side + GAP;
    }
    const svg = goldenSvg({ width: 30 + 4 * (side + GAP), height: y }, parts.join(""));
    await expect(svg).toMatchFileSnapshot("./golden/term-lens-thumbnails.svg");
  });
});
