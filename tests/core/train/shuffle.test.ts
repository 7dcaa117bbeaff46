import { describe, expect, it } from "vitest";
import { createRandom } from "../../../src/core/index";
import { permutation, shiftImage } from "../../../src/core/train/index";

describe("permutation", () => {
  it("permutation(n) holds every index 0..n−1 exactly once", () => {
    const order = Array.from(permutation(1000, createRandom(5)));
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it("permutation with the same seed gives the same order, with another seed another", () => {
    const a = permutation(50, createRandom(1));
    expect(Array.from(permutation(50, createRandom(1)))).toEqual(Array.from(a));
    expect(Array.from(permutation(50, createRandom(2)))).not.toEqual(Array.from(a));
  });

  it("permutation with a negative count throws a RangeError", () => {
    expect(() => permutation(-1, createRandom(1))).toThrow(RangeError);
  });
});

describe("shiftImage", () => {
  it("shiftImage moves the image down and right, filling with zeros", () => {
    // 3×3: 1 2 3 / 4 5 6 / 7 8 9
    const img = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(Array.from(shiftImage(img, 3, 1, 1))).toEqual([0, 0, 0, 0, 1, 2, 0, 4, 5]);
    expect(Array.from(shiftImage(img, 3, -1, 0))).toEqual([4, 5, 6, 7, 8, 9, 0, 0, 0]);
    expect(Array.from(shiftImage(img, 3, 0, 0))).toEqual(img);
  });
});
