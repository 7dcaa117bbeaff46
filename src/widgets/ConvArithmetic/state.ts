import { readHash, writeHash } from "../hashState";
import {
  DEFAULT_GEOMETRY,
  GEOMETRY_KEYS,
  parseGeometryField,
  type Geometry,
  type GeometryKey,
} from "./model";

/** The widget's own hash keys, prefixed so other widgets on the page never collide. */
const hashKey = (key: GeometryKey) => `ca.${key}`;

export interface GeometryStateRead {
  geometry: Geometry;
  /** True when the hash held a size this widget cannot show and the defaults were used. */
  fellBack: boolean;
}

/**
 * Reads `#ca.n=7&ca.k=3&ca.s=2&ca.p=1&ca.d=1`. Missing keys take their default; any key that
 * is not a whole number within its limits makes the whole state fall back to the defaults.
 */
export function readGeometryState(hash: string): GeometryStateRead {
  const entries = readHash(hash);
  const geometry: Geometry = { ...DEFAULT_GEOMETRY };
  const fallback = { geometry: { ...DEFAULT_GEOMETRY }, fellBack: true };
  // readHash skips pairs it cannot decode; one of ours among them still deserves the notice.
  const ours = hash
    .replace(/^#/, "")
    .split("&")
    .filter((part) => part.startsWith("ca."));
  const read = GEOMETRY_KEYS.filter((key) => entries.has(hashKey(key)));
  if (ours.length > read.length) return fallback;
  for (const key of GEOMETRY_KEYS) {
    const text = entries.get(hashKey(key));
    if (text === undefined) continue;
    const parsed = parseGeometryField(key, text);
    if (!parsed.ok) return fallback;
    geometry[key] = parsed.value;
  }
  return { geometry, fellBack: false };
}

/** The hash with this widget's keys set to `geometry`; other widgets' keys are kept. */
export function writeGeometryState(hash: string, geometry: Geometry): string {
  return writeHash(
    hash,
    Object.fromEntries(GEOMETRY_KEYS.map((key) => [hashKey(key), String(geometry[key])])),
  );
}
