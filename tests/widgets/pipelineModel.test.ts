import { describe, expect, it } from "vitest";
import { conv2d, maxPool2d, runPipeline } from "../../src/core";
import { lensNetwork, thumbnailMaps } from "../../src/widgets/TermLens/thumbnails";
import {
  defaultConfig,
  explorerParams,
  inputTensor,
  shownStages,
} from "../../src/widgets/PipelineExplorer/model";
import { mapSummary, ownMapScale, stageScale } from "../../src/widgets/PipelineExplorer/maps";
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

  it("with pooling on, p1 = maxpool(a1) and layer 2 reads p1: s2 = w2 ∗ p1", () => {
    const config = { ...defaultConfig(), pool: true };
    const params = explorerParams(config);
    const result = runPipeline(inputTensor(config.sample), params);
    expect(result.p1!.data).toEqual(maxPool2d(result.a1, 2).output.data);
    expect(result.s2.data).toEqual(conv2d(result.p1!, params.w2, undefined, params.conv2).data);
    expect(result.a2.shape).toEqual([2, SAMPLE_SIZE / 2, SAMPLE_SIZE / 2]);
    expect(shownStages(true)).toContain("p1");
    expect(shownStages(false)).not.toContain("p1");
  });

  it("the term lens's default network is the explorer's default with pooling on", () => {
    const config = { ...defaultConfig(), pool: true };
    const explorer = runPipeline(inputTensor(config.sample), explorerParams(config));
    const lens = lensNetwork();
    for (const stage of ["s1", "a1", "p1", "s2", "a2", "p2"] as const) {
      expect(lens.result[stage]!.data).toEqual(explorer[stage]!.data);
    }
  });

  it("the lens's thumbnails of an explorer without pooling have no p1 or p2", () => {
    const config = defaultConfig();
    const params = explorerParams(config);
    const maps = thumbnailMaps({ params, result: runPipeline(inputTensor(config.sample), params) });
    expect(maps.p1).toBeUndefined();
    expect(maps.p2).toBeUndefined();
    expect(maps.s2![0].width).toBe(SAMPLE_SIZE);
    expect(maps.w1).toHaveLength(4);
  });

  it("a map's own scale spans its own range; the stage's shared one spans every map's", () => {
    const config = defaultConfig();
    config.filters[0].kernel = config.filters[0].kernel.map((v) => v * 10);
    const result = runPipeline(inputTensor(config.sample), explorerParams(config));
    const size = SAMPLE_SIZE * SAMPLE_SIZE;
    const second = result.s1.data.slice(size, 2 * size);
    const own = ownMapScale(second, SAMPLE_SIZE, SAMPLE_SIZE, "s1");
    const largest = Math.max(...second.map(Math.abs));
    expect(own.kind).toBe("diverging");
    expect(own.domain[1]).toBeCloseTo(largest, 5);
    expect(stageScale(result.s1, "s1").domain[1]).toBeGreaterThan(5 * largest);
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
