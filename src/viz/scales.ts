import { scaleDiverging, scaleSequential } from "d3-scale";
import { interpolateRgb, interpolateRgbBasis } from "d3-interpolate";
import { rgb } from "d3-color";

/** How a stage's values are coloured: signed (diverging at 0), non-negative, or an image. */
export type ScaleKind = "diverging" | "sequential" | "image";

export interface ColourScale {
  kind: ScaleKind;
  /** [lowest, highest] value shown; values outside are clamped. */
  domain: [number, number];
  /** Maps a value to [r, g, b] in 0–255. */
  rgb(value: number): [number, number, number];
  /** CSS colour at t ∈ [0, 1] along the legend. */
  colourAt(t: number): string;
}

// ColorBrewer's 11-class RdBu, from blue (negative) to red (positive), spline-interpolated as
// d3-scale-chromatic does; copied here because that package ships every scheme in one bundle.
const BLUE_WHITE_RED = interpolateRgbBasis(
  "053061 2166ac 4393c3 92c5de d1e5f0 f7f7f7 fddbc7 f4a582 d6604d b2182b 67001f"
    .split(" ")
    .map((hex) => `#${hex}`),
);

// Cividis (Nuñez, Anderton & Renslow 2018), designed to look alike to readers with and without
// colour-vision deficiency; the polynomial fit is the one d3-scale-chromatic uses.
function cividis(t: number): string {
  const x = Math.max(0, Math.min(1, t));
  const channel = (c: number[]) =>
    Math.max(0, Math.min(255, Math.round(c.reduceRight((acc, k) => acc * x + k, 0))));
  const r = channel([-4.54, -35.34, 2381.73, -6402.7, 7024.72, -2710.57]);
  const g = channel([32.49, 170.73, 52.82, -131.46, 176.58, -67.37]);
  const b = channel([81.24, 442.36, -2482.43, 6167.24, -6614.94, 2475.67]);
  return `rgb(${r}, ${g}, ${b})`;
}

const INTERPOLATORS: Record<ScaleKind, (t: number) => string> = {
  diverging: BLUE_WHITE_RED,
  sequential: cividis,
  image: interpolateRgb("#000000", "#ffffff"),
};

// A lookup table keeps per-pixel colouring cheap; 256 steps are finer than the eye can tell apart.
const LUT_SIZE = 256;
const luts = new Map<ScaleKind, Uint8ClampedArray>();
function lut(kind: ScaleKind): Uint8ClampedArray {
  let table = luts.get(kind);
  if (!table) {
    table = new Uint8ClampedArray(LUT_SIZE * 3);
    for (let i = 0; i < LUT_SIZE; i++) {
      const c = rgb(INTERPOLATORS[kind](i / (LUT_SIZE - 1)));
      table[i * 3] = c.r;
      table[i * 3 + 1] = c.g;
      table[i * 3 + 2] = c.b;
    }
    luts.set(kind, table);
  }
  return table;
}

/** Picks the scale a stage's values need: x is an image, s and z are signed, a and p are ≥ 0. */
export function scaleKindFor(min: number, isInput = false): ScaleKind {
  if (isInput) return "image";
  return min < 0 ? "diverging" : "sequential";
}

/**
 * A colour scale for values in [min, max]. Diverging scales are symmetric about 0 so that
 * white always means zero; a flat map (max = min) still gets a non-empty domain.
 */
export function colourScale(kind: ScaleKind, min: number, max: number): ColourScale {
  let domain: [number, number];
  if (kind === "diverging") {
    const m = Math.max(Math.abs(min), Math.abs(max)) || 1;
    domain = [-m, m];
  } else if (kind === "sequential") {
    domain = [Math.min(0, min), max > Math.min(0, min) ? max : Math.min(0, min) + 1];
  } else {
    domain = [min, max > min ? max : min + 1];
  }
  const table = lut(kind);
  const position =
    kind === "diverging"
      ? scaleDiverging([domain[0], 0, domain[1]], (t) => t).clamp(true)
      : scaleSequential(domain, (t) => t).clamp(true);
  return {
    kind,
    domain,
    rgb(value) {
      const i = Math.round(position(value) * (LUT_SIZE - 1)) * 3;
      return [table[i], table[i + 1], table[i + 2]];
    },
    colourAt: (t) => INTERPOLATORS[kind](t),
  };
}
