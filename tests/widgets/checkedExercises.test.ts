import { describe, expect, it } from "vitest";
import { presetById, tensor } from "../../src/core";
import { sourceSchema } from "../../src/content/sourceSchema";
import { readSourceFiles } from "../content/loadSources";
import {
  BIAS_TASK,
  biasTaskMaps,
  checkBias,
  checkEdgeKernel,
  checkStage,
  edgePattern,
  edgeResponses,
  rectifiedResponse,
  stageQuiz,
  startingEdgeKernel,
  zeroShare,
  type SourceTerms,
} from "../../src/widgets/CheckedExercises/model";
import {
  STAGE_CHOICES,
  checkedExercisesEn,
  checkedExercisesJa,
} from "../../src/widgets/CheckedExercises/labels";

const kernelOf = (id: string) => [...presetById(id)!.kernel];
const SOBEL_X = kernelOf("sobel-x");

describe("edge task", () => {
  it("edgePattern draws a unit step: dark left and bright right for a rising vertical edge", () => {
    const p = edgePattern("verticalRising", 4);
    expect(Array.from(p.slice(0, 4))).toEqual([0, 0, 1, 1]);
    expect(Array.from(edgePattern("horizontalFalling", 4))).toEqual([
      1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
  });

  it("rectifiedResponse matches a hand-computed ReLU of the cross-correlation without padding", () => {
    // 3×4 image, kernel picks right minus left: two 1×2 outputs.
    const image = tensor([1, 3, 4], [0, 1, 3, 6, 0, 1, 3, 6, 0, 1, 3, 6]);
    const kernel = [0, 0, 0, -1, 0, 1, 0, 0, 0];
    expect(Array.from(rectifiedResponse(kernel, image).data)).toEqual([3, 5]);
    expect(
      Array.from(
        rectifiedResponse(
          kernel.map((w) => -w),
          image,
        ).data,
      ),
    ).toEqual([0, 0]);
  });

  it("edgeResponses of Sobel x: 4 at a rising vertical edge, nothing on horizontal edges or flat white", () => {
    const r = edgeResponses(SOBEL_X);
    expect(r.verticalRising).toBe(4);
    expect(r.verticalFalling).toBe(0);
    expect(r.horizontalRising).toBe(0);
    expect(r.horizontalFalling).toBe(0);
    expect(r.flat).toBe(0);
  });

  it("checkEdgeKernel accepts Sobel x, Prewitt and their mirror images, naming the polarity", () => {
    expect(checkEdgeKernel(SOBEL_X)).toMatchObject({ ok: true, polarity: "rising", vertical: 4 });
    expect(checkEdgeKernel(kernelOf("prewitt"))).toMatchObject({ ok: true, polarity: "rising" });
    expect(checkEdgeKernel(SOBEL_X.map((w) => -w))).toMatchObject({
      ok: true,
      polarity: "falling",
    });
  });

  it("checkEdgeKernel accepts a kernel that lights both polarities (a second difference across columns)", () => {
    expect(checkEdgeKernel([0, 0, 0, -1, 2, -1, 0, 0, 0])).toMatchObject({
      ok: true,
      polarity: "both",
    });
  });

  it("checkEdgeKernel accepts a kernel with negative sum: flat white is cut to 0 by the ReLU", () => {
    const kernel = [...SOBEL_X];
    kernel[4] = -1;
    expect(checkEdgeKernel(kernel).ok).toBe(true);
  });

  it("checkEdgeKernel says Sobel y lights up horizontal edges", () => {
    expect(checkEdgeKernel(kernelOf("sobel-y"))).toMatchObject({ ok: false, hint: "horizontal" });
  });

  it("checkEdgeKernel says flat regions light up for weights summing above zero: the identity it starts from, a blur, Sobel x plus a centre", () => {
    expect(checkEdgeKernel(startingEdgeKernel())).toMatchObject({ ok: false, hint: "flat" });
    expect(checkEdgeKernel(kernelOf("box-blur"))).toMatchObject({ ok: false, hint: "flat" });
    const kernel = [...SOBEL_X];
    kernel[4] = 1;
    expect(checkEdgeKernel(kernel)).toMatchObject({ ok: false, hint: "flat" });
  });

  it("checkEdgeKernel says nothing lights up for an all-zero kernel", () => {
    expect(checkEdgeKernel(Array(9).fill(0))).toMatchObject({ ok: false, hint: "zero" });
  });

  it("checkEdgeKernel says every response is cut when all of them are negative", () => {
    expect(checkEdgeKernel(Array(9).fill(-1))).toMatchObject({ ok: false, hint: "dark" });
  });

  it("checkEdgeKernel says horizontal edges light up too for the Laplacian and the outline kernel", () => {
    expect(checkEdgeKernel(kernelOf("laplacian"))).toMatchObject({ ok: false, hint: "both" });
    expect(checkEdgeKernel(kernelOf("outline"))).toMatchObject({ ok: false, hint: "both" });
  });

  it("checkEdgeKernel says the response is faint for a hundredth of Sobel x", () => {
    expect(checkEdgeKernel(SOBEL_X.map((w) => w / 100))).toMatchObject({ ok: false, hint: "weak" });
  });
});

describe("bias task", () => {
  /** The bias that zeroes a given share, from the sorted convolution values (an independent route). */
  function biasForShare(share: number): number {
    const s1 = Array.from(biasTaskMaps(0).z1.data).sort((a, b) => a - b);
    return -s1[Math.floor(share * s1.length)];
  }

  it("zeroShare counts exact zeros only", () => {
    expect(zeroShare(Float32Array.from([0, 0.001, -0, 2]))).toBe(0.5);
    expect(zeroShare(new Float32Array(0))).toBe(0);
  });

  it("checkBias accepts the bias at the quarter point of the convolution's values", () => {
    const verdict = checkBias(biasForShare(0.25));
    expect(verdict.ok).toBe(true);
    expect(Math.abs(verdict.share - BIAS_TASK.target)).toBeLessThanOrEqual(BIAS_TASK.tolerance);
  });

  it("checkBias says too many are zero, raise the bias, at the 40 % point", () => {
    expect(checkBias(biasForShare(0.4))).toMatchObject({ ok: false, hint: "tooMany" });
  });

  it("checkBias says too few are zero, lower the bias, at the 10 % point", () => {
    expect(checkBias(biasForShare(0.1))).toMatchObject({ ok: false, hint: "tooFew" });
  });

  it("checkBias says no unit is zero for the starting bias 0, and the map is dead for −10", () => {
    expect(checkBias(BIAS_TASK.startBias)).toMatchObject({ ok: false, hint: "none", share: 0 });
    expect(checkBias(-10)).toMatchObject({ ok: false, hint: "dead", share: 1 });
  });

  it("checkBias's window of right answers is wide enough to find by hand (at least 0.01 of bias)", () => {
    expect(biasForShare(0.23) - biasForShare(0.27)).toBeGreaterThan(0.01);
  });
});

describe("stage task", () => {
  const sources: SourceTerms[] = readSourceFiles().map(({ id, raw }) => {
    const s = sourceSchema.parse(raw);
    return { id, short: s.short, order: s.order, terms: s.terms };
  });
  const karn = () => stageQuiz(sources, "karn", "Feature Map", STAGE_CHOICES);

  it("stageQuiz takes the right stages from Karn's Feature Map term in the sources", () => {
    const karnTerm = sources
      .find((s) => s.id === "karn")!
      .terms.find((t) => t.term === "Feature Map")!;
    expect(karn().correct).toEqual(STAGE_CHOICES.filter((c) => karnTerm.stages.includes(c)));
    expect(karn().correct.length).toBeGreaterThan(0);
    expect(karn().note.en).toBe(karnTerm.note);
  });

  it("checkStage accepts every stage Karn's term names and refuses no choice at all", () => {
    for (const stage of karn().correct) expect(checkStage(karn(), stage)).toEqual({ ok: true });
    expect(checkStage(karn(), null)).toEqual({ ok: false, hint: { kind: "unanswered" } });
  });

  it("checkStage accepts a1: Karn's bare feature map covers the rectified map as well", () => {
    expect(karn().correct).toContain("a1");
    expect(checkStage(karn(), "a1")).toEqual({ ok: true });
  });

  it("checkStage says F1 is Nielsen's feature map, the most specific term naming it", () => {
    expect(checkStage(karn(), "F1")).toEqual({
      ok: false,
      hint: { kind: "other", source: "Nielsen", term: "feature map" },
    });
  });

  it("checkStage gives every wrong choice a hint from the sources", () => {
    for (const stage of STAGE_CHOICES.filter((c) => !karn().correct.includes(c))) {
      const verdict = checkStage(karn(), stage);
      expect(verdict.ok, stage).toBe(false);
      if (!verdict.ok) expect(verdict.hint.kind, stage).not.toBe("none");
    }
  });

  it("stageQuiz prefers the author's own word, then another source's narrowest feature-map term", () => {
    const toy: SourceTerms[] = [
      {
        id: "a",
        short: "A",
        order: 1,
        terms: [
          { term: "map", stages: ["z1"] },
          { term: "pooled", stages: ["p1"] },
        ],
      },
      {
        id: "b",
        short: "B",
        order: 2,
        terms: [{ term: "feature maps", stages: ["x", "a1", "p1"] }],
      },
      { id: "c", short: "C", order: 3, terms: [{ term: "feature map", stages: ["a1"] }] },
    ];
    const quiz = stageQuiz(toy, "a", "map", ["x", "z1", "a1", "p1", "F1"]);
    expect(quiz.correct).toEqual(["z1"]);
    expect(quiz.hints).toEqual({
      x: { kind: "other", source: "B", term: "feature maps" },
      a1: { kind: "other", source: "C", term: "feature map" },
      p1: { kind: "own", term: "pooled" },
      F1: { kind: "none" },
    });
  });

  it("stageQuiz throws a RangeError naming the term when the sources lack it", () => {
    expect(() => stageQuiz(sources, "karn", "Feature Mop", STAGE_CHOICES)).toThrow(/Feature Mop/);
  });
});

describe("labels", () => {
  const keysOf = (o: object, prefix = ""): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      typeof v === "object" ? keysOf(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
    );
  const valueAt = (o: object, path: string) =>
    path.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], o) as string;

  it("the Japanese labels have every key of the English ones, with the same placeholders", () => {
    expect(keysOf(checkedExercisesJa).sort()).toEqual(keysOf(checkedExercisesEn).sort());
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keysOf(checkedExercisesEn)) {
      expect(names(valueAt(checkedExercisesJa, key)), key).toEqual(
        names(valueAt(checkedExercisesEn, key)),
      );
    }
  });

  it("every Japanese label except the formulas and the edition's code is written in Japanese", () => {
    const formulas = new Set(["edge.outputName", "bias.z1Name", "bias.a1Name", "lang"]);
    for (const key of keysOf(checkedExercisesJa).filter((k) => !formulas.has(k))) {
      expect(valueAt(checkedExercisesJa, key), key).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
});
