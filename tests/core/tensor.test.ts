import { describe, expect, it } from "vitest";
import {
  assertFinite,
  channel,
  channelIndices,
  channelRanges,
  cloneTensor,
  formatShape,
  minMax,
  size,
  tensor,
  zeros,
} from "../../src/core/index";

describe("tensor", () => {
  it("tensor(shape, Float32Array) keeps the very same buffer", () => {
    const data = new Float32Array(6);
    const t = tensor([1, 2, 3], data);
    expect(t.data).toBe(data);
    expect(t.shape).toEqual([1, 2, 3]);
  });

  it("tensor(shape, number[]) converts to Float32Array", () => {
    const t = tensor([2, 2], [1, 2, 3, 4.5]);
    expect(t.data).toBeInstanceOf(Float32Array);
    expect(Array.from(t.data)).toEqual([1, 2, 3, 4.5]);
  });

  it("tensor(shape) without data is all zeros", () => {
    expect(Array.from(tensor([2, 3]).data)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("tensor copies the shape array so later edits do not leak in", () => {
    const shape = [2, 2];
    const t = tensor(shape);
    shape[0] = 5;
    expect(t.shape).toEqual([2, 2]);
  });

  it("tensor with a data length that does not match the shape throws RangeError", () => {
    expect(() => tensor([2, 2], [1, 2, 3])).toThrow(RangeError);
    expect(() => tensor([2, 2], [1, 2, 3])).toThrow(/needs 4 numbers, but 3/);
  });

  it("tensor with a zero, negative or fractional size throws RangeError", () => {
    expect(() => tensor([2, 0])).toThrow(RangeError);
    expect(() => tensor([-1])).toThrow(RangeError);
    expect(() => tensor([1.5])).toThrow(RangeError);
    expect(() => tensor([NaN])).toThrow(RangeError);
  });

  it("zeros(shape) has size(shape) zeros", () => {
    const t = zeros([3, 4, 5]);
    expect(t.data.length).toBe(60);
    expect(t.data.every((v) => v === 0)).toBe(true);
  });

  it("size multiplies the sizes, and is 1 for a scalar shape", () => {
    expect(size([3, 4, 5])).toBe(60);
    expect(size([])).toBe(1);
  });

  it("channel(t, c) is a view of channel c that writes through", () => {
    const t = tensor([2, 2, 2], [0, 1, 2, 3, 4, 5, 6, 7]);
    const c1 = channel(t, 1);
    expect(Array.from(c1)).toEqual([4, 5, 6, 7]);
    c1[0] = 40;
    expect(t.data[4]).toBe(40);
  });

  it("channel with a missing channel or a non-[C,H,W] tensor throws RangeError", () => {
    const t = zeros([2, 2, 2]);
    expect(() => channel(t, 2)).toThrow(RangeError);
    expect(() => channel(t, -1)).toThrow(RangeError);
    expect(() => channel(zeros([4]), 0)).toThrow(RangeError);
  });

  it("assertFinite names the tensor and the bad value", () => {
    expect(() => assertFinite(tensor([3], [0, NaN, 1]), "The input")).toThrow(
      /The input contains NaN at position 1/,
    );
    expect(() => assertFinite([1, Infinity], "The bias")).toThrow(RangeError);
    expect(() => assertFinite(tensor([2], [1, 2]), "ok")).not.toThrow();
  });

  it("minMax returns the smallest and largest value", () => {
    expect(minMax(tensor([4], [3, -2, 7, 0]))).toEqual({ min: -2, max: 7 });
  });

  it("cloneTensor copies data and shape", () => {
    const t = tensor([2], [1, 2]);
    const c = cloneTensor(t);
    c.data[0] = 9;
    c.shape[0] = 7;
    expect(t.data[0]).toBe(1);
    expect(t.shape[0]).toBe(2);
  });

  it("formatShape writes [2, 28, 28]", () => {
    expect(formatShape([2, 28, 28])).toBe("[2, 28, 28]");
  });

  it("channelIndices lists all channels, or the listed ones once", () => {
    expect(channelIndices(3)).toEqual([0, 1, 2]);
    expect(channelIndices(3, [2, 0, 2])).toEqual([2, 0]);
    expect(() => channelIndices(3, [3])).toThrow(RangeError);
  });

  it("channelRanges gives the [start, end) span of each listed channel", () => {
    expect(channelRanges([3, 2, 2])).toEqual([[0, 12]]);
    expect(channelRanges([3, 2, 2], [1, 2])).toEqual([
      [4, 8],
      [8, 12],
    ]);
  });
});
