/**
 * The pure logic of the checked exercises: the core computes what the reader's answer does,
 * and each check returns either success or the hint for the typical mistake it recognises.
 */
import { activate, conv2d, presetById, tensor, type Tensor } from "../../core";
import { SAMPLE_SIZE, sampleValues } from "../samples";

// ---------------------------------------------------------------------------------------------
// (a) A kernel that lights up only vertical edges

/** Side of the test patterns; a valid 3×3 convolution leaves 6 × 6 positions, none padded. */
export const PATTERN_SIZE = 8;

export type PatternName =
  "verticalRising" | "verticalFalling" | "horizontalRising" | "horizontalFalling" | "flat";

/**
 * Test images, values 0 (black) or 1 (white): a vertical edge that gets brighter from left to
 * right and its mirror image, the same for a horizontal edge (brighter downwards, upwards), and
 * a plain white patch.
 */
export function edgePattern(name: PatternName, size = PATTERN_SIZE): Float32Array {
  const half = size / 2;
  const data = new Float32Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const bright: Record<PatternName, boolean> = {
        verticalRising: x >= half,
        verticalFalling: x < half,
        horizontalRising: y >= half,
        horizontalFalling: y < half,
        flat: true,
      };
      data[y * size + x] = bright[name] ? 1 : 0;
    }
  }
  return data;
}

/** a1 = ReLU(w ∗ x) for one 3×3 kernel on a one-channel image, without padding. */
export function rectifiedResponse(kernel: readonly number[], image: Tensor, bias = 0): Tensor {
  const weights = tensor([1, 1, 3, 3], kernel);
  return activate(conv2d(image, weights, [bias], { padding: "valid" }), { name: "relu" });
}

function maxOf(values: Float32Array): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The strongest a1 value of a kernel on each test pattern. */
export type EdgeResponses = Record<PatternName, number>;

export function edgeResponses(kernel: readonly number[]): EdgeResponses {
  const names: PatternName[] = [
    "verticalRising",
    "verticalFalling",
    "horizontalRising",
    "horizontalFalling",
    "flat",
  ];
  const image = (name: PatternName) => tensor([1, PATTERN_SIZE, PATTERN_SIZE], edgePattern(name));
  return Object.fromEntries(
    names.map((name) => [name, maxOf(rectifiedResponse(kernel, image(name)).data)]),
  ) as EdgeResponses;
}

/** "Nearly none": horizontal edges and flat patches may give at most this share of the vertical response. */
export const LEAK_TOLERANCE = 0.1;
/** The least a1 a full black-to-white vertical edge must give to count as lighting up. */
export const STRONG_RESPONSE = 0.5;
/** Below this an a1 value counts as zero (float32 sums of exact zeros stay exact). */
const EPSILON = 1e-6;

export type EdgeHint = "zero" | "dark" | "flat" | "horizontal" | "both" | "weak";
/** Which vertical edges light up: brighter to the right, brighter to the left, or both. */
export type Polarity = "rising" | "falling" | "both";

export type EdgeVerdict =
  | { ok: true; polarity: Polarity; responses: EdgeResponses; vertical: number }
  | { ok: false; hint: EdgeHint; responses: EdgeResponses; vertical: number; horizontal: number };

/**
 * Checks a 3×3 kernel (9 numbers, row-major) for "a1 lights up only vertical edges": a unit
 * vertical edge of some polarity must give at least STRONG_RESPONSE, horizontal edges and a flat
 * patch at most LEAK_TOLERANCE of that. One polarity is enough, since the ReLU cuts the other.
 */
export function checkEdgeKernel(kernel: readonly number[]): EdgeVerdict {
  const responses = edgeResponses(kernel);
  const vertical = Math.max(responses.verticalRising, responses.verticalFalling);
  const horizontal = Math.max(responses.horizontalRising, responses.horizontalFalling);
  const fail = (hint: EdgeHint): EdgeVerdict => ({
    ok: false,
    hint,
    responses,
    vertical,
    horizontal,
  });
  if (kernel.every((w) => w === 0)) return fail("zero");
  if (Math.max(vertical, horizontal, responses.flat) <= EPSILON) return fail("dark");
  const strongest = Math.max(vertical, horizontal);
  if (responses.flat > LEAK_TOLERANCE * strongest) return fail("flat");
  if (horizontal > LEAK_TOLERANCE * vertical) {
    return fail(vertical <= LEAK_TOLERANCE * horizontal ? "horizontal" : "both");
  }
  if (vertical < STRONG_RESPONSE) return fail("weak");
  const shows = (v: number) => v > LEAK_TOLERANCE * vertical;
  const polarity: Polarity =
    shows(responses.verticalRising) && shows(responses.verticalFalling)
      ? "both"
      : shows(responses.verticalRising)
        ? "rising"
        : "falling";
  return { ok: true, polarity, responses, vertical };
}

/** Sum of a kernel's weights: the response to a flat white patch before the ReLU. */
export function weightSum(kernel: readonly number[]): number {
  return kernel.reduce((sum, w) => sum + w, 0);
}

/** The kernel the edge task starts from: the identity, which passes everything through. */
export function startingEdgeKernel(): number[] {
  return [...presetById("identity")!.kernel];
}

/** The image the edge task previews a1 on: a square and a disc, with edges of every direction. */
export function edgePreviewInput(): Tensor {
  return tensor([1, SAMPLE_SIZE, SAMPLE_SIZE], sampleValues("shapes"));
}

