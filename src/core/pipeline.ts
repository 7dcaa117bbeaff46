import { activate, activationFn, type ActivationSpec } from "./activations";
import { addBias } from "./bias";
import { conv2d, type Conv2dOptions } from "./conv2d";
import { avgPool2d, maxPool2d } from "./pooling";
import { formatShape, type Tensor } from "./tensor";

/** Pooling after each activation: a size×size window moved by stride (default size). */
export interface PoolSpec {
  kind: "max" | "avg";
  size: number;
  stride?: number;
}

/** Parameters of the two-layer network. */
export interface PipelineParams {
  /** Layer 1 filters, [C1, C0, k, k]; C0 = channels of x. */
  w1: Tensor;
  /** Layer 1 biases, [C1]. */
  b1: ArrayLike<number>;
  /** Layer 2 filters, [C2, C1, k, k]. */
  w2: Tensor;
  /** Layer 2 biases, [C2]. */
  b2: ArrayLike<number>;
  /** Layer 1 convolution options; default stride 1, padding 0 ('valid'), dilation 1. */
  conv1?: Conv2dOptions;
  /** Layer 2 convolution options; same defaults as conv1. */
  conv2?: Conv2dOptions;
  /** Used for both layers. */
  activation: ActivationSpec;
  /** Pooling after both activations; omitted or null means none. */
  pool?: PoolSpec | null;
}

/**
 * Every stage of the network, by stage id (see stages.ts). `x` is the input tensor
 * itself, not a copy. p1/p2 and their argmax exist only with pooling (argmax only for max).
 */
export interface PipelineResult {
  x: Tensor;
  s1: Tensor;
  z1: Tensor;
  a1: Tensor;
  p1?: Tensor;
  p1Argmax?: Int32Array;
  s2: Tensor;
  z2: Tensor;
  a2: Tensor;
  p2?: Tensor;
  p2Argmax?: Int32Array;
}

/** Checks that the parameters fit x and each other; throws RangeError/TypeError otherwise. */
export function validateParams(x: Tensor, params: PipelineParams): void {
  if (params === null || typeof params !== "object") {
    throw new TypeError("The network parameters must be an object { w1, b1, w2, b2, activation }.");
  }
  const { w1, b1, w2, b2, pool } = params;
  if (x.shape.length !== 3) {
    throw new RangeError(
      `The input x must have shape [channels, height, width], got ${formatShape(x.shape)}.`,
    );
  }
  for (const [name, w] of [
    ["w1", w1],
    ["w2", w2],
  ] as const) {
    if (w.shape.length !== 4) {
      throw new RangeError(
        `${name} must have shape [filters, channels, kernel height, kernel width], got ${formatShape(w.shape)}.`,
      );
    }
  }
  if (w1.shape[1] !== x.shape[0]) {
    throw new RangeError(
      `The layer 1 filters (w1) expect ${w1.shape[1]} input channels, but the input x has ${x.shape[0]}.`,
    );
  }
  if (w2.shape[1] !== w1.shape[0]) {
    throw new RangeError(
      `The layer 2 filters (w2) expect ${w2.shape[1]} input channels, but layer 1 has ${w1.shape[0]} filters.`,
    );
  }
  if (b1.length !== w1.shape[0]) {
    throw new RangeError(`Layer 1 has ${w1.shape[0]} filters but b1 has ${b1.length} biases.`);
  }
  if (b2.length !== w2.shape[0]) {
    throw new RangeError(`Layer 2 has ${w2.shape[0]} filters but b2 has ${b2.length} biases.`);
  }
  activationFn(params.activation);
  if (pool !== undefined && pool !== null && pool.kind !== "max" && pool.kind !== "avg") {
    throw new TypeError(`Unknown pooling "${String(pool.kind)}"; choose "max" or "avg".`);
  }
}

interface Pooled {
  p: Tensor;
  argmax?: Int32Array;
}

function poolOf(a: Tensor, pool: PoolSpec): Pooled {
  if (pool.kind === "max") {
    const { output, argmax } = maxPool2d(a, pool.size, pool.stride ?? pool.size);
    return { p: output, argmax };
  }
  return { p: avgPool2d(a, pool.size, pool.stride ?? pool.size) };
}

/**
 * Runs x through the two layers: s1 = w1∗x, z1 = s1 + b1, a1 = f(z1), p1 = pool(a1),
 * then the same with w2, b2 on p1 (or a1 without pooling). Every stage is a new tensor.
 *
 * @param x input image [C0, H, W]
 * @throws RangeError/TypeError when the parameters do not fit x or each other
 */
export function runPipeline(x: Tensor, params: PipelineParams): PipelineResult {
  validateParams(x, params);
  const pool = params.pool ?? null;
  const s1 = conv2d(x, params.w1, undefined, params.conv1);
  const z1 = addBias(s1, params.b1);
  const a1 = activate(z1, params.activation);
  const pooled1 = pool ? poolOf(a1, pool) : null;
  const s2 = conv2d(pooled1 ? pooled1.p : a1, params.w2, undefined, params.conv2);
  const z2 = addBias(s2, params.b2);
  const a2 = activate(z2, params.activation);
  const pooled2 = pool ? poolOf(a2, pool) : null;
  const result: PipelineResult = { x, s1, z1, a1, s2, z2, a2 };
  if (pooled1 && pooled2) {
    result.p1 = pooled1.p;
    result.p2 = pooled2.p;
    if (pooled1.argmax) result.p1Argmax = pooled1.argmax;
    if (pooled2.argmax) result.p2Argmax = pooled2.argmax;
  }
  return result;
}
