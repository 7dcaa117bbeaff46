import { describe, expect, it } from "vitest";
import { addBias, tensor } from "../../../src/core/index";
import { biasBackward } from "../../../src/core/train/index";
import { dot, numericGradient, randomArray, relativeError } from "./reference";

describe("biasBackward", () => {
  it("biasBackward matches central differences of addBias", () => {
    const s = tensor([3, 4, 5], Float32Array.from(randomArray(60, 1)));
    const b = Float64Array.from(Float32Array.from(randomArray(3, 2)));
    const r = Float64Array.from(Float32Array.from(randomArray(60, 3)));
    const loss = () => dot(r, addBias(s, b).data);
    const grad = biasBackward(tensor([3, 4, 5], r));
    // addBias is float32 but linear in b, so a large step keeps rounding small beside it.
    expect(relativeError(grad, numericGradient(b, loss, 0.25))).toBeLessThan(1e-3);
  });

  it("biasBackward sums each channel of the gradient", () => {
    const g = tensor([2, 1, 3], [1, 2, 3, -1, 0.5, 0.5]);
    expect(Array.from(biasBackward(g))).toEqual([6, 0]);
  });

  it("biasBackward of a tensor that is not [C, H, W] throws a RangeError", () => {
    expect(() => biasBackward(tensor([4]))).toThrow(RangeError);
  });
});
