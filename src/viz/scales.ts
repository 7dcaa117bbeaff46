import { interpolateRgb, interpolateRgbBasis, rgb, scaleDiverging, scaleSequential } from "d3";

/** How a stage's values are coloured: signed (diverging at 0), non-negative, or an image. */
export type ScaleKind = "diverging" | "sequential" | "image";

export interface ColourScale {
  kind: ScaleKind;
  /** [lowest, highest] value shown; values outside are clamped. */
  domain: [number, number];
  /** Maps a value to [r, g, b] in 0–255; NaN, which has no colour, to black. */
  rgb(value: number): [number, number, number];
  /**
   * Colours `values` into `pixels`, one opaque RGBA pixel (packed in memory order) a value: the
   * colours of `rgb`, read from a table without allocating, for maps redrawn on every keystroke.
   */
  paint(values: ArrayLike<number>, pixels: Uint32Array): void;
  /** CSS colour at t ∈ [0, 1] along the legend. */
  colourAt(t: number): string;
}

// ColorBrewer's 11-class RdBu, from blue (negative) to red (positive), spline-interpolated as
// d3-scale-chromatic does. Copied here, not imported: d3-scale-chromatic builds every scheme's
// ramp when its module loads, so the bundler cannot drop the others; importing interpolateRdBu
// from "d3" alone added about 6 KiB of gzip JavaScript (measured with esbuild, d3 7.9).
const BLUE_WHITE_RED = interpolateRgbBasis(
  "053061 2166ac 4393c3 92c5de d1e5f0 f7f7f7 fddbc7 f4a582 d6604d b2182b 67001f"
    .split(" ")
    .map((hex) => `#${hex}`),
);

// Cividis (Nuñez, Anderton & Renslow 2018), designed to look alike to readers with and without
// colour-vision deficiency; the polynomial fit is the one d3-scale-chromatic uses (copied, as
// above, to spare that package's weight).
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
const NO_VALUE: [number, number, number] = [0, 0, 0];

interface Lut {
  rgb: Uint8ClampedArray;
  /** The same colours as opaque RGBA pixels, each packed into one 32-bit word. */
  rgba: Uint32Array;
}

/** Packs opaque RGBA bytes into 32-bit words through a byte view, so any byte order works. */
function packRgba(colours: readonly (readonly number[])[]): Uint32Array {
  const bytes = new Uint8ClampedArray(colours.length * 4);
  colours.forEach(([r, g, b], i) => bytes.set([r, g, b, 255], i * 4));
  return new Uint32Array(bytes.buffer);
}

const BLACK_PIXEL = packRgba([NO_VALUE])[0];

const luts = new Map<ScaleKind, Lut>();
function lut(kind: ScaleKind): Lut {
  let table = luts.get(kind);
  if (!table) {
    const colours = Array.from({ length: LUT_SIZE }, (_, i) => {
      const c = rgb(INTERPOLATORS[kind](i / (LUT_SIZE - 1)));
      return [c.r, c.g, c.b];
    });
    table = { rgb: new Uint8ClampedArray(colours.flat()), rgba: packRgba(colours) };
    luts.set(kind, table);
  }
  return table;
}

/**
 * The position t ∈ [0, 1] of a value on the scale as `offset + (value − origin) · slope`, with
 * two slopes for a diverging scale (below and above its midpoint 0) and the same arithmetic as
 * d3's scaleSequential and scaleDiverging, so that `paint` picks exactly `rgb`'s colours.
 * Kept beside d3 rather than calling the d3 scale per pixel: a map is repainted on every
 * keystroke, and a d3 scale returns a colour string per value, which would then be parsed; a
 * lookup table of packed RGBA words fills a canvas without allocating.
 */
interface PositionMap {
  offset: number;
  origin: number;
  below: number;
  above: number;
}

function positionMap(kind: ScaleKind, [lo, hi]: [number, number]): PositionMap | null {
  if (kind === "diverging") {
    return { offset: 0.5, origin: 0, below: 0.5 / (0 - lo), above: 0.5 / (hi - 0) };
  }
  const slope = lo === hi ? 0 : 1 / (hi - lo);
  // Like d3, null (every value at the middle) when the domain has no width or no finite one.
  return slope === 0 ? null : { offset: 0, origin: lo, below: slope, above: slope };
}

function paintPixels(
  values: ArrayLike<number>,
  pixels: Uint32Array,
  table: Uint32Array,
  map: PositionMap | null,
): void {
  const last = LUT_SIZE - 1;
  const n = Math.min(values.length, pixels.length);
  const { offset, origin, below, above } = map ?? { offset: 0.5, origin: 0, below: 0, above: 0 };
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const t = map ? offset + (v - origin) * (v < origin ? below : above) : v === v ? 0.5 : NaN;
    // NaN fails both comparisons and is painted black, as `rgb` colours it.
    pixels[i] =
      t >= 0
        ? t <= 1
          ? table[Math.round(t * last)]
          : table[last]
        : t < 0
          ? table[0]
          : BLACK_PIXEL;
  }
}

/**
 * How a stage's values are read: an input image; a signed sum (s = w ∗ x, z = s + b), which can
 * take either sign; or any other values (a, p, weights), signed only if some value is negative.
 */
export type StageRole = "input" | "signed" | "other";

/** The role of a stage id: x is the input, s1, z1, s2, z2 are signed sums, the rest other. */
export function roleOfStage(stage: string): StageRole {
  if (stage === "x") return "input";
  return /^[sz]\d*$/.test(stage) ? "signed" : "other";
}

/**
 * Picks the scale a stage's values need: an image's grey; diverging at 0 for a signed stage,
 * even when all its values happen to be ≥ 0, so that its colours keep their meaning (z never
 * looks like a); for other values, diverging only when some are negative. `true` is the input
 * (callers that only tell the input apart), `false` any other stage.
 */
export function scaleKindFor(min: number, role: StageRole | boolean = "other"): ScaleKind {
  if (role === true || role === "input") return "image";
  if (role === "signed") return "diverging";
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
  const map = positionMap(kind, domain);
  return {
    kind,
    domain,
    rgb(value) {
      const t = position(value);
      if (t === undefined || Number.isNaN(t)) return [...NO_VALUE];
      const i = Math.round(t * (LUT_SIZE - 1)) * 3;
      return [table.rgb[i], table.rgb[i + 1], table.rgb[i + 2]];
    },
    paint: (values, pixels) => paintPixels(values, pixels, table.rgba, map),
    colourAt: (t) => INTERPOLATORS[kind](t),
  };
}
