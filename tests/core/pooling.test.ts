import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  avgPool2d,
  avgPool2dInto,
  createRandom,
  maxPool2d,
  maxPool2dInto,
  poolOutputShape,
  randomTensor,
  tensor,
  zeros,
  type Tensor,
} from "../../src/core/index";

// 1×4×4, row-major:
//  1  2  5  6
//  3  4  8  7
//  0 -1 -5 -6
// -2 -3 -7 -8
const T = tensor([1, 4, 4], [1, 2, 5, 6, 3, 4, 8, 7, 0, -1, -5, -6, -2, -3, -7, -8]);

const poolCase = fc
  .record({
    c: fc.integer({ min: 1, max: 3 }),
    h: fc.integer({ min: 1, max: 9 }),
    w: fc.integer({ min: 1, max: 9 }),
    size: fc.integer({ min: 1, max: 4 }),
    stride: fc.integer({ min: 1, max: 4 }),
    seed: fc.integer(),
  })
  .filter((p) => p.size <= p.h && p.size <= p.w)
  .map((p) => ({ ...p, t: randomTensor([p.c, p.h, p.w], createRandom(p.seed)) }));

/** The size×size window of output (c, oy, ox), as the definition reads it. */
function windowOf(t: Tensor, c: number, oy: number, ox: number, size: number, stride: number) {
  const [, h, w] = t.shape;
  const values: number[] = [];
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++)
      values.push(t.data[(c * h + oy * stride + i) * w + ox * stride + j]);
  }
  return values;
}

