import { describe, expect, it } from "vitest";
import { activationFn, tensor, type ActivationSpec } from "../../../src/core/index";
import { activationBackward } from "../../../src/core/train/index";
import { dot, numericGradient, randomArray, relativeError } from "./reference";

const SPECS: ActivationSpec[] = [
  { name: "identity" },
  { name: "relu" },
  { name: "leakyRelu", slope: 0.1 },
  { name: "sigmoid" },
  { name: "tanh" },
];

describe("activationBackward", () => {
  it.each(SPECS.map((s) => [s.name, s] as const))(
    "activationBackward for %s matches central differences",
    (_name, spec) => {
      // Keep z away from ReLU's kink at 0, where the derivative has no single value.
      const z = Float64Array.from(randomArray(24, 1, -3, 3), (v) => (Math.abs(v) < 0.05 ? 0.5 : v));
      z.set(Float32Array.from(z));
      const r = Float64Array.from(Float32Array.from(randomArray(24, 2)));
      const f = activationFn(spec);
      const loss = () => dot(r, Array.from(z, f));
      const grad = activationBackward(tensor([2, 3, 4], z), tensor([2, 3, 4], r), spec);
      expect(grad.shape).toEqual([2, 3, 4]);
      expect(relativeError(grad.data, numericGradient(z, loss))).toBeLessThan(1e-3);
    },
  );

  it("activationBackward for relu passes nothing back where z ≤ 0", () => {
    const z = tensor([1, 1, 4], [-1, 0, 2, 3]);
    const g = tensor([1, 1, 4], [5, 6, 7, 8]);
    expect(Array.from(activationBackward(z, g, { name: "relu" }).data)).toEqual([0, 0, 7, 8]);
  });

  it("activationBackward with gradients of another shape throws a RangeError", () => {
    expect(() =>
      activationBackward(tensor([1, 2, 2]), tensor([1, 1, 4]), { name: "relu" }),
    ).toThrow(RangeError);
  });
});
