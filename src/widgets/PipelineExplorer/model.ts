import {
  KERNEL_PRESETS,
  channel,
  minMax,
  presetById,
  tensor,
  type PipelineParams,
  type PipelineResult,
  type Tensor,
} from "../../core";
import { formatNumber, formatSize } from "../../viz/format";
import { fillLabel } from "../parseNumber";
import type { PipelineExplorerLabels } from "./labels";
import { colourScale, roleOfStage, scaleKindFor, type ColourScale } from "../../viz/scales";
import { SAMPLE_SIZE, sampleValues } from "../samples";

/** The stages the explorer can draw, in reading order; p1 and p2 only with pooling on. */
export const SHOWN_STAGES = ["s1", "z1", "a1", "p1", "z2", "a2", "p2"] as const;
export type ShownStage = (typeof SHOWN_STAGES)[number];
/** The stages that exist only when the network pools. */
export const POOLED_STAGES: readonly ShownStage[] = ["p1", "p2"];

/** The stages drawn for a network with or without pooling. */
export function shownStages(pool: boolean): readonly ShownStage[] {
  return pool ? SHOWN_STAGES : SHOWN_STAGES.filter((s) => !POOLED_STAGES.includes(s));
}

/** The pooling the explorer offers: 2 × 2 max pooling after each ReLU, as the term lens shows. */
export const EXPLORER_POOL = { kind: "max", size: 2 } as const;

export interface FilterConfig {
  /** The preset the kernel came from, or null once the reader has edited a cell. */
  preset: string | null;
  kernel: number[];
  bias: number;
}

export interface ExplorerConfig {
  sample: string;
  filters: FilterConfig[];
  /** 2 × 2 max pooling after each ReLU: p1 = pool(a1), then s2 = w2 ∗ p1. */
  pool: boolean;
  /** One colour scale per stage (maps comparable) or one per map (each map's detail). */
  scale: ScaleMode;
}

export const SCALE_MODES = ["stage", "map"] as const;
export type ScaleMode = (typeof SCALE_MODES)[number];

function fromPreset(id: string, bias: number): FilterConfig {
  const preset = presetById(id);
  if (!preset) throw new RangeError(`Unknown kernel preset “${id}”.`);
  return { preset: id, kernel: [...preset.kernel], bias };
}

/**
 * Four conv1 filters chosen to show four behaviours: two edge detectors (signed output, so
 * ReLU halves them), a Laplacian (thin outlines) and a blur with a negative bias (ReLU keeps
 * only the bright regions).
 */
export function defaultConfig(): ExplorerConfig {
  return {
    sample: "chelsea",
    filters: [
      fromPreset("sobel-x", 0),
      fromPreset("sobel-y", 0),
      fromPreset("laplacian", 0),
      fromPreset("gaussian-blur", -0.35),
    ],
    pool: false,
    scale: "stage",
  };
}

const CENTRE = [0, 0, 0, 0, 1, 0, 0, 0, 0];
const ZERO = Array(9).fill(0);

/** Fixed conv2 weights [2, 4, 3, 3]; see labels.layer2Note for what they do. */
function layer2Weights(): { w2: Tensor; b2: number[] } {
  const filter1 = [CENTRE, CENTRE, ZERO, ZERO];
  const filter2 = [ZERO, ZERO, ZERO, presetById("sobel-y")!.kernel];
  return { w2: tensor([2, 4, 3, 3], [...filter1, ...filter2].flat()), b2: [-0.5, 0] };
}

export function inputTensor(sample: string): Tensor {
  return tensor([1, SAMPLE_SIZE, SAMPLE_SIZE], sampleValues(sample));
}

export function explorerParams(config: ExplorerConfig): PipelineParams {
  const { w2, b2 } = layer2Weights();
  return {
    w1: tensor(
      [config.filters.length, 1, 3, 3],
      config.filters.flatMap((f) => f.kernel),
    ),
    b1: config.filters.map((f) => f.bias),
    w2,
    b2,
    conv1: { padding: "same" },
    conv2: { padding: "same" },
    activation: { name: "relu" },
    pool: config.pool ? EXPLORER_POOL : null,
  };
}

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

export { KERNEL_PRESETS };
