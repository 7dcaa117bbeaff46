import type { Tensor, TensorStageId } from "../../core";
import type { DigitSet, NetworkParams } from "../../core/train";
import { colourScale, type ColourScale } from "../../viz/scales";
import {
  activityChange,
  classify,
  filterActivity,
  mapFacts,
  scaleFor,
  stagesOf,
  w2Summary,
  withBiasShift,
  type FilterActivity,
  type OcclusionMaps,
  type TensorKind,
} from "./model";

/** One layer's maps of the chosen tensor kind, with the colour scale they share. */
export interface LayerFrame {
  stage: TensorStageId;
  tensor: Tensor;
  scale: ColourScale;
}

/** Everything the maps view draws for one input and one tensor kind. */
export interface MapsFrame {
  probabilities: Float32Array;
  predicted: number;
  layers: [LayerFrame, LayerFrame];
}

export function mapsFrame(net: NetworkParams, x: Tensor, kind: TensorKind): MapsFrame {
  const out = classify(net, x);
  const layer = (stage: TensorStageId): LayerFrame => {
    const tensor = out.stages[stage as keyof typeof out.stages] as Tensor;
    return { stage, tensor, scale: scaleFor(tensor) };
  };
  const [first, second] = stagesOf(kind);
  return {
    probabilities: out.probabilities,
    predicted: out.predicted,
    layers: [layer(first), layer(second)],
  };
}

/** The learned filters as pictures: w1 kernels and the w2 summary, each with one shared scale. */
export function filtersFrame(net: NetworkParams) {
  const [count, , kh, kw] = net.w1.shape;
  const taps = kh * kw;
  const kernels = Array.from({ length: count }, (_, k) =>
    net.w1.data.slice(k * taps, (k + 1) * taps),
  );
  const w2 = w2Summary(net);
  return {
    w1: { kernels, size: kh, scale: scaleFor(net.w1.data), biases: Array.from(net.b1) },
    w2: { ...w2, scale: scaleFor(w2.values) },
  };
}

/** The first digit of each class 0 … count − 1: the dead-filter view's grid. */
export function firstOfEachClass(digits: DigitSet, count: number): number[] {
  const found: number[] = [];
  for (let c = 0; c < count; c++) {
    const i = digits.labels.indexOf(c);
    if (i >= 0) found.push(i);
  }
  return found;
}

/** The dead-filter view: the chosen filter's a1 maps with its bias moved, over the grid and all digits. */
export interface DeadFrame {
  /** The grid's digits: their maps (a subset of all.maps) and how many are silent. */
  grid: { maps: Float32Array[]; silent: number };
  /** The same filter over every shipped digit. */
  all: FilterActivity;
  /** The bias after the change. */
  bias: number;
}

export function deadFrame(
  net: NetworkParams,
  digits: DigitSet,
  grid: readonly number[],
  filter: number,
  shift: number,
): DeadFrame {
  const changed = withBiasShift(net, filter, shift);
  const all = filterActivity(
    changed,
    digits,
    Array.from(digits.labels, (_, i) => i),
    filter,
  );
  const maps = grid.map((i) => all.maps[i]);
  const silent = maps.filter((m) => m.every((v) => v === 0)).length;
  return { grid: { maps, silent }, all, bias: changed.b1[filter] };
}

/**
 * The colour scale of a filter's a1 maps in the dead-filter view, fixed by the unchanged
 * network, so the maps visibly fade as the bias drops instead of being rescaled.
 */
export function deadScale(
  net: NetworkParams,
  digits: DigitSet,
  grid: readonly number[],
  filter: number,
): ColourScale {
  let max = 0;
  for (const map of filterActivity(net, digits, grid, filter).maps) {
    max = Math.max(max, mapFacts(map).max);
  }
  return colourScale("sequential", 0, max);
}

/**
 * What the occlusion maps draw: the change of activity (diverging, white = no change) and
 * the probability (0–1, the same scale for every digit).
 */
export function occlusionPictures(
  maps: OcclusionMaps,
): Record<"activity" | "probability", { values: Float32Array; scale: ColourScale }> {
  const change = activityChange(maps);
  const { min, max } = mapFacts(change);
  return {
    activity: { values: change, scale: colourScale("diverging", min, max) },
    probability: { values: maps.probability, scale: colourScale("sequential", 0, 1) },
  };
}
