import { describe, expect, it } from "vitest";
import { createAdam } from "../../../src/core/train/index";

describe("createAdam", () => {
  it("Adam's first step moves every parameter by the learning rate against its gradient's sign", () => {
    const p = Float32Array.from([1, 1, 1]);
    createAdam([p], { learningRate: 0.1 }).step([[2, -0.5, 1e-3]]);
    // m̂ = g and v̂ = g² after bias correction, so the step is α·g/|g|.
    expect(p[0]).toBeCloseTo(0.9, 5);
    expect(p[1]).toBeCloseTo(1.1, 5);
    expect(p[2]).toBeCloseTo(0.9, 4);
  });

  it("Adam minimises a quadratic bowl", () => {
    const p = Float32Array.from([3, -2]);
    const adam = createAdam([p], { learningRate: 0.05 });
    for (let t = 0; t < 2000; t++) adam.step([[2 * (p[0] - 1), 20 * (p[1] + 0.5)]]);
    expect(p[0]).toBeCloseTo(1, 2);
    expect(p[1]).toBeCloseTo(-0.5, 2);
    expect(adam.steps).toBe(2000);
  });

  it("Adam with gradients that do not match the parameters throws a RangeError", () => {
    const adam = createAdam([new Float32Array(2)]);
    expect(() => adam.step([[1, 2, 3]])).toThrow(RangeError);
    expect(() => adam.step([])).toThrow(RangeError);
  });

  it("createAdam with a negative learning rate or beta ≥ 1 throws a RangeError", () => {
    expect(() => createAdam([], { learningRate: -1 })).toThrow(RangeError);
    expect(() => createAdam([], { beta2: 1 })).toThrow(RangeError);
  });
});
