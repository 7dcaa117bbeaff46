import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { outputSize, receptiveField, resolvePadding } from "../../src/core/index";

describe("shape", () => {
  it("outputSize(5, 3) is 3 for a valid convolution", () => {
    expect(outputSize(5, 3)).toBe(3);
  });

  it("outputSize(7, 3, 2, 1) returns ⌊(n+2p−k)/s⌋+1 = 4", () => {
    expect(outputSize(7, 3, 2, 1)).toBe(4);
  });

  it("outputSize(7, 3, 1, 0, 2) counts the dilated span 5: 3 outputs", () => {
    expect(outputSize(7, 3, 1, 0, 2)).toBe(3);
  });

  it("outputSize with a kernel larger than the padded input throws a readable RangeError", () => {
    expect(() => outputSize(3, 5)).toThrow(RangeError);
    expect(() => outputSize(3, 5)).toThrow(/size 5 is larger than the padded input of size 3/);
    expect(() => outputSize(4, 3, 1, 0, 2)).toThrow(/spanning 5 pixels with dilation 2/);
  });

  it("outputSize with stride 0, a fractional size or negative padding throws RangeError", () => {
    expect(() => outputSize(5, 3, 0)).toThrow(RangeError);
    expect(() => outputSize(5.5, 3)).toThrow(RangeError);
    expect(() => outputSize(5, 3, 1, -1)).toThrow(RangeError);
    expect(() => outputSize(5, 0)).toThrow(RangeError);
    expect(() => outputSize(5, 3, 1, 0, 0)).toThrow(RangeError);
  });

  it("outputSize agrees with counting window positions one by one", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        (n, k, s, p, d) => {
          const span = d * (k - 1) + 1;
          fc.pre(span <= n + 2 * p);
          let count = 0;
          for (let start = 0; start + span <= n + 2 * p; start += s) count++;
          return outputSize(n, k, s, p, d) === count;
        },
      ),
    );
  });

  it("resolvePadding('same') keeps the size for odd kernels at stride 1", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        (n, half, d) => {
          const k = 2 * half + 1;
          const p = resolvePadding("same", k, 1, d);
          fc.pre(d * (k - 1) + 1 <= n + 2 * p);
          return p === (d * (k - 1)) / 2 && outputSize(n, k, 1, p, d) === n;
        },
      ),
    );
  });

  it("resolvePadding('valid') is 0 and a number is kept", () => {
    expect(resolvePadding("valid", 5)).toBe(0);
    expect(resolvePadding(2, 3)).toBe(2);
  });

  it("resolvePadding('same') with an even kernel or stride 2 throws RangeError", () => {
    expect(() => resolvePadding("same", 4)).toThrow(RangeError);
    expect(() => resolvePadding("same", 3, 2)).toThrow(/stride 1/);
  });

  it("resolvePadding with an unknown rule throws TypeError", () => {
    expect(() => resolvePadding("full" as never, 3)).toThrow(TypeError);
  });

  it("receptiveField of two 3×3 layers is 5 pixels wide", () => {
    expect(receptiveField([{ kernel: 3 }, { kernel: 3 }])).toEqual([
      { size: 3, jump: 1, start: 1 },
      { size: 5, jump: 1, start: 2 },
    ]);
  });

  it("receptiveField of conv 3 (pad 1), pool 2 stride 2, conv 3 (pad 1) follows the recurrences", () => {
    // size: 1 → 3 → 3+1·1=4 → 4+2·2=8; jump: 1 → 1 → 2 → 2;
    // start: 0 → 0+(1−1)·1=0 → 0+(0.5−0)·1=0.5 → 0.5+(1−1)·2=0.5
    expect(
      receptiveField([
        { kernel: 3, padding: 1 },
        { kernel: 2, stride: 2 },
        { kernel: 3, padding: "same" },
      ]),
    ).toEqual([
      { size: 3, jump: 1, start: 0 },
      { size: 4, jump: 2, start: 0.5 },
      { size: 8, jump: 2, start: 0.5 },
    ]);
  });

  it("receptiveField with dilation 2 grows by the dilated span", () => {
    expect(receptiveField([{ kernel: 3, dilation: 2 }])).toEqual([{ size: 5, jump: 1, start: 2 }]);
  });

  it("receptiveField of no layers is an empty list", () => {
    expect(receptiveField([])).toEqual([]);
  });
});
