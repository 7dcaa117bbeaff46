import { describe, expect, it } from "vitest";
import {
  conv2d,
  conv2dInto,
  conv2dReference,
  createRandom,
  randomTensor,
  type Conv2dOptions,
  type Padding,
  type Random,
  type Tensor,
} from "../../src/core/index";

/**
 * conv2d picks its inner loop by shape: filters four at a time or one at a time (the
 * remainder), 3×3 kernels sliding two rows at a time (stride 1, dilation 1, with a last odd
 * row on its own), other 3×3 kernels, any other kernel; output rows in blocks; with one input
 * channel, 3×3 kernels with stride 1 and dilation 1 store straight into the output. Random cases
 * rarely land on one particular combination, so these tests go through all of them in turn
 * and compare each with the definition, conv2dReference.
 */

const KERNELS: readonly [number, number][] = [
  [1, 1],
  [2, 2],
  [3, 3],
  [5, 5],
  [2, 3],
  [3, 1],
  [1, 4],
];
/** Every padding mode; undefined leaves the option out (the default, 0). */
const PADDINGS: readonly (Padding | undefined)[] = [undefined, "valid", 1, "same"];

interface Case {
  cin: number;
  cout: number;
  kh: number;
  kw: number;
  stride: number;
  dilation: number;
  padding: Padding | undefined;
  withBias: boolean;
  hout: number;
  wout: number;
}

function span(kernel: number, dilation: number): number {
  return dilation * (kernel - 1) + 1;
}

/** 'same' needs stride 1 and a dilated kernel span with equal padding on both sides. */
function fits(c: Case): boolean {
  if (c.padding !== "same") return true;
  return c.stride === 1 && span(c.kh, c.dilation) % 2 === 1 && span(c.kw, c.dilation) % 2 === 1;
}

/** Padding per side along one axis, as the definition gives it. */
function padOf(c: Case, kernel: number): number {
  if (c.padding === "same") return (span(kernel, c.dilation) - 1) / 2;
  return typeof c.padding === "number" ? c.padding : 0;
}

/**
 * The input size giving `out` outputs along one axis; `slack` extra pixels (< stride) that
 * the last stride step leaves unused.
 */
function inputSize(c: Case, out: number, kernel: number, slack: number): number {
  return (out - 1) * c.stride + span(kernel, c.dilation) - 2 * padOf(c, kernel) + slack;
}

/** Output sizes: odd and even rows, odd and even columns. */
const OUTPUTS: readonly [number, number][] = [
  [3, 4],
  [4, 3],
];

/** One input channel, and two so the sums over channels and the channel strides are exercised. */
function* allCases(): Generator<Case> {
  for (const cin of [1, 2])
    for (let cout = 1; cout <= 9; cout++)
      for (const [kh, kw] of KERNELS)
        for (const stride of [1, 2])
          for (const dilation of [1, 2])
            for (const padding of PADDINGS)
              for (const withBias of [false, true])
                for (const [hout, wout] of OUTPUTS) {
                  const c = { cin, cout, kh, kw, stride, dilation, padding, withBias, hout, wout };
                  if (fits(c)) yield c;
                }
}

function optionsOf(c: Case): Conv2dOptions {
  const options: Conv2dOptions = { stride: c.stride, dilation: c.dilation };
  if (c.padding !== undefined) options.padding = c.padding;
  return options;
}

interface Problem {
  x: Tensor;
  weights: Tensor;
  bias: number[] | undefined;
  options: Conv2dOptions;
}

function problemOf(c: Case, rng: Random): Problem {
  const h = inputSize(c, c.hout, c.kh, c.stride - 1);
  const w = inputSize(c, c.wout, c.kw, 0);
  return {
    x: randomTensor([c.cin, h, w], rng),
    weights: randomTensor([c.cout, c.cin, c.kh, c.kw], rng),
    bias: c.withBias ? Array.from({ length: c.cout }, () => rng.uniform(-1, 1)) : undefined,
    options: optionsOf(c),
  };
}

function describeCase(c: Case): string {
  const padding = c.padding === undefined ? "default" : String(c.padding);
  return (
    `${c.cin}→${c.cout} filters ${c.kh}×${c.kw} stride ${c.stride} dilation ${c.dilation} ` +
    `padding ${padding}${c.withBias ? " bias" : ""}, output ${c.hout}×${c.wout}`
  );
}

/** Float64 sums taken in another order may round to neighbouring float32 values. */
function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * (1 + Math.abs(b));
}

/** Where `ours` differs from `expected` in values listed by `at` (all by default), or null. */
function firstDifference(
  ours: Tensor,
  expected: Tensor,
  at?: (i: number) => boolean,
): string | null {
  if (ours.shape.join() !== expected.shape.join()) {
    return `shape [${ours.shape.join(", ")}], expected [${expected.shape.join(", ")}]`;
  }
  for (let i = 0; i < ours.data.length; i++) {
    if ((at === undefined || at(i)) && !close(ours.data[i], expected.data[i])) {
      return `value ${i} is ${ours.data[i]}, expected ${expected.data[i]}`;
    }
  }
  return null;
}

