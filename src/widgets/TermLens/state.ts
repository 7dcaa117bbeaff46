import { readHash, writeHash } from "../hashState";

export interface LensState {
  /** The source whose terms are highlighted. */
  lens: string;
  /** A second source, compared in a second style; null when none is pinned. */
  pin: string | null;
}

export interface LensStateRead {
  state: LensState;
  /** True when the hash named something unknown and a default was used instead. */
  fellBack: boolean;
}

/** The hash keys, prefixed like every other widget's. */
export const LENS_KEYS = { lens: "tl.lens", pin: "tl.pin" } as const;
/** The unprefixed keys of links shared before the prefix: still read, never written. */
const OLD_KEYS = { lens: "lens", pin: "pin" } as const;

/**
 * Reads `#tl.lens=<id>&tl.pin=<id>`, or the older `#lens=<id>&pin=<id>` when no prefixed key is
 * there; unknown ids fall back to the default and say so.
 */
export function readLensState(
  hash: string,
  known: readonly string[],
  fallback: string,
): LensStateRead {
  const entries = readHash(hash);
  const keys = entries.has(LENS_KEYS.lens) || entries.has(LENS_KEYS.pin) ? LENS_KEYS : OLD_KEYS;
  let fellBack = false;
  let lens = entries.get(keys.lens) ?? fallback;
  if (!known.includes(lens)) {
    lens = fallback;
    fellBack = true;
  }
  let pin = entries.get(keys.pin) ?? null;
  if (pin !== null && (!known.includes(pin) || pin === lens)) {
    fellBack = fellBack || !known.includes(pin);
    pin = null;
  }
  return { state: { lens, pin }, fellBack };
}

/** Writes the prefixed keys and drops the old ones, so that a link holds one lens only. */
export function writeLensState(hash: string, state: LensState): string {
  return writeHash(hash, {
    [OLD_KEYS.lens]: undefined,
    [OLD_KEYS.pin]: undefined,
    [LENS_KEYS.lens]: state.lens,
    [LENS_KEYS.pin]: state.pin ?? undefined,
  });
}