// ---------------------------------------------------------------------------------------------
// (b) A bias that zeroes a quarter of z1

/** The fixed part of the bias task: which kernel on which sample, and the target share. */
export const BIAS_TASK = {
  sample: "coffee",
  preset: "gaussian-blur",
  target: 0.25,
  tolerance: 0.02,
  /** Where the reader's bias field starts: no unit is zeroed yet. */
  startBias: 0,
} as const;

export function biasTaskInput(): Tensor {
  return tensor([1, SAMPLE_SIZE, SAMPLE_SIZE], sampleValues(BIAS_TASK.sample));
}

export function biasTaskKernel(): number[] {
  return [...presetById(BIAS_TASK.preset)!.kernel];
}

/** z1 = w ∗ x + b with one pixel of zero padding (the explorer's "same" size), and a1 = ReLU(z1). */
export function biasTaskMaps(bias: number, input = biasTaskInput()): { z1: Tensor; a1: Tensor } {
  const weights = tensor([1, 1, 3, 3], biasTaskKernel());
  const z1 = conv2d(input, weights, [bias], { padding: "same" });
  return { z1, a1: activate(z1, { name: "relu" }) };
}

/** The share of a map's values that are exactly 0. */
export function zeroShare(values: Float32Array): number {
  let zeros = 0;
  for (const v of values) if (v === 0) zeros++;
  return values.length ? zeros / values.length : 0;
}

export type BiasHint = "dead" | "tooMany" | "tooFew" | "none";
export type BiasVerdict =
  { ok: true; share: number } | { ok: false; hint: BiasHint; share: number };

/**
 * Checks a bias for "a1 = ReLU(z1) is exactly zero in a quarter of its units", within
 * BIAS_TASK.tolerance. Too many zeros call for a higher bias, too few for a lower one.
 */
export function checkBias(bias: number, input = biasTaskInput()): BiasVerdict {
  const share = zeroShare(biasTaskMaps(bias, input).a1.data);
  const { target, tolerance } = BIAS_TASK;
  // Rounded to whole permille so that a share shown as 27 % is not refused for 27.0004 %.
  const off = Math.round((share - target) * 1000) / 1000;
  if (Math.abs(off) <= tolerance) return { ok: true, share };
  if (share === 1) return { ok: false, hint: "dead", share };
  if (share === 0) return { ok: false, hint: "none", share };
  return { ok: false, hint: off > 0 ? "tooMany" : "tooFew", share };
}

// ---------------------------------------------------------------------------------------------
// (c) Which stage does an author call the feature map?

/** The parts of a source (content/sources/<id>.yaml) the stage question reads. */
export interface SourceTerms {
  id: string;
  short: string;
  order: number;
  terms: { term: string; stages: readonly string[]; note?: string; note_ja?: string }[];
}

/** Where a wrong stage's hint comes from: the author's own other word, another source's, or none. */
export type StageHint =
  | { kind: "own"; term: string }
  | { kind: "other"; source: string; term: string }
  | { kind: "none" };

export interface StageQuiz {
  /** The stages the author's term names: any of them is a right answer. */
  correct: string[];
  /** Our note on the term, per edition, shown with a right answer. */
  note: { en: string; ja: string };
  hints: Record<string, StageHint>;
}

const namesFeatureMap = (term: string) => /feature map/i.test(term);

/**
 * Builds the question "which stage does <source> call <term>?" from the sources data: the right
 * stages are those of that term; a wrong stage gets the author's own other word for it if there
 * is one, else the "feature map" word of another source that names it (the most specific such
 * term first, then in reading order).
 * @throws RangeError when the source or its term is missing, so a renamed term fails the build
 */
export function stageQuiz(
  sources: readonly SourceTerms[],
  sourceId: string,
  termName: string,
  choices: readonly string[],
): StageQuiz {
  const source = sources.find((s) => s.id === sourceId);
  const term = source?.terms.find((t) => t.term === termName);
  if (!source || !term) {
    throw new RangeError(`The sources have no term “${termName}” of “${sourceId}”.`);
  }
  const correct = choices.filter((c) => term.stages.includes(c));
  const others = sources
    .filter((s) => s.id !== sourceId)
    .flatMap((s) => s.terms.map((t) => ({ source: s, term: t })))
    .filter(({ term: t }) => namesFeatureMap(t.term))
    .sort((a, b) => a.term.stages.length - b.term.stages.length || a.source.order - b.source.order);
  const hints: Record<string, StageHint> = {};
  for (const stage of choices.filter((c) => !correct.includes(c))) {
    const own = source.terms.find((t) => t !== term && t.stages.includes(stage));
    const other = others.find(({ term: t }) => t.stages.includes(stage));
    hints[stage] = own
      ? { kind: "own", term: own.term }
      : other
        ? { kind: "other", source: other.source.short, term: other.term.term }
        : { kind: "none" };
  }
  return {
    correct,
    note: { en: term.note ?? "", ja: term.note_ja ?? term.note ?? "" },
    hints,
  };
}

export type StageVerdict = { ok: true } | { ok: false; hint: StageHint | { kind: "unanswered" } };

/** Checks the chosen stage id (null when none is chosen) against the quiz. */
export function checkStage(
  quiz: Pick<StageQuiz, "correct" | "hints">,
  choice: string | null,
): StageVerdict {
  if (choice === null) return { ok: false, hint: { kind: "unanswered" } };
  if (quiz.correct.includes(choice)) return { ok: true };
  return { ok: false, hint: quiz.hints[choice] ?? { kind: "none" } };
}
