import {
  channel,
  runPipeline,
  tensor,
  type PipelineParams,
  type PipelineResult,
  type Tensor,
} from "../../core";
import type { ColourScale } from "../../viz/scales";
import { defaultConfig, explorerParams, inputTensor } from "../PipelineExplorer/model";
import { stageScale } from "../PipelineExplorer/maps";

/** The stages whose cards show a picture of our own network's tensor. */
export const PICTURED_STAGES = ["x", "w1", "s1", "z1", "a1", "p1", "s2", "z2", "a2", "p2"] as const;
export type PicturedStage = (typeof PICTURED_STAGES)[number];

/**
 * The network the lens shows when no explorer shares its page: the explorer's default filters
 * with its 2×2 max pooling on, so that p1 and p2 exist.
 */
export function lensNetwork(): { params: PipelineParams; result: PipelineResult } {
  const config = { ...defaultConfig(), pool: true };
  const params = explorerParams(config);
  return { params, result: runPipeline(inputTensor(config.sample), params) };
}

/** One thumbnail: a 2-D map and the scale it is drawn with. */
export interface Thumbnail {
  values: Float32Array;
  width: number;
  height: number;
  scale: ColourScale;
}

/**
 * The lens's thumbnails of a network: the first map of each stage and w1's kernels, each on its
 * own scale. p1 and p2 are missing when the network does not pool. Pure, so the build (PNG) and
 * the browser (canvas, following the explorer) draw the same pictures.
 */
export function thumbnailMaps({
  params,
  result,
}: {
  params: PipelineParams;
  result: PipelineResult;
}): Partial<Record<PicturedStage, Thumbnail[]>> {
  const thumb = (t: Tensor, stage: PicturedStage): Thumbnail => {
    const [, height, width] = t.shape;
    const values = channel(t, 0);
    return {
      values,
      width,
      height,
      scale: stageScale(tensor([1, height, width], values), stage),
    };
  };
  const kernels = Array.from({ length: params.w1.shape[0] }, (_, k) =>
    thumb(tensor([1, 3, 3], params.w1.data.slice(k * 9, k * 9 + 9)), "w1"),
  );
  const maps: Partial<Record<PicturedStage, Thumbnail[]>> = {
    x: [thumb(result.x, "x")],
    w1: kernels,
  };
  for (const stage of ["s1", "z1", "a1", "p1", "s2", "z2", "a2", "p2"] as const) {
    const t = result[stage];
    if (t) maps[stage] = [thumb(t, stage)];
  }
  return maps;
}
