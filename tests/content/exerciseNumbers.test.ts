// The numbers the worksheets of chapters 2, 3 and 10 state, computed by the site's own code
// (the core, the widgets' models, the shipped network), so that an answer key cannot drift
// from the figures it asks about.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { outputSize, receptiveField } from "../../src/core/shape";
import { MNIST_NETWORK, networkShapes } from "../../src/core/train";
import {
  dot,
  kernel,
  phi,
  ringsData,
  RINGS,
  separation,
} from "../../src/widgets/KernelFeatureMap/model";
import { channelsParams, runChannels } from "../../src/widgets/Channels/model";
import { INPUT_SIZE, KERNEL_SIZE } from "../../src/widgets/SlidingWindow/model";
import {
  DEFAULT_OCCLUSION,
  deadFrame,
  firstOfEachClass,
  occluderCorner,
  occluderSteps,
} from "../../src/widgets/TrainedNetwork/model";
import { shippedModel } from "../../src/widgets/TrainedNetwork/shippedModel";

/** The exercises section of a chapter in both editions, for checking that a number is stated. */
const exercises = (file: string) =>
  ["en", "ja"].map((lang) => {
    const text = readFileSync(
      new URL(`../../content/chapters/${lang}/${file}`, import.meta.url),
      "utf8",
    );
    return text.slice(text.search(/^## (Exercises|演習)$/m));
  });
// Japanese writes 3×3 without spaces round the sign (src/i18n/jaTerms.ts); English spaces it.
const unspaced = (text: string) => text.replace(/(\d) × (?=\d)/g, "$1×");
const stated = (file: string, ...numbers: string[]) => {
  for (const section of exercises(file)) {
    for (const n of numbers) expect(unspaced(section)).toContain(unspaced(n));
  }
};

describe("chapter 2 worksheet", () => {
  it("convolution arithmetic: 7, kernel 3, stride 2, padding 1 gives 4; with dilation 2, 3", () => {
    expect(outputSize(7, 3, 2, 1)).toBe(4);
    expect(outputSize(7, 3, 2, 1, 2)).toBe(3);
    stated("02-mechanics.mdx", "⌊(7 + 2 · 1 − 3) / 2⌋ + 1 = 4", "⌊(7 + 2 · 1 − 5) / 2⌋ + 1 = 3");
  });

  it("the sliding window takes 36 steps without padding, 64 with one ring of zeros", () => {
    expect(outputSize(INPUT_SIZE, KERNEL_SIZE) ** 2).toBe(36);
    expect(outputSize(INPUT_SIZE, KERNEL_SIZE, 1, 1) ** 2).toBe(64);
    stated("02-mechanics.mdx", "= 36", "64");
  });

  it("one map of z2 in the channels figure uses 4 × 3 × 3 = 36 weights; z1 is 4 maps of 31 × 31", () => {
    const { w2 } = channelsParams();
    expect(w2.shape.slice(1).reduce((a, b) => a * b)).toBe(36);
    expect(runChannels().z1.shape).toEqual([4, 31, 31]);
    stated("02-mechanics.mdx", "4 × 3 × 3 = 36", "31");
  });

  it("receptive fields: 7 with a third layer, 7 with stride 2 in the first", () => {
    const k3 = { kernel: 3 };
    expect(receptiveField([k3, k3, k3]).map((r) => r.size)).toEqual([3, 5, 7]);
    expect(receptiveField([{ kernel: 3, stride: 2 }, k3])[1].size).toBe(7);
    stated("02-mechanics.mdx", "3 + (3 − 1) · 2 = 7");
  });
});

describe("chapter 3 worksheet", () => {
  const x = [1, 2];
  const y = [3, -1];

  it("the degree-2 polynomial map: ⟨φ(x), φ(y)⟩ = (x·y)² = 1", () => {
    expect(phi("poly2", x)).toEqual([1, 4, 2 * Math.SQRT2]);
    expect(phi("poly2", y).map((v) => +v.toFixed(12))).toEqual([
      9,
      1,
      +(-3 * Math.SQRT2).toFixed(12),
    ]);
    expect(dot(phi("poly2", x), phi("poly2", y))).toBeCloseTo(1, 12);
    expect(kernel("poly2", x, y)).toBe(1);
    stated("03-kernel-methods.mdx", "9 + 4 − 12 = 1");
  });

  it("the lift: ⟨φ(x), φ(y)⟩ = 51 = x·y + ‖x‖²‖y‖²", () => {
    expect(phi("lift", x)).toEqual([1, 2, 5]);
    expect(phi("lift", y)).toEqual([3, -1, 10]);
    expect(dot(phi("lift", x), phi("lift", y))).toBe(51);
    expect(kernel("lift", x, y)).toBe(51);
    stated("03-kernel-methods.mdx", "3 − 2 + 50 = 51", "1 + 5 × 10 = 51");
  });

  it("the lift's plane lies between 1.21 and 2.56, the widget's at about 1.87", () => {
    expect(RINGS.inner[1] ** 2).toBeCloseTo(1.21, 12);
    expect(RINGS.outer[0] ** 2).toBeCloseTo(2.56, 12);
    const plane = separation("lift", ringsData());
    expect(plane.kind).toBe("plane");
    expect(plane.kind === "plane" && plane.threshold.toFixed(2)).toBe("1.87");
    stated("03-kernel-methods.mdx", "1.21", "2.56", "1.87");
  });

  it("a 28 × 28 image has 307,720 degree-2 products; conv1 of chapter 10 holds 6,272 values", () => {
    const d = MNIST_NETWORK.inputSize ** 2;
    expect((d * (d + 1)) / 2).toBe(307_720);
    expect(MNIST_NETWORK.channels1 * d).toBe(6_272);
    stated("03-kernel-methods.mdx", "307,720", "6,272");
  });
});

describe("chapter 10 worksheet", () => {
  it("shapes and parameter counts of the shipped network", () => {
    const shapes = networkShapes(MNIST_NETWORK);
    const count = (s: number[]) => s.reduce((a, b) => a * b);
    expect(shapes.p2).toEqual([16, 7, 7]);
    expect(count(shapes.w1) + count(shapes.b1)).toBe(80);
    expect(count(shapes.w2) + count(shapes.b2)).toBe(1_168);
    expect(count(shapes.w3) + count(shapes.b3)).toBe(7_850);
    stated("10-trained-network.mdx", "= 784", "80", "1,168", "7,850");
  });

  it("filter 5 dies at −1.2 (alive at −1.1) with 99 of 100 read right; filter 4 at −1.5 with 100", () => {
    const { net, digits } = shippedModel();
    const grid = firstOfEachClass(digits, 8);
    const at = (filter: number, shift: number) =>
      deadFrame(net, digits, grid, filter - 1, shift).all;
    expect(at(5, 0).correct).toBe(100);
    expect(at(5, -1.1).silent).toBeLessThan(100);
    expect(at(5, -1.2)).toEqual({ silent: 100, correct: 99, count: 100 });
    expect(at(4, -1.4).silent).toBeLessThan(100);
    expect(at(4, -1.5)).toEqual({ silent: 100, correct: 100, count: 100 });
    stated("10-trained-network.mdx", "−1.2", "−1.1", "99", "−1.5");
  });

  it("the occluder: 196 positions; at row 1, column 1 it starts at −2 and covers 16 pixels", () => {
    expect(occluderSteps(DEFAULT_OCCLUSION.stride) ** 2).toBe(196);
    const [top, left] = occluderCorner(0, 0, DEFAULT_OCCLUSION);
    expect([top, left]).toEqual([-2, -2]);
    const side = top + DEFAULT_OCCLUSION.size;
    expect(side * side).toBe(16);
    stated("10-trained-network.mdx", "14 × 14 = 196", "−2", "4 × 4 = 16");
  });
});
