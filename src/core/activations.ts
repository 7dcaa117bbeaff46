import { channelRanges, formatShape, type Tensor } from "./tensor";

/** The activation functions the site offers, in menu order. */
export const ACTIVATIONS = ["identity", "relu", "leakyRelu", "sigmoid", "tanh"] as const;

export type ActivationName = (typeof ACTIVATIONS)[number];

/** An activation and its parameter. */
export interface ActivationSpec {
  name: ActivationName;
  /** Slope for negative inputs, leakyRelu only; default 0.01. */
  slope?: number;
}

const DEFAULT_SLOPE = 0.01;

function checkedSlope(spec: ActivationSpec): number {
  if (spec === null || typeof spec !== "object") {
    throw new TypeError("An activation must be given as { name, slope? }.");
  }
  if (!(ACTIVATIONS as readonly string[]).includes(spec.name)) {
    throw new TypeError(
      `Unknown activation "${String(spec.name)}"; choose one of ${ACTIVATIONS.join(", ")}.`,
    );
  }
  const slope = spec.slope ?? DEFAULT_SLOPE;
  if (typeof slope !== "number" || !Number.isFinite(slope)) {
    throw new RangeError(`The leaky ReLU slope must be a finite number, got ${String(slope)}.`);
  }
  return slope;
}

/**
 * The activation as a scalar function. identity: v; relu: max(0, v); leakyRelu: v if
 * v > 0 else slope·v; sigmoid: 1/(1 + e^−v); tanh: tanh v.
 * Throws TypeError for an unknown name, RangeError for a non-finite slope.
 */
export function activationFn(spec: ActivationSpec): (v: number) => number {
  const slope = checkedSlope(spec);
  switch (spec.name) {
    case "identity":
      return (v) => v;
    case "relu":
      return (v) => (v > 0 ? v : 0);
    case "leakyRelu":
      return (v) => (v > 0 ? v : slope * v);
    case "sigmoid":
      return (v) => 1 / (1 + Math.exp(-v));
    case "tanh":
      return Math.tanh;
  }
}

/** Applies the activation elementwise; returns a new tensor of the same shape. */
export function activate(t: Tensor, spec: ActivationSpec): Tensor {
  const out: Tensor = { shape: [...t.shape], data: new Float32Array(t.data.length) };
  activateInto(t, spec, out);
  return out;
}

/**
 * Applies the activation from src into out (same shape; may be the same tensor).
 * With `channels`, only those channels of a [C, H, W] tensor are written.
 */
export function activateInto(
  src: Tensor,
  spec: ActivationSpec,
  out: Tensor,
  channels?: readonly number[],
): void {
  const slope = checkedSlope(spec);
  if (
    src.shape.length !== out.shape.length ||
    src.shape.some((d, i) => d !== out.shape[i]) ||
    src.data.length !== out.data.length
  ) {
    throw new RangeError(
      `The output shape ${formatShape(out.shape)} differs from the input shape ${formatShape(src.shape)}.`,
    );
  }
  const from = src.data;
  const to = out.data;
  // One loop per activation: calling activationFn's closure per element is several
  // times slower than the convolution that produced the values.
  for (const [start, end] of channelRanges(src.shape, channels)) {
    switch (spec.name) {
      case "identity":
        if (to !== from) to.set(from.subarray(start, end), start);
        break;
      // (v + |v|)/2 is max(v, 0) exactly, without a branch the processor mispredicts half
      // the time on maps of mixed sign (several times slower).
      case "relu":
        for (let i = start; i < end; i++) {
          const v = from[i];
          to[i] = (v + Math.abs(v)) * 0.5;
        }
        break;
      case "leakyRelu":
        for (let i = start; i < end; i++) {
          const v = from[i];
          const positive = (v + Math.abs(v)) * 0.5;
          to[i] = positive + slope * (v - positive);
        }
        break;
      case "sigmoid":
        for (let i = start; i < end; i++) to[i] = 1 / (1 + Math.exp(-from[i]));
        break;
      case "tanh":
        for (let i = start; i < end; i++) to[i] = Math.tanh(from[i]);
        break;
    }
  }
}
