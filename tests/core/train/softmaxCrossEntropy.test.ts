import { describe, expect, it } from "vitest";
import { softmax, softmaxCrossEntropy } from "../../../src/core/train/index";
import { numericGradient, randomArray, refCrossEntropy, relativeError } from "./reference";

describe("softmaxCrossEntropy", () => {
  it("softmaxCrossEntropy's gradient matches central differences of the loss", () => {
    const z = Float64Array.from(Float32Array.from(randomArray(10, 1, -4, 4)));
    for (const label of [0, 3, 9]) {
      const { loss, gradLogits } = softmaxCrossEntropy(z, label);
      expect(loss).toBeCloseTo(refCrossEntropy(z, label), 6);
      const numeric = numericGradient(z, () => refCrossEntropy(z, label));
      expect(relativeError(gradLogits, numeric)).toBeLessThan(1e-3);
    }
  });

  it("softmax gives positive probabilities that sum to 1, largest for the largest logit", () => {
    const p = softmax([1, 3, 2]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(Math.min(...p)).toBeGreaterThan(0);
    expect(p[1]).toBeGreaterThan(p[2]);
    expect(p[2]).toBeGreaterThan(p[0]);
  });

  it("softmaxCrossEntropy with huge logits stays finite", () => {
    const { loss, probabilities } = softmaxCrossEntropy([1000, -1000, 0], 1);
    expect(loss).toBeCloseTo(2000, 6);
    expect(Array.from(probabilities).every(Number.isFinite)).toBe(true);
  });

  it("softmaxCrossEntropy with a label outside the classes throws a RangeError", () => {
    expect(() => softmaxCrossEntropy([0, 0], 2)).toThrow(RangeError);
  });
});
