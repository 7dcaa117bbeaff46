import { describe, expect, it } from "vitest";
import { createRandom } from "../../../src/core/index";
import {
  decodeDigits,
  decodeWeights,
  encodeDigits,
  encodeWeights,
  fromFloat16Bits,
  initNetwork,
  MNIST_NETWORK,
  packFile,
  parameterArrays,
  toFloat16Bits,
  unpackFile,
} from "../../../src/core/train/index";

describe("weights and digits files", () => {
  it("decodeWeights(encodeWeights(net)) gives the weights rounded to float16, and the meta", () => {
    const net = initNetwork(MNIST_NETWORK, createRandom(3));
    const bytes = encodeWeights(net, { seed: 3, note: "test" });
    const { net: back, meta } = decodeWeights(bytes);
    expect(meta).toEqual({ seed: 3, note: "test" });
    expect(back.config).toEqual(MNIST_NETWORK);
    const before = parameterArrays(net);
    parameterArrays(back).forEach((a, k) => {
      expect(a.length).toBe(before[k].length);
      const expected = Array.from(before[k], (v) => fromFloat16Bits(toFloat16Bits(v)));
      expect(Array.from(a)).toEqual(expected);
    });
  });

  it("encodeWeights stores two bytes per weight plus a short header", () => {
    const net = initNetwork(MNIST_NETWORK, createRandom(3));
    const count = parameterArrays(net).reduce((n, a) => n + a.length, 0);
    const bytes = encodeWeights(net);
    expect(bytes.length).toBeGreaterThan(2 * count);
    expect(bytes.length).toBeLessThan(2 * count + 600);
  });

  it("decodeWeights of bytes that are not a weights file throws a RangeError", () => {
    expect(() => decodeWeights(new Uint8Array([1, 2, 3]))).toThrow(/FME1/);
    expect(() => decodeWeights(packFile({ format: "other" }, new Uint8Array()))).toThrow(
      RangeError,
    );
    const good = encodeWeights(initNetwork(MNIST_NETWORK, createRandom(1)));
    expect(() => decodeWeights(good.subarray(0, good.length - 2))).toThrow(/bytes/);
  });

  it("packFile aligns the payload to 4 bytes and unpackFile reads it back", () => {
    for (const note of ["", "a", "ab", "abc", "日本"]) {
      const bytes = packFile({ note }, Uint8Array.from([7, 8, 9]));
      const { header, payload } = unpackFile(bytes);
      expect(header).toEqual({ note });
      expect(Array.from(payload)).toEqual([7, 8, 9]);
      expect(payload.byteOffset % 4).toBe(0);
    }
  });

  it("decodeDigits(encodeDigits(set)) keeps the labels and each pixel within 1/30", () => {
    const rng = createRandom(8);
    const images = Float32Array.from({ length: 3 * 25 }, () => rng.next());
    const set = { size: 5, images, labels: Uint8Array.from([4, 0, 9]) };
    const back = decodeDigits(encodeDigits(set));
    expect(back.size).toBe(5);
    expect(Array.from(back.labels)).toEqual([4, 0, 9]);
    for (let i = 0; i < images.length; i++) {
      expect(Math.abs(back.images[i] - images[i])).toBeLessThanOrEqual(1 / 30 + 1e-6);
    }
  });

  it("decodeDigits of a damaged header throws a RangeError", () => {
    const bad = packFile(
      { format: "fme-digits", size: 2, count: 1, labels: [] },
      new Uint8Array(2),
    );
    expect(() => decodeDigits(bad)).toThrow(/damaged/);
  });
});