describe("pooling", () => {
  it("maxPool2d with size 2 takes the largest of each 2×2 block and remembers where", () => {
    const { output, argmax } = maxPool2d(T);
    expect(output.shape).toEqual([1, 2, 2]);
    expect(Array.from(output.data)).toEqual([4, 8, 0, -5]);
    expect(Array.from(argmax)).toEqual([5, 6, 8, 10]);
  });

  it("avgPool2d with size 2 averages each 2×2 block", () => {
    // (1+2+3+4)/4, (5+6+8+7)/4, (0−1−2−3)/4, (−5−6−7−8)/4
    expect(Array.from(avgPool2d(T).data)).toEqual([2.5, 6.5, -1.5, -6.5]);
  });

  it("maxPool2d with size 3 and stride 1 slides overlapping windows", () => {
    const { output } = maxPool2d(T, 3, 1);
    expect(output.shape).toEqual([1, 2, 2]);
    expect(Array.from(output.data)).toEqual([8, 8, 8, 8]);
  });

  it("maxPool2d breaks ties at the first maximum in row-major order", () => {
    const { argmax } = maxPool2d(tensor([1, 2, 2], [3, 3, 3, 3]));
    expect(Array.from(argmax)).toEqual([0]);
  });

  it("maxPool2d and avgPool2d give the largest value and the mean of each window", () => {
    fc.assert(
      fc.property(poolCase, ({ t, size, stride }) => {
        const max = maxPool2d(t, size, stride).output;
        const avg = avgPool2d(t, size, stride);
        const [c, ho, wo] = poolOutputShape(t.shape, size, stride);
        expect(max.shape).toEqual([c, ho, wo]);
        expect(avg.shape).toEqual([c, ho, wo]);
        for (let i = 0; i < c * ho * wo; i++) {
          const window = windowOf(
            t,
            Math.floor(i / (ho * wo)),
            Math.floor(i / wo) % ho,
            i % wo,
            size,
            stride,
          );
          const sum = window.reduce((a, b) => a + b, 0);
          expect(max.data[i]).toBe(Math.max(...window));
          expect(avg.data[i]).toBe(Math.fround(sum / window.length));
        }
      }),
    );
  });

  it("maxPool2d output is ≥ avgPool2d output everywhere", () => {
    fc.assert(
      fc.property(poolCase, ({ t, size, stride }) => {
        const max = maxPool2d(t, size, stride).output;
        const avg = avgPool2d(t, size, stride);
        return max.data.every((v, i) => v >= avg.data[i]);
      }),
    );
  });

  it("maxPool2d argmax points at an input value equal to the output, inside its window", () => {
    fc.assert(
      fc.property(poolCase, ({ t, size, stride, h, w }) => {
        const { output, argmax } = maxPool2d(t, size, stride);
        const [, ho, wo] = output.shape;
        return Array.from(argmax).every((at, i) => {
          const c = Math.floor(i / (ho * wo));
          const oy = Math.floor(i / wo) % ho;
          const ox = i % wo;
          const y = Math.floor(at / w) % h;
          const x = at % w;
          return (
            t.data[at] === output.data[i] &&
            Math.floor(at / (h * w)) === c &&
            y >= oy * stride &&
            y < oy * stride + size &&
            x >= ox * stride &&
            x < ox * stride + size
          );
        });
      }),
    );
  });

  it("poolOutputShape is ⌊(H − size)/stride⌋ + 1 per side", () => {
    expect(poolOutputShape([3, 28, 28])).toEqual([3, 14, 14]);
    expect(poolOutputShape([3, 7, 5], 3, 2)).toEqual([3, 3, 2]);
  });

  it("maxPool2d with a window larger than the input throws RangeError", () => {
    expect(() => maxPool2d(zeros([1, 2, 2]), 3)).toThrow(
      "The 3×3 pooling window is larger than the 2×2 input.",
    );
  });

  it("avgPool2d with size 0, stride 0 or a non-[C,H,W] tensor throws RangeError", () => {
    expect(() => avgPool2d(zeros([1, 2, 2]), 0)).toThrow(RangeError);
    expect(() => avgPool2d(zeros([1, 2, 2]), 2, 0)).toThrow(RangeError);
    expect(() => avgPool2d(zeros([4]))).toThrow(RangeError);
  });

  it("maxPool2d with NaN in the input throws RangeError instead of hiding it", () => {
    expect(() => maxPool2d(tensor([1, 2, 2], [1, NaN, 0, 0]))).toThrow(RangeError);
  });

  it("pooling names what is wrong: shape, size, stride, window, output, argmax, values", () => {
    // Later steps would throw too, with messages about the wrong thing: these are checked first.
    const x = zeros([1, 2, 2]);
    expect(() => avgPool2d(zeros([4]))).toThrow(
      "Pooling needs a [channels, height, width] tensor, got shape [4].",
    );
    for (const size of [0, 1.5]) {
      expect(() => avgPool2d(x, size, 1)).toThrow(
        `The pooling size must be a whole number ≥ 1, got ${size}.`,
      );
    }
    for (const stride of [0, 1.5]) {
      expect(() => maxPool2d(x, 1, stride)).toThrow(
        `The pooling stride must be a whole number ≥ 1, got ${stride}.`,
      );
    }
    // Too tall but not too wide, and the other way round.
    expect(() => maxPool2d(zeros([1, 2, 5]), 3)).toThrow("larger than the 2×5 input");
    expect(() => maxPool2d(zeros([1, 5, 2]), 3)).toThrow("larger than the 5×2 input");
    // An output with too few dimensions, whose sizes all agree with the expected ones.
    const flat = { shape: [1, 2], data: new Float32Array(4) };
    expect(() => maxPool2dInto(T, 2, 2, flat, new Int32Array(4))).toThrow(
      "The output tensor has shape [1, 2] but this pooling produces [1, 2, 2].",
    );
    expect(() => maxPool2dInto(T, 2, 2, zeros([1, 2, 2]), new Int32Array(3))).toThrow(
      "The argmax array has 3 entries but the output has 4.",
    );
    expect(() => avgPool2d(tensor([1, 2, 2], [1, NaN, 0, 0]))).toThrow(
      "The tensor to pool contains NaN at position 1",
    );
  });

  it("maxPool2dInto and avgPool2dInto with channels write only those channels", () => {
    const t = tensor([2, 2, 2], [1, 2, 3, 4, 5, 6, 7, 8]);
    const out = zeros([2, 1, 1]);
    const argmax = new Int32Array(2).fill(-1);
    maxPool2dInto(t, 2, 2, out, argmax, [1]);
    expect(Array.from(out.data)).toEqual([0, 8]);
    expect(Array.from(argmax)).toEqual([-1, 7]);
    const avg = zeros([2, 1, 1]);
    avgPool2dInto(t, 2, 2, avg, [0]);
    expect(Array.from(avg.data)).toEqual([2.5, 0]);
  });

  it("maxPool2dInto with a wrongly sized output throws RangeError", () => {
    expect(() => maxPool2dInto(T, 2, 2, zeros([1, 3, 3]), new Int32Array(9))).toThrow(RangeError);
    expect(() => maxPool2dInto(T, 2, 2, zeros([1, 2, 2]), new Int32Array(3))).toThrow(RangeError);
  });
});
