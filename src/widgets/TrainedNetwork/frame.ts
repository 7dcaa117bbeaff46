import { minMax, tensor, type Tensor, type TensorStageId } from "../../core";
import type { NetworkParams } from "../../core/train";
import {
  colourScale,
  roleOfStage,
  scaleKindFor,
  type ColourScale,
  type StageRole,
} from "../../viz/scales";
import {
  activityChange,
  classify,
  mapFacts,
  stagesOf,
  w2Summary,
  type OcclusionMaps,
  type TensorKind,
} from "./model";

/** The colour scale for all maps of one tensor: diverging for signed stages and weights. */
export function scaleFor(t: Tensor | Float32Array, role: StageRole = "other"): ColourScale {
  const { min, max } = minMax("data" in t ? t : tensor([t.length], t));
  return colourScale(scaleKindFor(min, role), min, max);
}

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
    return { stage, tensor, scale: scaleFor(tensor, roleOfStage(stage)) };
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

/**
 * The colour scale of a filter's a1 maps in the dead-filter view, fixed by the unchanged
 * network (see deadScaleMax).
 */
export function deadScale(max: number): ColourScale {
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
