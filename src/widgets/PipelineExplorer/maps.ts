// The explorer's maps as it draws and describes them: their colour scales, summaries and text.
// Apart from model.ts, whose network the trace and the term lens run too, so that they do not
// fetch these.
import { channel, minMax, tensor, type PipelineResult, type Tensor } from "../../core";
import { formatNumber, formatSize } from "../../viz/format";
import { colourScale, roleOfStage, scaleKindFor, type ColourScale } from "../../viz/scales";
import { fillLabel } from "../parseNumber";
import type { PipelineExplorerLabels } from "./labels";
import type { ShownStage } from "./model";

/** One colour scale per stage, shared by its maps so that they can be compared. */
export function stageScale(t: Tensor, stage: string): ColourScale {
  const { min, max } = minMax(t);
  return colourScale(scaleKindFor(min, roleOfStage(stage)), min, max);
}

/** The colour scale of one map on its own: its range alone, read as its stage's values are. */
export function ownMapScale(values: Float32Array, width: number, height: number, stage: string) {
  return stageScale(tensor([1, height, width], values), stage);
}

export interface MapSummary {
  min: number;
  max: number;
  mean: number;
  /** Fraction of values ≤ 0, the units a ReLU switches off. */
  zeroShare: number;
}

export function mapSummary(values: Float32Array): MapSummary {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let nonPositive = 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
    if (v <= 0) nonPositive++;
  }
  return { min, max, mean: sum / values.length, zeroShare: nonPositive / values.length };
}

/** The 2-D map k of a stage, with its size, for drawing; p1 and p2 need a pooled result. */
export function stageMap(result: PipelineResult, stage: ShownStage | "x", k: number) {
  const t = result[stage];
  if (!t) throw new RangeError(`This network computes no ${stage}: its pooling is off.`);
  return { values: channel(t, k), height: t.shape[1], width: t.shape[2] };
}

/** The text alternative of one map: what it is, its size and its range. */
export function mapAltText(
  labels: PipelineExplorerLabels,
  stage: ShownStage | "x",
  k: number,
  summary: MapSummary,
  width: number,
  height: number,
): string {
  return fillLabel(labels.mapAlt, {
    stage: labels.stageNames[stage],
    k: k + 1,
    size: formatSize(height, width, labels.lang),
    min: formatNumber(summary.min),
    max: formatNumber(summary.max),
    zero: Math.round(summary.zeroShare * 100),
  });
}

/** The cells of a map's row in the numbers table: minimum, maximum, mean, share ≤ 0. */
export function summaryCells(summary: MapSummary): string[] {
  return [
    formatNumber(summary.min),
    formatNumber(summary.max),
    formatNumber(summary.mean),
    `${Math.round(summary.zeroShare * 100)} %`,
  ];
}
