import { readHash, writeHash } from "../hashState";
import { FEATURE_MAPS, type FeatureMapId } from "./model";

export interface KernelFeatureMapState {
  map: FeatureMapId;
  /** Azimuth of the lifted view, in degrees, 0–355 in steps of TURN_STEP. */
  turn: number;
  /** The picked points, as indices into the data (the URL shows them 1-based, as the page does). */
  x: number;
  y: number;
}

export const TURN_STEP = 5;

export const DEFAULT_KF_STATE: Readonly<KernelFeatureMapState> = Object.freeze({
  map: "lift",
  turn: 30,
  x: 2,
  y: 44,
});

/** The widget's URL keys, prefixed so that other widgets on the page never collide. */
export const KF_KEYS = { map: "kf.phi", turn: "kf.turn", x: "kf.x", y: "kf.y" } as const;

/** Reads the state from a URL hash; never throws. Unusable values of ours fall back, visibly. */
export function readKernelFeatureMapState(
  hash: string,
  pointCount: number,
  defaults: KernelFeatureMapState = DEFAULT_KF_STATE,
): { state: KernelFeatureMapState; fellBack: boolean } {
  const entries = readHash(hash);
  let fellBack = false;
  const whole = (key: string, lo: number, hi: number, fallback: number, step = 1): number => {
    const text = entries.get(key);
    if (text === undefined) return fallback;
    const value = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
    if (value >= lo && value <= hi && value % step === 0) return value;
    fellBack = true;
    return fallback;
  };
  let map = defaults.map;
  const named = entries.get(KF_KEYS.map);
  if (named !== undefined) {
    if ((FEATURE_MAPS as readonly string[]).includes(named)) map = named as FeatureMapId;
    else fellBack = true;
  }
  const state: KernelFeatureMapState = {
    map,
    turn: whole(KF_KEYS.turn, 0, 360 - TURN_STEP, defaults.turn, TURN_STEP),
    x: whole(KF_KEYS.x, 1, pointCount, defaults.x + 1) - 1,
    y: whole(KF_KEYS.y, 1, pointCount, defaults.y + 1) - 1,
  };
  return { state, fellBack };
}

export function writeKernelFeatureMapState(hash: string, state: KernelFeatureMapState): string {
  return writeHash(hash, {
    [KF_KEYS.map]: state.map,
    [KF_KEYS.turn]: String(state.turn),
    [KF_KEYS.x]: String(state.x + 1),
    [KF_KEYS.y]: String(state.y + 1),
  });
}

/** Degrees the 3-D plot turns per pixel dragged: across a phone-wide plot is a full turn. */
export const DEGREES_PER_PIXEL = 1;

/** The turn after dragging `dx` pixels from `start`: in [0, 360), on the slider's steps. */
export function turnAfterDrag(start: number, dx: number): number {
  const turned = Math.round((start + dx * DEGREES_PER_PIXEL) / TURN_STEP) * TURN_STEP;
  return ((turned % 360) + 360) % 360;
}
