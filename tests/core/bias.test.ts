import { describe, expect, it } from "vitest";
import { addBias, addBiasInto, tensor, zeros } from "../../src/core/index";

describe("bias", () => {
  it("addBias adds bias[c] to every value of channel c", () => {
    const s = tensor([2, 1, 2], [1, 2, 3, 4]);
    expect(Array.from(addBias(s, [10, -1]).data)).toEqual([11, 12, 2, 3]);
    expect(Array.from(s.data)).toEqual([1, 2, 3, 4]);
  });

  it("addBiasInto with channels writes only those channels", () => {
    const s = tensor([2, 1, 2], [1, 2, 3, 4]);
    const z = zeros([2, 1, 2]);
    addBiasInto(s, [10, 20], z, [1]);
    expect(Array.from(z.data)).toEqual([0, 0, 23, 24]);
  });

  it("addBias with the wrong number of biases or a non-finite bias throws RangeError", () => {
    const s = zeros([2, 1, 1]);
    expect(() => addBias(s, [1])).toThrow(/2 channels but 1 biases/);
    expect(() => addBias(s, [1, NaN])).toThrow(RangeError);
  });

  it("addBias on a tensor that is not [C, H, W] throws RangeError", () => {
    expect(() => addBias(zeros([4]), [1, 2, 3, 4])).toThrow(RangeError);
  });
});
