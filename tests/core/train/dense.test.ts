import { describe, expect, it } from "vitest";
import { tensor } from "../../../src/core/index";
import { dense, denseBackward } from "../../../src/core/train/index";
import { dot, numericGradient, randomArray, refDense, relativeError } from "./reference";

describe("dense", () => {
  it("dense computes W·x + b", () => {
    const w = tensor([2, 3], [1, 2, 3, -1, 0, 1]);
    // [1·1 + 2·2 + 3·3 + 0.5, −1·1 + 0 + 1·3 − 1]
    expect(Array.from(dense([1, 2, 3], w, [0.5, -1]))).toEqual([14.5, 1]);
  });

  it("denseBackward matches central differences for the input, weights and bias", () => {
    const [outputs, inputs] = [4, 7];
    const f32 = (a: Float64Array) => Float64Array.from(Float32Array.from(a));
    const x = f32(randomArray(inputs, 1));
    const w = f32(randomArray(outputs * inputs, 2));
    const b = f32(randomArray(outputs, 3));
    const r = f32(randomArray(outputs, 4));
    const loss = () => dot(r, refDense(x, w, b));
    const grads = denseBackward(x, tensor([outputs, inputs], w), r);
    expect(relativeError(grads.input, numericGradient(x, loss))).toBeLessThan(1e-3);
    expect(relativeError(grads.weights.data, numericGradient(w, loss))).toBeLessThan(1e-3);
    expect(relativeError(grads.bias, numericGradient(b, loss))).toBeLessThan(1e-3);
  });

  it("dense with the wrong number of inputs throws a RangeError", () => {
    expect(() => dense([1, 2], tensor([2, 3]), [0, 0])).toThrow(/takes 3 inputs/);
    expect(() => denseBackward([1, 2, 3], tensor([2, 3]), [1])).toThrow(RangeError);
  });
});
