import { ACTIVATIONS, KERNEL_PRESETS, type ActivationName } from "../../core";
import { readHash, writeHash } from "../hashState";
import { parseFieldNumber } from "../parseNumber";
import { DEFAULT_STATE, SLOPE_LIMIT, VIEWS, type BiasActivationState, type View } from "./model";

/** The widget's URL keys, prefixed so that other widgets on the page never collide. */
export const KEYS = {
  kernel: "ba.kernel",
  bias: "ba.bias",
  activation: "ba.f",
  slope: "ba.slope",
  view: "ba.view",
} as const;

export interface StateRead {
  state: BiasActivationState;
  /** True when the hash had a key of ours with a value we could not use. */
  fellBack: boolean;
}

/**
 * Reads the widget's state from a URL hash; never throws. Keys that are absent take the
 * `defaults`; `biasLimitOf(kernel)` gives the bias range of a kernel, since a bias beyond it is
 * not one the slider can show.
 */
export function readBiasActivationState(
  hash: string,
  biasLimitOf: (kernel: string) => number,
  defaults: BiasActivationState = DEFAULT_STATE,
): StateRead {
  const entries = readHash(hash);
  let fellBack = false;
  function pick<T extends string>(key: string, known: readonly T[], fallback: T): T {
    const value = entries.get(key);
    if (value === undefined) return fallback;
    if ((known as readonly string[]).includes(value)) return value as T;
    fellBack = true;
    return fallback;
  }
  function number(key: string, lo: number, hi: number, fallback: number): number {
    const text = entries.get(key);
    if (text === undefined) return fallback;
    const parsed = parseFieldNumber(text);
    if (parsed.ok && parsed.value >= lo && parsed.value <= hi) return parsed.value;
    fellBack = true;
    return fallback;
  }
  const kernel = pick(
    KEYS.kernel,
    KERNEL_PRESETS.map((p) => p.id),
    defaults.kernel,
  );
  const limit = biasLimitOf(kernel);
  const state: BiasActivationState = {
    kernel,
    bias: number(KEYS.bias, -limit, limit, Math.max(-limit, Math.min(limit, defaults.bias))),
    activation: pick<ActivationName>(KEYS.activation, ACTIVATIONS, defaults.activation),
    slope: number(KEYS.slope, 0, SLOPE_LIMIT, defaults.slope),
    view: pick<View>(KEYS.view, VIEWS, defaults.view),
  };
  return { state, fellBack };
}

/** The hash with this widget's keys set; other widgets' keys are kept. */
export function writeBiasActivationState(hash: string, state: BiasActivationState): string {
  return writeHash(hash, {
    [KEYS.kernel]: state.kernel,
    [KEYS.bias]: String(state.bias),
    [KEYS.activation]: state.activation,
    // The slope only matters for leaky ReLU; keep the link short otherwise.
    [KEYS.slope]: state.activation === "leakyRelu" ? String(state.slope) : undefined,
    [KEYS.view]: state.view,
  });
}
