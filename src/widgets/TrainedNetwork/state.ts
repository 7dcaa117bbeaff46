import { readHash, writeHash } from "../hashState";
import { OCCLUDER_SIZES, TENSOR_KINDS, type TensorKind } from "./model";

/** The three views of the widget; each instance shows one. */
export const VIEWS = ["maps", "dead", "occlusion"] as const;
export type View = (typeof VIEWS)[number];

/** Everything a link can set. Indices are 0-based here; the URL shows them 1-based. */
export interface TrainedNetworkState {
  /** Held-out digit shown (0–99). */
  digit: number;
  tensor: TensorKind;
  /** Conv1 filter whose bias is changed (0–7). */
  filter: number;
  /** Change of that bias. */
  shift: number;
  /** Side of the occluder in pixels. */
  size: number;
  /** Occluder position on its grid (0 to steps − 1). */
  row: number;
  col: number;
}

export const SHIFT_RANGE = { min: -4, max: 2, step: 0.1 } as const;

export const DEFAULT_TN_STATE: Readonly<TrainedNetworkState> = Object.freeze({
  digit: 0,
  tensor: "a",
  filter: 0,
  shift: 0,
  size: 6,
  row: 6,
  col: 6,
});

/**
 * The state a view starts in. The occlusion view opens on a 0 (held-out digit 9) with the
 * square in its hole, where the shipped network stops reading a 0.
 */
export function defaultState(view: View): TrainedNetworkState {
  return view === "occlusion"
    ? { ...DEFAULT_TN_STATE, digit: 8, row: 8, col: 7 }
    : { ...DEFAULT_TN_STATE };
}

/** Each view's URL keys, prefixed "tn." so other widgets never collide, and distinct per view. */
export const TN_KEYS: Record<View, Partial<Record<keyof TrainedNetworkState, string>>> = {
  maps: { digit: "tn.digit", tensor: "tn.tensor" },
  dead: { filter: "tn.filter", shift: "tn.shift" },
  occlusion: { digit: "tn.occ.digit", size: "tn.occ.size", row: "tn.occ.row", col: "tn.occ.col" },
};

/** Limits that depend on the loaded data: how many digits, filters and occluder positions. */
export interface StateLimits {
  digits: number;
  filters: number;
  steps: number;
}

/**
 * Reads one view's state from a URL hash; never throws. A value of ours that cannot be used
 * falls back to the default and sets `fellBack`, so the widget can say so.
 */
export function readTrainedNetworkState(
  hash: string,
  view: View,
  limits: StateLimits,
): { state: TrainedNetworkState; fellBack: boolean } {
  const entries = readHash(hash);
  const keys = TN_KEYS[view];
  const state = defaultState(view);
  let fellBack = false;
  const text = (field: keyof TrainedNetworkState) => {
    const key = keys[field];
    return key === undefined ? undefined : entries.get(key);
  };
  const whole = (field: "digit" | "filter" | "row" | "col", count: number) => {
    const t = text(field);
    if (t === undefined) return;
    const n = /^\d{1,4}$/.test(t) ? Number(t) : NaN;
    if (n >= 1 && n <= count) state[field] = n - 1;
    else fellBack = true;
  };
  whole("digit", limits.digits);
  whole("filter", limits.filters);
  whole("row", limits.steps);
  whole("col", limits.steps);
  const tensorText = text("tensor");
  if (tensorText !== undefined) {
    if ((TENSOR_KINDS as readonly string[]).includes(tensorText)) {
      state.tensor = tensorText as TensorKind;
    } else fellBack = true;
  }
  const sizeText = text("size");
  if (sizeText !== undefined) {
    const n = Number(sizeText);
    if ((OCCLUDER_SIZES as readonly number[]).includes(n) && /^\d+$/.test(sizeText)) state.size = n;
    else fellBack = true;
  }
  const shiftText = text("shift");
  if (shiftText !== undefined) {
    const n = /^[-+]?\d+(\.\d+)?$/.test(shiftText) ? Number(shiftText) : NaN;
    if (n >= SHIFT_RANGE.min && n <= SHIFT_RANGE.max) state.shift = roundShift(n);
    else fellBack = true;
  }
  return { state, fellBack };
}

/** A bias change on the slider's grid of steps (0.1), without float noise. */
export function roundShift(value: number): number {
  return Math.round(value / SHIFT_RANGE.step) / Math.round(1 / SHIFT_RANGE.step);
}

/** Writes one view's keys into the hash, keeping every other key. */
export function writeTrainedNetworkState(
  hash: string,
  view: View,
  state: TrainedNetworkState,
): string {
  const values: Record<keyof TrainedNetworkState, string> = {
    digit: String(state.digit + 1),
    tensor: state.tensor,
    filter: String(state.filter + 1),
    shift: String(roundShift(state.shift)),
    size: String(state.size),
    row: String(state.row + 1),
    col: String(state.col + 1),
  };
  const updates: Record<string, string> = {};
  for (const [field, key] of Object.entries(TN_KEYS[view])) {
    updates[key] = values[field as keyof TrainedNetworkState];
  }
  return writeHash(hash, updates);
}
