import { readHash, writeHash } from "../hashState";

/** The widget's own hash key, prefixed so other widgets on the page never collide. */
const KEY = "ch.o";

export interface OutputStateRead {
  /** The chosen output map, 0-based. */
  o: number;
  /** True when the hash named a map that does not exist and map 1 was shown instead. */
  fellBack: boolean;
}

/** Reads `#ch.o=2` (1-based, as readers count maps); anything else falls back to map 1. */
export function readOutputState(hash: string, count: number): OutputStateRead {
  const entries = readHash(hash);
  const text = entries.get(KEY);
  const raw = hash
    .replace(/^#/, "")
    .split("&")
    .some((part) => part.startsWith(`${KEY}=`));
  if (text === undefined) return { o: 0, fellBack: raw };
  if (!/^\d+$/.test(text)) return { o: 0, fellBack: true };
  const o = Number(text) - 1;
  if (o < 0 || o >= count) return { o: 0, fellBack: true };
  return { o, fellBack: false };
}

/** The hash with this widget's key set to output map o (0-based); other keys are kept. */
export function writeOutputState(hash: string, o: number): string {
  return writeHash(hash, { [KEY]: String(o + 1) });
}
