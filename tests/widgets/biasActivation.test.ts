import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { KERNEL_PRESETS } from "../../src/core";
import { biasActivationEn as labels } from "../../src/widgets/BiasActivation/labels";
import {
  DEFAULT_STATE,
  HISTOGRAM_BINS,
  applyBiasAndActivation,
  binKind,
  biasLimit,
  canvasBytes,
  clippedCounts,
  convolveSample,
  countAtOrBelowZero,
  countExactZeros,
  formatShare,
  histogramCounts,
  zeroStatement,
  type BiasActivationState,
} from "../../src/widgets/BiasActivation/model";
import { viewPicture } from "../../src/widgets/BiasActivation/pictures";
import {
  readBiasActivationState,
  writeBiasActivationState,
} from "../../src/widgets/BiasActivation/state";

const state = (change: Partial<BiasActivationState>): BiasActivationState => ({
  ...DEFAULT_STATE,
  ...change,
});
const sobel = convolveSample("chelsea", "sobel-x");

describe("bias and activation model", () => {
  it("applyBiasAndActivation with ReLU zeroes exactly the units whose float32 s + b is ≤ 0", () => {
    for (const bias of [-1.25, -0.3, 0, 0.45, 2]) {
      const { a } = applyBiasAndActivation(sobel, state({ bias, activation: "relu" }));
      let explicit = 0;
      for (const v of sobel) if (Math.fround(v + bias) <= 0) explicit++;
      expect(countExactZeros(a)).toBe(explicit);
      expect(explicit).toBeGreaterThan(0);
      expect(explicit).toBeLessThan(sobel.length);
    }
  });

  it("zeroStatement for ReLU reports the explicit count of units at or below 0", () => {
    const { z, a } = applyBiasAndActivation(sobel, state({ bias: -0.2 }));
    const explicit = Array.from(z).filter((v) => v <= 0).length;
    const text = zeroStatement(labels, "relu", z, a);
    expect(text).toContain(`the ${explicit} of ${z.length}`);
    expect(text).toContain(formatShare(explicit, z.length));
  });

  it("zeroStatement for sigmoid says no unit is exactly 0 and gives the output range", () => {
    const { z, a } = applyBiasAndActivation(sobel, state({ activation: "sigmoid" }));
    const text = zeroStatement(labels, "sigmoid", z, a);
    expect(text).toMatch(/^Sigmoid sets none of the 4096 units to exactly 0\./);
    expect(text).toMatch(/outputs run from 0\.0\d+ to 0\.9\d+/);
  });

  it("zeroStatement for tanh counts only the units whose z is exactly 0, and says so", () => {
    // Sobel on the photo gives exact zeros where the 3×3 neighbourhood is symmetric.
    const { z, a } = applyBiasAndActivation(sobel, state({ activation: "tanh" }));
    const exactZ = Array.from(z).filter((v) => v === 0).length;
    expect(exactZ).toBeGreaterThan(0);
    const text = zeroStatement(labels, "tanh", z, a);
    expect(text).toContain(`sets ${exactZ} of the 4096 units`);
    expect(text).toContain(labels.zeroWhereZIsZero);
  });

  it("zeroStatement with leaky ReLU and a bias that leaves no zero says none", () => {
    const { z, a } = applyBiasAndActivation(sobel, state({ activation: "leakyRelu", bias: 0.01 }));
    expect(countExactZeros(z)).toBe(0);
    expect(zeroStatement(labels, "leakyRelu", z, a)).toMatch(/^Leaky ReLU sets none/);
  });

  it("canvasBytes clamps like ReLU-then-cap: clamp(255·z) equals min(255, 255·relu(z)), rounded", () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: -10, max: 10, noNaN: true }), { minLength: 1 }),
        (zs) => {
          const direct = canvasBytes(zs);
          const relu = zs.map((v) => Math.max(0, v));
          const viaRelu = canvasBytes(relu);
          zs.forEach((_, i) => {
            expect(direct[i]).toBe(viaRelu[i]);
            const capped = Math.min(255, 255 * relu[i]);
            expect(Math.abs(direct[i] - capped)).toBeLessThanOrEqual(0.5);
          });
        },
      ),
    );
  });

  it("canvasBytes sends every negative value to black and every value ≥ 1 to white", () => {
    const bytes = canvasBytes([-3, -0.001, 0, 0.5, 1, 7]);
    expect(Array.from(bytes)).toEqual([0, 0, 0, 128, 255, 255]);
    expect(clippedCounts(bytes)).toEqual({ black: 3, white: 2 });
  });

  it("viewPicture 'canvas' reports the clipped shares from an explicit count", () => {
    const { z, a } = applyBiasAndActivation(sobel, DEFAULT_STATE);
    const picture = viewPicture(labels, "canvas", z, a);
    const black = Array.from(z).filter((v) => Math.round(255 * v) <= 0).length;
    expect(picture.caption).toContain(`${formatShare(black, z.length)} of the pixels are black`);
    expect(picture.values.every((v) => v >= 0 && v <= 1)).toBe(true);
  });

  it("histogramCounts puts z = 0 with the units ReLU switches off and loses no unit", () => {
    const half = 2;
    const counts = histogramCounts([0, -0.0001, 0.0001, -2, 2, -5, 5], half);
    expect(counts.reduce((s, c) => s + c, 0)).toBe(7);
    const width = (2 * half) / HISTOGRAM_BINS;
    const zeroed = counts.filter((_, i) => binKind("relu", -half + (i + 1) * width) === "zeroed");
    expect(zeroed.reduce((s, c) => s + c, 0)).toBe(4);
    expect(counts[0]).toBe(2);
    expect(counts[HISTOGRAM_BINS - 1]).toBe(2);
  });

  it("histogramCounts of a real z: the zeroed bars hold exactly the units at or below 0", () => {
    const { z } = applyBiasAndActivation(sobel, state({ bias: 0.3 }));
    const limit = biasLimit(sobel);
    const counts = histogramCounts(z, 2 * limit);
    const width = (4 * limit) / HISTOGRAM_BINS;
    const zeroed = counts
      .filter((_, i) => binKind("relu", -2 * limit + (i + 1) * width) === "zeroed")
      .reduce((s, c) => s + c, 0);
    expect(zeroed).toBe(countAtOrBelowZero(z));
  });

  it("biasLimit covers the largest |s| of every preset, in halves", () => {
    for (const preset of KERNEL_PRESETS) {
      const s = convolveSample("chelsea", preset.id);
      const limit = biasLimit(s);
      const largest = Math.max(...Array.from(s, Math.abs));
      expect(limit).toBeGreaterThanOrEqual(largest);
      expect(limit - largest).toBeLessThanOrEqual(0.5);
      expect((limit * 2) % 1).toBe(0);
    }
  });

  it("formatShare never rounds a non-zero count to 0 % nor a partial one to 100 %", () => {
    expect(formatShare(0, 4096)).toBe("0 %");
    expect(formatShare(1, 4096)).toBe("< 0.1 %");
    expect(formatShare(4095, 4096)).toBe("> 99.9 %");
    expect(formatShare(2048, 4096)).toBe("50 %");
    expect(formatShare(4096, 4096)).toBe("100 %");
  });
});

