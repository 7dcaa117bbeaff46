import { describe, expect, it } from "vitest";
import { channel, conv2d, createRandom, tensor, type Tensor } from "../../src/core";
import {
  channelsParams,
  combine,
  contributions,
  probePixel,
  runChannels,
  sumView,
  weightSlice,
} from "../../src/widgets/Channels/model";
import { readOutputState, writeOutputState } from "../../src/widgets/Channels/state";
import { numberRows, probeText, statusText } from "../../src/widgets/Channels/text";
import { channelsEn as labels } from "../../src/widgets/Channels/labels";
import { markerStyle, windowStyle } from "../../src/widgets/Channels/markers";

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance = 1e-5) {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < actual.length; i++) {
    worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
  }
  expect(worst).toBeLessThanOrEqual(tolerance);
}

function randomTensor(shape: number[], seed: number): Tensor {
  const random = createRandom(seed);
  const t = tensor(shape);
  for (let i = 0; i < t.data.length; i++) t.data[i] = random.uniform(-1, 1);
  return t;
}

describe("channels model", () => {
  it("contributions plus the bias sum to the core's multi-channel conv2d z2[o], for every o", () => {
    const params = channelsParams();
    const result = runChannels();
    const full = conv2d(result.a1, params.w2, params.b2, params.conv2);
    for (let o = 0; o < params.w2.shape[0]; o++) {
      const parts = contributions(result.a1, params.w2, o, params.conv2);
      expect(parts).toHaveLength(result.a1.shape[0]);
      const { z } = combine(parts, params.b2[o]);
      expectClose(z, channel(full, o));
      expectClose(z, channel(result.z2, o));
    }
  });

  it("contributions add up to conv2d for random inputs, kernels, strides and paddings", () => {
    const cases = [
      { shape: [3, 9, 7], kernel: 3, options: { padding: 1 } },
      { shape: [5, 12, 12], kernel: 5, options: { stride: 2, padding: 2 } },
      { shape: [2, 10, 11], kernel: 3, options: { dilation: 2 } },
    ];
    cases.forEach(({ shape, kernel, options }, seed) => {
      const a = randomTensor(shape, seed + 1);
      const w = randomTensor([4, shape[0], kernel, kernel], seed + 100);
      const b = [0.5, -0.25, 0, 1];
      const full = conv2d(a, w, b, options);
      for (let o = 0; o < 4; o++) {
        expectClose(combine(contributions(a, w, o, options), b[o]).z, channel(full, o));
      }
    });
  });

  it("a zero slice of w2 makes its input map contribute nothing", () => {
    const params = channelsParams();
    const result = runChannels();
    const o = 1;
    const parts = contributions(result.a1, params.w2, o, params.conv2);
    parts.forEach((part, c) => {
      const zeroSlice = weightSlice(params.w2, o, c).every((v) => v === 0);
      expect(part.some((v) => v !== 0)).toBe(!zeroSlice);
    });
  });

  it("runChannels makes z1 a volume of four 31 × 31 maps from the 64 × 64 photograph", () => {
    const result = runChannels();
    expect(result.x.shape).toEqual([1, 64, 64]);
    expect(result.z1.shape).toEqual([4, 31, 31]);
    expect(result.z2.shape).toEqual([3, 31, 31]);
  });

  it("sumView's probe pixel has at least two non-zero contributions for filter 1", () => {
    const view = sumView(runChannels(), channelsParams(), 0);
    const terms = view.parts.map((p) => p[view.probe.index]).filter((v) => v !== 0);
    expect(terms.length).toBeGreaterThanOrEqual(2);
    const [lo, hi] = view.scale.domain;
    for (const map of [...view.parts, view.sum, view.z]) {
      for (const v of map) {
        expect(v).toBeGreaterThanOrEqual(lo);
        expect(v).toBeLessThanOrEqual(hi);
      }
    }
  });

  it("probePixel picks the interior pixel with the largest total contribution", () => {
    // 4 × 3 maps: only (1, 1) and (1, 2) have their 3×3 window inside; the corner's 9 is ignored.
    const parts = [
      Float32Array.from([9, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]),
      Float32Array.from([0, 0, 0, 0, 0, -3, 2, 0, 0, 0, 0, 0]),
    ];
    expect(probePixel(parts, 4, 3)).toEqual({ row: 1, col: 1 });
  });

  it("probeText spells out the sum at the probe and never shows NaN", () => {
    for (let o = 0; o < 3; o++) {
      const view = sumView(runChannels(), channelsParams(), o);
      const text = [
        probeText(labels, view),
        statusText(labels, view),
        ...numberRows(labels, view).flat(),
      ].join(" ");
      expect(text).not.toMatch(/NaN|Infinity|undefined|\{/);
      expect(probeText(labels, view)).toMatch(new RegExp(`z2\\[${o + 1}\\]`));
    }
  });

  it("markerStyle and windowStyle place outlines in percentages, the window cut at the edge", () => {
    expect(markerStyle({ row: 0, col: 3 }, 4, 4)).toBe(
      "left: 75%; top: 0%; width: 25%; height: 25%",
    );
    expect(windowStyle({ row: 0, col: 0 }, 4, 4)).toBe(
      "left: 0%; top: 0%; width: 50%; height: 50%",
    );
    expect(windowStyle({ row: 2, col: 1 }, 4, 4)).toBe(
      "left: 0%; top: 25%; width: 75%; height: 75%",
    );
  });
});

describe("channels URL state", () => {
  it("readOutputState round-trips writeOutputState, 1-based in the URL, keeping others' keys", () => {
    const hash = writeOutputState("#ca.n=7&lens=karn", 2);
    expect(hash).toMatch(/ch\.o=3/);
    expect(hash).toMatch(/ca\.n=7/);
    expect(readOutputState(hash, 3)).toEqual({ o: 2, fellBack: false });
  });

  it("readOutputState falls back to map 1, visibly, for a map that does not exist", () => {
    expect(readOutputState("", 3)).toEqual({ o: 0, fellBack: false });
    for (const hash of ["#ch.o=0", "#ch.o=4", "#ch.o=1.5", "#ch.o=two", "#ch.o=%E0%A4", "#ch.o="]) {
      expect(readOutputState(hash, 3), hash).toEqual({ o: 0, fellBack: true });
    }
  });
});