/** The odd channels, last first, with the last channel and a duplicate: not in order. */
function scatteredChannels(cout: number): number[] {
  const odd = Array.from({ length: cout }, (_, o) => o).filter(
    (o) => o % 2 === 1 || o === cout - 1,
  );
  return [...odd.reverse(), odd[0]];
}

const UNTOUCHED = -7;

/** conv2dInto over `channels` of an output filled with UNTOUCHED, checked against `expected`. */
function intoDifference(p: Problem, expected: Tensor, channels: number[]): string | null {
  const out: Tensor = { shape: [...expected.shape], data: new Float32Array(expected.data.length) };
  out.data.fill(UNTOUCHED);
  conv2dInto(p.x, p.weights, p.bias, p.options, out, channels);
  const plane = expected.shape[1] * expected.shape[2];
  const listed = (i: number) => channels.includes(Math.floor(i / plane));
  const written = firstDifference(out, expected, listed);
  if (written !== null) return `conv2dInto: ${written}`;
  const kept = out.data.every((v, i) => listed(i) || v === UNTOUCHED);
  return kept ? null : "conv2dInto wrote to a channel it was not given";
}

/** Runs every case, returning one line per failing case. */
function failuresOf(cases: Iterable<Case>, rng: Random): string[] {
  const failures: string[] = [];
  for (const c of cases) {
    const p = problemOf(c, rng);
    const expected = conv2dReference(p.x, p.weights, p.bias, p.options);
    // The output parities are the point of the case: make sure the input size gives them.
    if (expected.shape.join() !== [c.cout, c.hout, c.wout].join()) {
      failures.push(`${describeCase(c)}: the test built an input of the wrong size`);
    }
    const problem =
      firstDifference(conv2d(p.x, p.weights, p.bias, p.options), expected) ??
      intoDifference(p, expected, scatteredChannels(c.cout));
    if (problem !== null) failures.push(`${describeCase(c)}: ${problem}`);
  }
  return failures;
}

describe("conv2d: every code path against conv2dReference", () => {
  it("conv2d and conv2dInto match the definition for every combination of filter count, kernel, stride, dilation, padding, bias and output parity", () => {
    const cases = [...allCases()];
    // 'same' is refused with stride 2 or an even span; everything else is run.
    expect(cases.length).toBeGreaterThan(6_000);
    expect(failuresOf(cases, createRandom(13))).toEqual([]);
  });

  it("conv2d matches the definition when the output rows come in several blocks", () => {
    // About 1024 output values per block: 300 columns give blocks of 3 rows, so 7 rows are
    // 3 + 3 + 1; 1100 columns give one row per block.
    const cases: Case[] = [];
    for (const wout of [300, 1100])
      for (const [kh, kw, stride] of [
        [3, 3, 1],
        [3, 3, 2],
        [2, 2, 1],
      ])
        cases.push({
          cin: 2,
          cout: 5,
          kh,
          kw,
          stride,
          dilation: 1,
          padding: 1,
          withBias: true,
          hout: 7,
          wout,
        });
    expect(failuresOf(cases, createRandom(17))).toEqual([]);
  });

  it("with one input channel, the direct 3×3 path stores the same float32 values as the accumulators, bit for bit", () => {
    // A second input channel with zero weights sends the same sums through the accumulators.
    const rng = createRandom(19);
    for (const cout of [1, 4, 5, 8])
      for (const bias of [undefined, [-0, 0, -0.5, 0.25, -0, 1, -1, -0].slice(0, cout)]) {
        const x = randomTensor([1, 6, 7], rng);
        // Three rows of −0 under positive weights make sums of −0 (filter 0 has bias −0).
        x.data.fill(-0, 0, 21);
        const w = randomTensor([cout, 1, 3, 3], rng);
        for (let t = 0; t < 9; t++) w.data[t] = Math.abs(w.data[t]);
        const x2: Tensor = { shape: [2, 6, 7], data: new Float32Array(84) };
        x2.data.set(x.data);
        x2.data.set(randomTensor([1, 6, 7], rng).data, 42);
        const w2: Tensor = { shape: [cout, 2, 3, 3], data: new Float32Array(cout * 18) };
        for (let o = 0; o < cout; o++) w2.data.set(w.data.subarray(9 * o, 9 * o + 9), 18 * o);
        const options = { padding: 1 } as const;
        const direct = conv2d(x, w, bias, options).data;
        const accumulated = conv2d(x2, w2, bias, options).data;
        expect(Array.from(direct).every((v, i) => Object.is(v, accumulated[i]))).toBe(true);
      }
  });

  it("with one input channel, sums that may come near the float32 limit are checked as before", () => {
    const w = { shape: [1, 1, 3, 3], data: new Float32Array(9).fill(1) };
    const near = { shape: [1, 3, 3], data: new Float32Array(9).fill(4e37) };
    // 9 · 4e37 does not fit in float32; the centre sees all nine.
    expect(() => conv2d(near, w, undefined, { padding: 1 })).toThrow(
      /Output channel 0 reaches 3\.60e\+38, too large for 32-bit floats/,
    );
    // Past the direct path's bound (half the limit) but fitting: computed, not refused.
    near.data.fill(2e37);
    const expected = conv2dReference(near, w, undefined, { padding: 1 });
    expect(Array.from(conv2d(near, w, undefined, { padding: 1 }).data)).toEqual(
      Array.from(expected.data),
    );
  });
});
