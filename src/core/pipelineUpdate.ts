// The explorer's update half of the network (pipeline.ts runs it whole): kept in its own module
// so that figures that only run the network (the trace, channels) do not fetch it, nor
// incremental.ts, in the chunk they share with the explorer.
import { activateInto } from "./activations";
import { addBiasInto } from "./bias";
import { conv2dOutputShape, planConv, type Conv2dOptions, type ConvPlan } from "./conv2d";
import { createIncrementalConv, updateIncrementalConv, type IncrementalConv } from "./incremental";
import { avgPool2dInto, maxPool2dInto, poolOutputShape } from "./pooling";
import {
  runPipeline,
  validateParams,
  type PipelineParams,
  type PipelineResult,
  type PoolSpec,
} from "./pipeline";
import type { TensorStageId } from "./stages";
import { channelIndices, cloneTensor, type Tensor } from "./tensor";

/** One filter (or its bias) was edited: which parameter, and the filter's index. */
export type PipelineChange = { param: "w1" | "b1" | "w2" | "b2"; filter: number };

/** `argmax` must exist for max pooling; checkResultFits makes sure it does. */
function poolInto(
  a: Tensor,
  pool: PoolSpec,
  p: Tensor,
  argmax: Int32Array | undefined,
  channels: readonly number[],
): void {
  const stride = pool.stride ?? pool.size;
  if (pool.kind === "max") maxPool2dInto(a, pool.size, stride, p, argmax!, channels);
  else avgPool2dInto(a, pool.size, stride, p, channels);
}

function sameShape(t: Tensor | undefined, shape: readonly number[]): boolean {
  return (
    t !== undefined && t.shape.length === shape.length && t.shape.every((d, i) => d === shape[i])
  );
}

/** Checks that `result` has exactly the stages and shapes `params` would produce now. */
function checkResultFits(result: PipelineResult, params: PipelineParams): void {
  const pool = params.pool ?? null;
  const s1Shape = conv2dOutputShape(result.x.shape, params.w1.shape, params.conv1);
  const p1Shape = pool ? poolOutputShape(s1Shape, pool.size, pool.stride ?? pool.size) : s1Shape;
  const s2Shape = conv2dOutputShape(p1Shape, params.w2.shape, params.conv2);
  const p2Shape = pool ? poolOutputShape(s2Shape, pool.size, pool.stride ?? pool.size) : s2Shape;
  const fits =
    sameShape(result.s1, s1Shape) &&
    sameShape(result.z1, s1Shape) &&
    sameShape(result.a1, s1Shape) &&
    sameShape(result.s2, s2Shape) &&
    sameShape(result.z2, s2Shape) &&
    sameShape(result.a2, s2Shape) &&
    (pool ? sameShape(result.p1, p1Shape) && sameShape(result.p2, p2Shape) : true) &&
    (result.p1Argmax !== undefined) === (pool?.kind === "max") &&
    (result.p2Argmax !== undefined) === (pool?.kind === "max");
  if (!fits) {
    throw new RangeError(
      "These parameters no longer match the computed network (a shape or the pooling changed); run the whole network again.",
    );
  }
}

/** What updatePipeline keeps between calls for one result: each convolution, incremental. */
interface Incremental {
  conv1?: IncrementalConv;
  conv2?: IncrementalConv;
}

const incremental = new WeakMap<PipelineResult, Incremental>();

function samePlan(a: ConvPlan, b: ConvPlan): boolean {
  return (Object.keys(a) as (keyof ConvPlan)[]).every((key) => a[key] === b[key]);
}

/**
 * The incremental state of one layer of `result`, made anew (from the current input and
 * weights, so made after the stages before it are up to date) unless it still fits.
 */
function layerOf(
  result: PipelineResult,
  layer: "conv1" | "conv2",
  input: Tensor,
  weights: Tensor,
  options: Conv2dOptions | undefined,
): IncrementalConv {
  const state = incremental.get(result) ?? {};
  incremental.set(result, state);
  const out = layer === "conv1" ? result.s1 : result.s2;
  const kept = state[layer];
  if (
    kept?.input === input &&
    kept.out === out &&
    samePlan(kept.plan, planConv(input.shape, weights.shape, options ?? {}))
  ) {
    return kept;
  }
  return (state[layer] = createIncrementalConv(input, weights, options, out));
}

/**
 * After one filter or bias was edited in `params`, recomputes in place only what the edit
 * touches: w1[k]: channel k of s1, z1, a1, p1, then all of layer 2; b1[k]: channel k of z1,
 * a1, p1, then all of layer 2; w2[k]: channel k of s2, z2, a2, p2; b2[k]: channel k of z2,
 * a2, p2. Shapes, options, activation and pooling must be those `result` was computed
 * with, and `result.x` must not have changed; otherwise call runPipeline.
 *
 * The convolutions are updated by deltas (see incremental.ts): a changed kernel cell costs
 * one pass over its map, and a changed map of layer 1 one single-channel convolution per
 * layer 2 map. The first call on a result computes the layers it reaches in full. Values agree with
 * runPipeline's to float32 rounding (within 2⁻³⁶ of a map's largest value before it).
 *
 * @returns the channels that changed, by stage id
 * @throws RangeError/TypeError for parameters that do not fit, a non-finite value or a sum
 *   too large for float32 (as runPipeline); the next call then recomputes in full
 */
