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

/** Reads `#lens=<id>&pin=<id>`; unknown ids fall back to the default and say so. */
export function readLensState(
  hash: string,
  known: readonly string[],
  fallback: string,
): LensStateRead {
  const entries = readHash(hash);
  let fellBack = false;
  let lens = entries.get("lens") ?? fallback;
  if (!known.includes(lens)) {
    lens = fallback;
    fellBack = true;
  }
  let pin = entries.get("pin") ?? null;
  if (pin !== null && (!known.includes(pin) || pin === lens)) {
    fellBack = fellBack || !known.includes(pin);
    pin = null;
  }
  return { state: { lens, pin }, fellBack };
}

export function writeLensState(hash: string, state: LensState): string {
  return writeHash(hash, { lens: state.lens, pin: state.pin ?? undefined });
}
