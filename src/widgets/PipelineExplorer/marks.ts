import { planConv, type PipelineParams, type PipelineResult } from "../../core";
import type { Cell, MapStage } from "./readout";

/** Rows top..bottom and columns left..right of a map, inclusive. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The kinds of mark a pinned cell puts on the maps, in the order of the readout's key. */
export const MARK_KINDS = ["cell", "field", "reach"] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

/**
 * A mark on one map: the pinned cell itself (and the same place in the maps of its grid),
 * the cells it is computed from ("field", e.g. its receptive field in x) or the cells it
 * feeds ("reach", e.g. its place in p1).
 */
export interface Mark {
  stage: MapStage;
  k: number;
  kind: MarkKind;
  box: Box;
}

/** Maps of one size that the same positions run through: x; s1, z1, a1; p1; z2, a2; p2. */
interface Grid {
  stages: MapStage[];
  channels: number;
  size: number;
}

/** How one grid is computed from the one before: a convolution or a pooling. */
type Step =
  | { kind: "conv"; before: number; after: number; stride: number }
  | { kind: "pool"; size: number; stride: number };

const clip = (v: number, size: number) => Math.min(size - 1, Math.max(0, v));

function gridsOf(result: PipelineResult, params: PipelineParams): { grids: Grid[]; steps: Step[] } {
  const grid = (stages: MapStage[]): Grid => {
    const [channels, size] = result[stages[0]]!.shape;
    return { stages, channels, size };
  };
  const conv = (input: readonly number[], weights: readonly number[], options = {}): Step => {
    const plan = planConv(input, weights, options);
    return {
      kind: "conv",
      before: plan.padTop,
      after: plan.kh - 1 - plan.padTop,
      stride: plan.stride,
    };
  };
  const pool = (from: MapStage, to: MapStage): Step => {
    const size = result[from]!.shape[1] / result[to]!.shape[1];
    return { kind: "pool", size, stride: size };
  };
  const grids = [grid(["x"]), grid(["s1", "z1", "a1"])];
  const steps = [conv(result.x.shape, params.w1.shape, params.conv1)];
  if (result.p1) {
    grids.push(grid(["p1"]));
    steps.push(pool("a1", "p1"));
  }
  grids.push(grid(["z2", "a2"]));
  steps.push(conv((result.p1 ?? result.a1).shape, params.w2.shape, params.conv2));
  if (result.p2) {
    grids.push(grid(["p2"]));
    steps.push(pool("a2", "p2"));
  }
  return { grids, steps };
}

/** The cells of the grid before `step` that a box of the grid after it reads. */
function upstream(box: Box, step: Step, size: number): Box {
  const span = (a: number, b: number) =>
    step.kind === "conv"
      ? [clip(a * step.stride - step.before, size), clip(b * step.stride + step.after, size)]
      : [a * step.stride, b * step.stride + step.size - 1];
  const [top, bottom] = span(box.top, box.bottom);
  const [left, right] = span(box.left, box.right);
  return { top, left, bottom, right };
}

/** The cells of the grid after `step` that read a box of the grid before it. */
function downstream(box: Box, step: Step, size: number): Box {
  const reach = step.kind === "conv" ? step.after : step.size - 1;
  const back = step.kind === "conv" ? step.before : 0;
  const span = (a: number, b: number) => [
    clip(Math.ceil((a - reach) / step.stride), size),
    clip(Math.floor((b + back) / step.stride), size),
  ];
  const [top, bottom] = span(box.top, box.bottom);
  const [left, right] = span(box.left, box.right);
  return { top, left, bottom, right };
}

/**
 * The marks a pinned cell puts on every map: the cell in its own grid's maps of the same
 * channel, its receptive field in every grid before (x included) and the cells it reaches in
 * every grid after (its place in p1). A convolution mixes channels, so past one every channel
 * is marked; a pooling keeps to its channel.
 */
export function marksOf(result: PipelineResult, params: PipelineParams, cell: Cell): Mark[] {
  const { grids, steps } = gridsOf(result, params);
  const home = grids.findIndex((g) => g.stages.includes(cell.stage));
  const marks: Mark[] = [];
  const put = (g: number, kind: Mark["kind"], box: Box, channels: number[] | null) => {
    const { stages, channels: count } = grids[g];
    for (const stage of stages) {
      for (const k of channels ?? Array.from({ length: count }, (_, c) => c)) {
        marks.push({ stage, k, kind, box });
      }
    }
  };
  const own: Box = { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
  put(home, "cell", own, [cell.k]);
  for (const [direction, kind] of [
    [-1, "field"],
    [1, "reach"],
  ] as const) {
    let box = own;
    let channels: number[] | null = [cell.k];
    for (let g = home + direction; g >= 0 && g < grids.length; g += direction) {
      const step = steps[Math.min(g, g - direction)];
      box =
        direction < 0 ? upstream(box, step, grids[g].size) : downstream(box, step, grids[g].size);
      // A convolution reads every channel before it; x has only one.
      if (step.kind === "conv") channels = grids[g].channels === 1 ? [0] : null;
      put(g, kind, box, channels);
    }
  }
  return marks;
}
