import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { colourScale, type ColourScale, type ScaleKind } from "../../src/viz/scales";
import { heatmapPixels } from "../../src/viz/heatmap";

/** The pixels `scale.rgb` gives, one value at a time: the reference the table path must meet. */
function referencePixels(values: readonly number[], scale: ColourScale): number[] {
  return values.flatMap((v) => [...scale.rgb(v), 255]);
}

/** The largest difference of any channel between the table path and `scale.rgb`. */
function largestDifference(values: readonly number[], scale: ColourScale): number {
  const painted = heatmapPixels(values, values.length, 1, scale);
  const reference = referencePixels(values, scale);
  return Math.max(0, ...reference.map((c, i) => Math.abs(c - painted[i])));
}

/** Values at and around the domain's ends and middle, where rounding and clamping decide. */
function edgeValues([lo, hi]: [number, number]): number[] {
  const width = hi - lo;
  const around = [lo, hi, (lo + hi) / 2, 0, -0, lo - width, hi + width, lo * 1e6, hi * 1e6];
  const nudged = around.flatMap((v) => [v, v + Math.abs(v) * 1e-12, v - Math.abs(v) * 1e-12]);
  // The boundaries between the table's 256 steps, where Math.round goes one way or the other.
  const steps = Array.from({ length: 256 }, (_, i) => lo + ((i + 0.5) / 255) * width);
  return [...nudged, ...steps, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE];
}

const KINDS: ScaleKind[] = ["diverging", "sequential", "image"];

describe("heatmapPixels' table path", () => {
  // Exact: the table path reproduces d3's position arithmetic and reads the same 256 colours.
  it("heatmapPixels gives exactly scale.rgb's colours (channel difference 0) at ends, ±0 and out of domain", () => {
    const ranges: [number, number][] = [
      [-1, 3],
      [-2.5, 0.7],
      [0, 1],
      [0, 0],
      [0.25, 0.25],
      [-1e-9, 2e-9],
      [-4000, 1234],
      [0, 123456],
    ];
    for (const kind of KINDS) {
      for (const [min, max] of ranges) {
        const scale = colourScale(kind, min, max);
        expect(largestDifference(edgeValues(scale.domain), scale), `${kind} ${min}…${max}`).toBe(0);
      }
    }
  });

  it("heatmapPixels matches scale.rgb exactly for random values on random scales", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.array(fc.double({ min: -2e6, max: 2e6, noNaN: true }), { minLength: 1, maxLength: 64 }),
        (kind, a, b, values) => {
          const scale = colourScale(kind, Math.min(a, b), Math.max(a, b));
          return largestDifference(values, scale) === 0;
        },
      ),
      { numRuns: 500, seed: 20261128 },
    );
  });

  it("heatmapPixels paints NaN black and opaque, never leaving a pixel unset", () => {
    for (const kind of KINDS) {
      const scale = colourScale(kind, -1, 2);
      expect(scale.rgb(NaN)).toEqual([0, 0, 0]);
      const pixels = heatmapPixels([NaN, 1, NaN, -1], 4, 1, scale);
      expect([...pixels.slice(0, 4)]).toEqual([0, 0, 0, 255]);
      expect([...pixels.slice(8, 12)]).toEqual([0, 0, 0, 255]);
      expect([...pixels.slice(4, 8)]).toEqual([...scale.rgb(1), 255]);
      expect(pixels.every((c) => Number.isInteger(c))).toBe(true);
    }
  });

  it("heatmapPixels clamps ±Infinity to the end colours", () => {
    for (const kind of KINDS) {
      const scale = colourScale(kind, -1, 2);
      const pixels = heatmapPixels([Infinity, -Infinity], 2, 1, scale);
      expect([...pixels.slice(0, 4)]).toEqual([...scale.rgb(scale.domain[1]), 255]);
      expect([...pixels.slice(4, 8)]).toEqual([...scale.rgb(scale.domain[0]), 255]);
    }
  });

  it("heatmapPixels overwrites a reused buffer completely and refuses one of the wrong size", () => {
    const scale = colourScale("diverging", -1, 1);
    const buffer = new Uint8ClampedArray(4 * 4).fill(7);
    const values = [-1, -0, 0.5, NaN];
    expect(heatmapPixels(values, 2, 2, scale, buffer)).toBe(buffer);
    expect([...buffer]).toEqual(referencePixels(values, scale));
    expect(() => heatmapPixels(values, 3, 2, scale, buffer)).toThrow(RangeError);
    expect(() => heatmapPixels([1, 2], 2, 2, scale)).toThrow(RangeError);
  });
});
