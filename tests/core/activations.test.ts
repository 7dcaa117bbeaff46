import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTIVATIONS,
  activate,
  activateInto,
  activationFn,
  tensor,
  zeros,
  type ActivationName,
} from "../../src/core/index";

const values = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), {
  minLength: 1,
  maxLength: 40,
});

describe("activations", () => {
  it("ACTIVATIONS lists the five activations in menu order", () => {
    expect(ACTIVATIONS).toEqual(["identity", "relu", "leakyRelu", "sigmoid", "tanh"]);
  });

  it("activationFn gives the textbook values at −2, 0 and 2", () => {
    const at = (name: ActivationName, slope?: number) =>
      [-2, 0, 2].map(activationFn({ name, slope }));
    expect(at("identity")).toEqual([-2, 0, 2]);
    expect(at("relu")).toEqual([0, 0, 2]);
    expect(at("leakyRelu")).toEqual([-0.02, 0, 2]);
    expect(at("leakyRelu", 0.5)).toEqual([-1, 0, 2]);
    const sig = at("sigmoid");
    expect(sig[0]).toBeCloseTo(0.11920292202, 10);
    expect(sig[1]).toBe(0.5);
    expect(sig[2]).toBeCloseTo(0.88079707797, 10);
    const th = at("tanh");
    expect(th[0]).toBeCloseTo(-0.96402758007, 10);
    expect(th[1]).toBe(0);
  });

  it("activate with relu is idempotent: relu(relu(t)) = relu(t)", () => {
    fc.assert(
      fc.property(values, (vs) => {
        const t = tensor([vs.length], vs);
        const once = activate(t, { name: "relu" });
        const twice = activate(once, { name: "relu" });
        return once.data.every((v, i) => v === twice.data[i] && v >= 0);
      }),
    );
  });

  it("activate with sigmoid and tanh stays in (0, 1) and [−1, 1] and keeps order", () => {
    fc.assert(
      fc.property(values, (vs) => {
        const sorted = [...vs].sort((a, b) => a - b);
        const t = tensor([sorted.length], sorted);
        const s = activate(t, { name: "sigmoid" }).data;
        const th = activate(t, { name: "tanh" }).data;
        return s.every(
          (v, i) =>
            v >= 0 &&
            v <= 1 &&
            Math.abs(th[i]) <= 1 &&
            (i === 0 || (v >= s[i - 1] && th[i] >= th[i - 1])),
        );
      }),
    );
  });

  it("activate returns a new tensor of the same shape and leaves its input alone", () => {
    const t = tensor([1, 1, 3], [-1, 0, 1]);
    const a = activate(t, { name: "relu" });
    expect(a).not.toBe(t);
    expect(a.shape).toEqual([1, 1, 3]);
    expect(Array.from(t.data)).toEqual([-1, 0, 1]);
    expect(Array.from(a.data)).toEqual([0, 0, 1]);
  });

  it("activateInto with channels writes only those channels", () => {
    const t = tensor([2, 1, 2], [-1, 2, -3, 4]);
    const out = zeros([2, 1, 2]);
    out.data.fill(9);
    activateInto(t, { name: "relu" }, out, [1]);
    expect(Array.from(out.data)).toEqual([9, 9, 0, 4]);
  });

  it("activateInto in place (src = out) works", () => {
    const t = tensor([3], [-1, 0, 2]);
    activateInto(t, { name: "leakyRelu", slope: 0.1 }, t);
    expect(Array.from(t.data)).toEqual([Math.fround(-0.1), 0, 2]);
  });

  it("activationFn with an unknown name throws TypeError", () => {
    expect(() => activationFn({ name: "softmax" as never })).toThrow(TypeError);
    expect(() => activate(zeros([1]), { name: "gelu" as never })).toThrow(/Unknown activation/);
  });

  it("activationFn with a non-finite slope throws RangeError", () => {
    expect(() => activationFn({ name: "leakyRelu", slope: NaN })).toThrow(RangeError);
    expect(() => activationFn({ name: "leakyRelu", slope: Infinity })).toThrow(RangeError);
  });

  it("activateInto with a differently shaped output throws RangeError", () => {
    expect(() => activateInto(zeros([2, 2]), { name: "relu" }, zeros([4]))).toThrow(RangeError);
  });
});