describe("bias and activation URL state", () => {
  const limitOf = (kernel: string) => biasLimit(convolveSample("chelsea", kernel));

  it("writeBiasActivationState then readBiasActivationState round-trips and keeps other keys", () => {
    const chosen = state({
      kernel: "laplacian",
      bias: -0.35,
      activation: "leakyRelu",
      slope: 0.2,
      view: "canvas",
    });
    const hash = writeBiasActivationState("#lens=karn", chosen);
    expect(hash).toContain("lens=karn");
    expect(hash).toContain("ba.bias=-0.35");
    expect(readBiasActivationState(hash, limitOf)).toEqual({ state: chosen, fellBack: false });
  });

  it("readBiasActivationState with a hand-edited value of ours falls back to the default and says so", () => {
    const cases = [
      "#ba.kernel=nope",
      "#ba.bias=abc",
      "#ba.bias=99",
      "#ba.f=softmax",
      "#ba.view=picture",
      "#ba.slope=-1",
      "#ba.view=%E0%A4",
    ];
    for (const hash of cases) {
      expect(readBiasActivationState(hash, limitOf), hash).toEqual({
        state: DEFAULT_STATE,
        fellBack: true,
      });
    }
  });

  it("readBiasActivationState ignores other widgets' keys and keys with malformed escapes", () => {
    for (const hash of ["#lens=karn&sw.pos=3", "#b%E0=1", "#section-heading", ""]) {
      expect(readBiasActivationState(hash, limitOf), hash).toEqual({
        state: DEFAULT_STATE,
        fellBack: false,
      });
    }
  });

  it("readBiasActivationState refuses a bias beyond the chosen kernel's range", () => {
    const limit = limitOf("gaussian-blur");
    const read = readBiasActivationState(
      `#ba.kernel=gaussian-blur&ba.bias=${limit + 0.5}`,
      limitOf,
    );
    expect(read.fellBack).toBe(true);
    expect(read.state.bias).toBe(DEFAULT_STATE.bias);
    expect(read.state.kernel).toBe("gaussian-blur");
  });
});
