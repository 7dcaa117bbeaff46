import { describe, expect, it } from "vitest";
import { colourScale, roleOfStage, scaleKindFor } from "../../src/viz/scales";
import { tensor } from "../../src/core";
import { tensorScale } from "../../src/widgets/CellGrid/cells";
import { mapView } from "../../src/widgets/CheckedExercises/mapView";
import { biasTaskMaps } from "../../src/widgets/CheckedExercises/model";
import { stageScale } from "../../src/widgets/PipelineExplorer/maps";
import { heatmapPixels } from "../../src/viz/heatmap";
import { legendGradient, legendModel } from "../../src/viz/legend";
import { formatNumber } from "../../src/viz/format";

describe("colourScale", () => {
  it("colourScale('diverging') is symmetric about zero and maps zero to near-white", () => {
    const scale = colourScale("diverging", -1, 3);
    expect(scale.domain).toEqual([-3, 3]);
    const [r, g, b] = scale.rgb(0);
    expect(Math.min(r, g, b)).toBeGreaterThan(230);
  });

  it("colourScale('diverging') colours positive values red and negative values blue", () => {
    const scale = colourScale("diverging", -2, 2);
    const [pr, , pb] = scale.rgb(2);
    const [nr, , nb] = scale.rgb(-2);
    expect(pr).toBeGreaterThan(pb);
    expect(nb).toBeGreaterThan(nr);
  });

  it("colourScale uses ColorBrewer RdBu end colours and cividis end colours", () => {
    const diverging = colourScale("diverging", -1, 1);
    expect(diverging.rgb(-1)).toEqual([5, 48, 97]);
    expect(diverging.rgb(1)).toEqual([103, 0, 31]);
    const sequential = colourScale("sequential", 0, 1);
    expect(sequential.rgb(0)).toEqual([0, 32, 81]);
    expect(sequential.rgb(1)).toEqual([253, 234, 69]);
  });

  it("colourScale clamps values outside the domain to the end colours", () => {
    const scale = colourScale("sequential", 0, 1);
    expect(scale.rgb(5)).toEqual(scale.rgb(1));
    expect(scale.rgb(-5)).toEqual(scale.rgb(0));
  });

  it("colourScale gives a flat map a non-empty domain", () => {
    expect(colourScale("sequential", 0, 0).domain).toEqual([0, 1]);
    expect(colourScale("diverging", 0, 0).domain).toEqual([-1, 1]);
    expect(colourScale("image", 0.5, 0.5).domain).toEqual([0.5, 1.5]);
  });

  it("scaleKindFor picks diverging for signed values and sequential for non-negative ones", () => {
    expect(scaleKindFor(-0.1)).toBe("diverging");
    expect(scaleKindFor(0)).toBe("sequential");
    expect(scaleKindFor(-1, true)).toBe("image");
  });

  it("a signed stage (s, z) is diverging even when none of its values is negative", () => {
    expect(scaleKindFor(0.2, "signed")).toBe("diverging");
    expect(scaleKindFor(0.2, "other")).toBe("sequential");
    expect(scaleKindFor(-1, "input")).toBe("image");
    expect(["x", "s1", "z1", "a1", "p1", "s2", "z2", "w1"].map(roleOfStage)).toEqual([
      "input",
      "signed",
      "signed",
      "other",
      "other",
      "signed",
      "signed",
      "other",
    ]);
  });

  it("the explorer, the sliding window's grids and exercise 2 keep z diverging when it is all ≥ 0", () => {
    const positive = tensor([1, 2, 2], [0.1, 0.2, 0.3, 0.4]);
    expect(stageScale(positive, "z1").kind).toBe("diverging");
    expect(stageScale(positive, "a1").kind).toBe("sequential");
    expect(tensorScale(positive, "signed").kind).toBe("diverging");
    expect(tensorScale(positive).kind).toBe("sequential");
    const { z1 } = biasTaskMaps(5);
    const view = mapView(z1, "z1", "{stage}", "en", "signed");
    expect(view.min).toBeGreaterThan(0);
    expect(view.scale.kind).toBe("diverging");
  });
});

describe("heatmapPixels", () => {
  it("heatmapPixels writes one opaque RGBA pixel per value in row-major order", () => {
    const scale = colourScale("image", 0, 1);
    const pixels = heatmapPixels([0, 1, 1, 0], 2, 2, scale);
    expect(pixels.length).toBe(16);
    expect([...pixels.slice(0, 4)]).toEqual([...scale.rgb(0), 255]);
    expect([...pixels.slice(4, 8)]).toEqual([...scale.rgb(1), 255]);
    expect(pixels[4]).toBeGreaterThan(pixels[0]);
  });
});

describe("legendModel", () => {
  it("legendModel gives three ticks, low, middle and high, with formatted labels", () => {
    const model = legendModel(colourScale("diverging", -2, 1));
    expect(model.ticks.map((t) => t.label)).toEqual(["\u22122", "0", "2"]);
    expect(model.ticks.map((t) => t.offset)).toEqual([0, 0.5, 1]);
    expect(legendGradient(model)).toMatch(/^linear-gradient\(to right, rgb\(.+100%\)$/);
  });
});

describe("formatNumber", () => {
  it("formatNumber uses a true minus sign, drops -0 and never prints NaN or Infinity", () => {
    expect(formatNumber(-1.23456)).toBe("\u22121.23");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(1e-15)).toBe("0");
    expect(formatNumber(NaN)).toBe("—");
    expect(formatNumber(Infinity)).toBe("—");
    expect(formatNumber(1234.5)).toBe("1230");
  });
});
