import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRandom, randomTensor } from "../../src/core/index";

describe("random", () => {
  it("createRandom with the same seed gives the same sequence", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    for (let i = 0; i < 100; i++) expect(a.next()).toBe(b.next());
  });

  it("createRandom with different seeds gives different sequences", () => {
    const a = createRandom(1);
    const b = createRandom(2);
    const same = Array.from({ length: 20 }, () => a.next() === b.next()).filter(Boolean);
    expect(same.length).toBeLessThan(3);
  });

  it("createRandom(seed).next() stays in [0, 1) and averages about 1/2", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const r = createRandom(seed);
        let sum = 0;
        for (let i = 0; i < 2000; i++) {
          const v = r.next();
          if (!(v >= 0 && v < 1)) return false;
          sum += v;
        }
        return Math.abs(sum / 2000 - 0.5) < 0.05;
      }),
      { numRuns: 20 },
    );
  });

  it("createRandom with a fractional seed throws RangeError", () => {
    expect(() => createRandom(0.5)).toThrow(RangeError);
    expect(() => createRandom(NaN)).toThrow(RangeError);
  });

  it("uniform(lo, hi) stays in [lo, hi)", () => {
    const r = createRandom(7);
    for (let i = 0; i < 1000; i++) {
      const v = r.uniform(-3, 5);
      expect(v).toBeGreaterThanOrEqual(-3);
      expect(v).toBeLessThan(5);
    }
    expect(() => r.uniform(2, 1)).toThrow(RangeError);
  });

  it("normal(mean, sd) has about that mean and standard deviation", () => {
    const r = createRandom(3);
    const n = 20000;
    const xs = Array.from({ length: n }, () => r.normal(2, 3));
    const mean = xs.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
    expect(mean).toBeCloseTo(2, 1);
    expect(Math.abs(sd - 3)).toBeLessThan(0.1);
    expect(xs.every(Number.isFinite)).toBe(true);
  });

  it("int(lo, hiExclusive) hits every integer in range and nothing else", () => {
    const r = createRandom(9);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(r.int(-2, 3));
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2]);
    expect(() => r.int(3, 3)).toThrow(RangeError);
  });

  it("randomTensor(shape, rng, lo, hi) fills the shape from [lo, hi)", () => {
    const t = randomTensor([2, 3, 4], createRandom(5), 0, 0.5);
    expect(t.shape).toEqual([2, 3, 4]);
    expect(t.data.every((v) => v >= 0 && v <= 0.5)).toBe(true);
    expect(new Set(t.data).size).toBeGreaterThan(20);
  });
});
