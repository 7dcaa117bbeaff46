import { planConv, type PipelineParams, type PipelineResult, type Tensor } from "../../core";
import type { ShownStage } from "./model";

/** A map the explorer draws: x or one of its shown stages. */
export type MapStage = ShownStage | "x";

/** One cell of one map: stage, map (channel) k, row and column, all from 0. */
export interface Cell {
  stage: MapStage;
  k: number;
  row: number;
  col: number;
}

/** One input channel of a convolution's window, with the kernel slice it meets. */
export interface ConvWindow {
  channel: number;
  /** The 3×3 input values, row-major; 0 where the window reaches into the padding. */
  values: number[];
  /** True where the window reaches past the map's edge (the zero padding). */
  padded: boolean[];
  kernel: number[];
  /** This channel's share of the sum: Σ value × kernel. */
  partial: number;
}

export type ReadoutStep =
  | {
      kind: "conv";
      /** The stage the window is read from. */
      input: "x" | "a1" | "p1";
      /** The weights: w1 or w2, filter k. */
      weights: "w1" | "w2";
      filter: number;
      /** The window's top-left cell in the input (negative at the edge: padding). */
      top: number;
      left: number;
      windows: ConvWindow[];
      /** The core's s1 or s2 value (the sum of every product, in float32). */
      sum: number;
    }
  | { kind: "bias"; bias: number; before: number; value: number }
  | { kind: "activation"; before: number; value: number }
  | {
      kind: "pool";
      input: "a1" | "a2";
      top: number;
      left: number;
      size: number;
      /** The pooling window's values, row-major. */
      values: number[];
      max: number;
      /** Where the maximum came from, in the input map. */
      from: { row: number; col: number };
    };

/** What the readout shows for one cell: its value and the computation that produced it. */
export interface Readout {
  cell: Cell;
  value: number;
  steps: ReadoutStep[];
}

const LAYER1: readonly MapStage[] = ["s1", "z1", "a1"];
const LAYER2: readonly MapStage[] = ["z2", "a2"];

function tensorOf(result: PipelineResult, stage: MapStage): Tensor {
  const t = result[stage];
  if (!t) throw new RangeError(`This network computes no ${stage}: its pooling is off.`);
  return t;
}

const at = (t: Tensor, k: number, row: number, col: number) =>
  t.data[(k * t.shape[1] + row) * t.shape[2] + col];

/** Whether the cell lies on its map in this result. */
export function cellExists(result: PipelineResult, cell: Cell): boolean {
  const t = result[cell.stage];
  return (
    t !== undefined &&
    [cell.k, cell.row, cell.col].every(Number.isInteger) &&
    cell.k >= 0 &&
    cell.k < t.shape[0] &&
    cell.row >= 0 &&
    cell.row < t.shape[1] &&
    cell.col >= 0 &&
    cell.col < t.shape[2]
  );
}

function convStep(
  result: PipelineResult,
  params: PipelineParams,
  layer: 1 | 2,
  { k, row, col }: Cell,
): ReadoutStep {
  const input = layer === 1 ? "x" : result.p1 ? "p1" : "a1";
  const source = tensorOf(result, input);
  const weights = layer === 1 ? params.w1 : params.w2;
  const plan = planConv(
    source.shape,
    weights.shape,
    (layer === 1 ? params.conv1 : params.conv2) ?? {},
  );
  const top = row * plan.stride - plan.padTop;
  const left = col * plan.stride - plan.padLeft;
  const windows: ConvWindow[] = [];
  for (let c = 0; c < plan.cin; c++) {
    const window: ConvWindow = { channel: c, values: [], padded: [], kernel: [], partial: 0 };
    for (let i = 0; i < plan.kh; i++) {
      for (let j = 0; j < plan.kw; j++) {
        const r = top + i * plan.dilation;
        const q = left + j * plan.dilation;
        const outside = r < 0 || r >= plan.h || q < 0 || q >= plan.w;
        const value = outside ? 0 : at(source, c, r, q);
        const weight = weights.data[((k * plan.cin + c) * plan.kh + i) * plan.kw + j];
        window.values.push(value);
        window.padded.push(outside);
        window.kernel.push(weight);
        window.partial += value * weight;
      }
    }
    windows.push(window);
  }
  const sum = at(layer === 1 ? result.s1 : result.s2, k, row, col);
  return {
    kind: "conv",
    input,
    weights: layer === 1 ? "w1" : "w2",
    filter: k,
    top,
    left,
    windows,
    sum,
  };
}

/** conv, then + bias, then the activation, as far as `stage` goes. */
function layerSteps(
  result: PipelineResult,
  params: PipelineParams,
  layer: 1 | 2,
  cell: Cell,
  depth: number,
): ReadoutStep[] {
  const { k, row, col } = cell;
  const [s, z, a] =
    layer === 1 ? [result.s1, result.z1, result.a1] : [result.s2, result.z2, result.a2];
  const bias = (layer === 1 ? params.b1 : params.b2)[k];
  const steps = [convStep(result, params, layer, cell)];
  if (depth >= 1) {
    steps.push({ kind: "bias", bias, before: at(s, k, row, col), value: at(z, k, row, col) });
  }
  if (depth >= 2) {
    steps.push({ kind: "activation", before: at(z, k, row, col), value: at(a, k, row, col) });
  }
  return steps;
}

function poolStep(result: PipelineResult, layer: 1 | 2, { k, row, col }: Cell): ReadoutStep {
  const input = layer === 1 ? "a1" : "a2";
  const source = result[input];
  const pooled = tensorOf(result, layer === 1 ? "p1" : "p2");
  const argmax = layer === 1 ? result.p1Argmax : result.p2Argmax;
  const [, h, w] = source.shape;
  // Square windows that tile the map: its size is the ratio of the two maps' sizes.
  const size = h / pooled.shape[1];
  const top = row * size;
  const left = col * size;
  const values: number[] = [];
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) values.push(at(source, k, top + i, left + j));
  }
  // The explorer pools by maximum, so the core kept where each maximum came from.
  const index = argmax![(k * pooled.shape[1] + row) * pooled.shape[2] + col] - k * h * w;
  return {
    kind: "pool",
    input,
    top,
    left,
    size,
    values,
    max: at(pooled, k, row, col),
    from: { row: Math.floor(index / w), col: index % w },
  };
}

/**
 * The readout of one cell: its value and, for every stage but x, the steps that computed it,
 * read from the core's result and parameters (the conv sum is the core's own s1 or s2).
 *
 * @throws RangeError when the cell is not on its map in this result
 */
export function readoutOf(result: PipelineResult, params: PipelineParams, cell: Cell): Readout {
  if (!cellExists(result, cell)) {
    throw new RangeError(
      `There is no cell ${cell.row}, ${cell.col} on map ${cell.k} of ${cell.stage}.`,
    );
  }
  const value = at(tensorOf(result, cell.stage), cell.k, cell.row, cell.col);
  const { stage } = cell;
  let steps: ReadoutStep[] = [];
  if (LAYER1.includes(stage)) steps = layerSteps(result, params, 1, cell, LAYER1.indexOf(stage));
  else if (LAYER2.includes(stage))
    steps = layerSteps(result, params, 2, cell, LAYER2.indexOf(stage) + 1);
  else if (stage === "p1") steps = [poolStep(result, 1, cell)];
  else if (stage === "p2") steps = [poolStep(result, 2, cell)];
  return { cell, value, steps };
}
