import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/core";
import {
  defaultConfig,
  explorerParams,
  inputTensor,
  mapSummary,
} from "../../src/widgets/PipelineExplorer/model";
import { SAMPLES, sampleValues, SAMPLE_SIZE } from "../../src/widgets/samples";

describe("pipeline explorer model", () => {
  it("sampleValues decodes every sample to SAMPLE_SIZE² grey values in [0, 1]", () => {
    for (const sample of SAMPLES) {
      const values = sampleValues(sample.id);
      expect(values.length).toBe(SAMPLE_SIZE * SAMPLE_SIZE);
      expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...values)).toBeLessThanOrEqual(1);
      expect(Math.max(...values)).toBeGreaterThan(Math.min(...values));
    }
    expect(() => sampleValues("nope")).toThrow(RangeError);
  });

  it("explorerParams with the default config keeps every map the input's size", () => {
    const config = defaultConfig();
    const result = runPipeline(inputTensor(config.sample), explorerParams(config));
    expect(result.z1.shape).toEqual([4, SAMPLE_SIZE, SAMPLE_SIZE]);
    expect(result.a2.shape).toEqual([2, SAMPLE_SIZE, SAMPLE_SIZE]);
  });

  it("the blur filter's bias decides how many units ReLU switches off", () => {
    const zeroShare = (bias: number) => {
      const config = defaultConfig();
      config.filters[3].bias = bias;
      const result = runPipeline(inputTensor(config.sample), explorerParams(config));
      return mapSummary(result.a1.data.subarray(3 * SAMPLE_SIZE ** 2)).zeroShare;
    };
    // The blurred photo lies in [0, 1]: bias +0.01 keeps every unit, −1 switches all off.
    expect(zeroShare(0.01)).toBe(0);
    expect(zeroShare(-0.35)).toBeGreaterThan(0);
    expect(zeroShare(-0.35)).toBeLessThan(zeroShare(-0.6));
    expect(zeroShare(-1)).toBe(1);
  });

  it("mapSummary counts the share of values at or below zero", () => {
    expect(mapSummary(Float32Array.from([-1, 0, 2, 3]))).toEqual({
      min: -1,
      max: 3,
      mean: 1,
      zeroShare: 0.5,
    });
  });
});
