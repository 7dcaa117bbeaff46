import {
  channel,
  runPipeline,
  tensor,
  type PipelineParams,
  type PipelineResult,
  type Tensor,
} from "../../core";
import { heatmapPixels } from "../../viz/heatmap";
import { pngDataUri } from "../../viz/png";
import { defaultConfig, explorerParams, inputTensor, stageScale } from "../PipelineExplorer/model";

/** The stages whose cards show a picture of our own network's tensor. */
export const PICTURED_STAGES = ["x", "w1", "s1", "z1", "a1", "p1", "s2", "z2", "a2", "p2"] as const;
export type PicturedStage = (typeof PICTURED_STAGES)[number];

/** Our own network as the lens shows it: the explorer's, with 2×2 max pooling on so that p1 and p2 exist. */
export function lensNetwork(): { params: PipelineParams; result: PipelineResult } {
  const config = defaultConfig();
  const params = { ...explorerParams(config), pool: { kind: "max" as const, size: 2 } };
  return { params, result: runPipeline(inputTensor(config.sample), params) };
}

/**
 * The lens's thumbnails, as PNG data URIs: the first map of each stage of the network and w1's
 * four kernels; computed at build time by the same core as every other figure.
 */
export function stageThumbnails({
  params,
  result,
}: ReturnType<typeof lensNetwork>): Record<PicturedStage, string[]> {
  const thumb = (t: Tensor, isInput = false) => {
    const [, h, w] = t.shape;
    const one = tensor([1, h, w], channel(t, 0));
    return pngDataUri(heatmapPixels(one.data, w, h, stageScale(one, isInput)), w, h);
  };
  const kernel = (k: number) => thumb(tensor([1, 3, 3], params.w1.data.subarray(k * 9, k * 9 + 9)));
  const map = (stage: Exclude<PicturedStage, "x" | "w1">) => [thumb(result[stage]!)];
  return {
    x: [thumb(result.x, true)],
    w1: [0, 1, 2, 3].map(kernel),
    s1: map("s1"),
    z1: map("z1"),
    a1: map("a1"),
    p1: map("p1"),
    s2: map("s2"),
    z2: map("z2"),
    a2: map("a2"),
    p2: map("p2"),
  };
}
