import { describe, expect, it } from "vitest";
import { maxPool2d, tensor } from "../../../src/core/index";
import { maxPool2dBackward } from "../../../src/core/train/index";
import { dot, numericGradient, randomArray, refMaxPool, relativeError } from "./reference";

describe("maxPool2dBackward", () => {
  it.each([
    ["2×2 windows, stride 2 (the trained network's pooling)", 2, 2, 6, 8],
    ["3×3 windows, stride 1 (overlapping: gradients add up)", 3, 1, 5, 6],
    ["2×2 windows, stride 2, odd size (the last row is dropped)", 2, 2, 5, 7],
  ])("maxPool2dBackward with %s matches central differences", (_name, size, stride, h, w) => {
    const c = 2;
    const x = Float64Array.from(Float32Array.from(randomArray(c * h * w, 4)));
    const { output, argmax } = maxPool2d(tensor([c, h, w], x), size, stride);
    const r = Float64Array.from(Float32Array.from(randomArray(output.data.length, 5)));
    const grad = maxPool2dBackward([c, h, w], argmax, tensor(output.shape, r));
    const loss = () => dot(r, refMaxPool(x, c, h, w, size, stride));
    expect(grad.shape).toEqual([c, h, w]);
    expect(relativeError(grad.data, numericGradient(x, loss, 1e-6))).toBeLessThan(1e-3);
  });

  it("maxPool2dBackward sends each gradient to its window's maximum only", () => {
    // 1×2×4: windows [1 5 | 2 0] and [3 4 | 8 7]; maxima 5 (index 1) and 8 (index 6).
    const x = tensor([1, 2, 4], [1, 5, 3, 4, 2, 0, 8, 7]);
    const { output, argmax } = maxPool2d(x);
    const grad = maxPool2dBackward(x.shape, argmax, tensor(output.shape, [10, 20]));
    expect(Array.from(grad.data)).toEqual([0, 10, 0, 0, 0, 0, 20, 0]);
  });

  it("maxPool2dBackward with an argmax outside the input throws a RangeError", () => {
    expect(() =>
      maxPool2dBackward([1, 2, 2], Int32Array.from([4]), tensor([1, 1, 1], [1])),
    ).toThrow(RangeError);
  });
});