export function updatePipeline(
  result: PipelineResult,
  params: PipelineParams,
  change: PipelineChange,
): Partial<Record<TensorStageId, number[]>> {
  validateParams(result.x, params);
  checkResultFits(result, params);
  const { param, filter } = change;
  if (param !== "w1" && param !== "b1" && param !== "w2" && param !== "b2") {
    throw new TypeError(`Unknown parameter "${String(param)}"; expected w1, b1, w2 or b2.`);
  }
  const layer1 = param === "w1" || param === "b1";
  const filters = (layer1 ? params.w1 : params.w2).shape[0];
  if (!Number.isInteger(filter) || filter < 0 || filter >= filters) {
    throw new RangeError(
      `Filter ${filter} does not exist: ${param} has filters 0 to ${filters - 1}.`,
    );
  }
  try {
    return updateStages(result, params, param, filter);
  } catch (error) {
    incremental.delete(result);
    throw error;
  }
}

function updateStages(
  result: PipelineResult,
  params: PipelineParams,
  param: PipelineChange["param"],
  filter: number,
): Partial<Record<TensorStageId, number[]>> {
  const layer1 = param === "w1" || param === "b1";
  const pool = params.pool ?? null;
  const k = [filter];
  const changed: Partial<Record<TensorStageId, number[]>> = {};

  if (layer1) {
    if (param === "w1") {
      const conv1 = layerOf(result, "conv1", result.x, params.w1, params.conv1);
      updateIncrementalConv(conv1, result.x, params.w1, { filters: k });
      changed.s1 = [filter];
    }
    addBiasInto(result.s1, params.b1, result.z1, k);
    activateInto(result.z1, params.activation, result.a1, k);
    changed.z1 = [filter];
    changed.a1 = [filter];
    if (pool && result.p1) {
      poolInto(result.a1, pool, result.p1, result.p1Argmax, k);
      changed.p1 = [filter];
    }
  }

  // A layer 1 change reaches every channel of layer 2, since each layer 2 filter reads all of layer 1.
  const touched2 = layer1 ? channelIndices(params.w2.shape[0]) : k;
  const record = () => [...touched2];
  if (layer1 || param === "w2") {
    const in2 = pool && result.p1 ? result.p1 : result.a1;
    const conv2 = layerOf(result, "conv2", in2, params.w2, params.conv2);
    const edit = layer1 ? { inputChannels: k, filters: touched2 } : { filters: k };
    updateIncrementalConv(conv2, in2, params.w2, edit);
    changed.s2 = record();
  }
  addBiasInto(result.s2, params.b2, result.z2, touched2);
  activateInto(result.z2, params.activation, result.a2, touched2);
  changed.z2 = record();
  changed.a2 = record();
  if (pool && result.p2) {
    poolInto(result.a2, pool, result.p2, result.p2Argmax, touched2);
    changed.p2 = record();
  }
  return changed;
}

/**
 * Readies `result` for updatePipeline before the first edit, which would otherwise wait for
 * what only the first update does: building the incremental state (a full recompute of both
 * convolutions) and the engine compiling the update code. The state is built on `result`
 * itself, with unchanged parameters, so no value changes; each kind of update (a kernel cell,
 * a bias, of each layer) then runs a few times on a copy. Call it when the page is idle.
 *
 * @returns the maps an edit of filter 0 of w1 reaches (as updatePipeline reports them), which
 *   a widget can redraw, unchanged, to have its drawing code ready too
 */
export function warmUpPipeline(
  result: PipelineResult,
  params: PipelineParams,
): Partial<Record<TensorStageId, number[]>> {
  const reached = updatePipeline(result, params, { param: "w1", filter: 0 });
  const copy: PipelineParams = {
    ...params,
    w1: cloneTensor(params.w1),
    b1: Array.from(params.b1),
    w2: cloneTensor(params.w2),
    b2: Array.from(params.b2),
  };
  const scratch = runPipeline(result.x, copy);
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const param of ["w1", "b1", "w2", "b2"] as const) {
      const values =
        param === "w1" || param === "w2" ? copy[param].data : (copy[param] as number[]);
      values[0] += round % 2 ? -0.5 : 0.5;
      updatePipeline(scratch, copy, { param, filter: 0 });
    }
  }
  return reached;
}

/** Rounds of updates the warm-up runs: enough for the engine to optimise the update code. */
const WARM_UP_ROUNDS = 12;
