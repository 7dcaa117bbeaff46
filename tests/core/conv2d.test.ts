import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  conv2d,
  conv2dInto,
  conv2dOutputShape,
  conv2dReference,
  createRandom,
  FLOAT32_MAX,
  outputSize,
  randomTensor,
  tensor,
  zeros,
  type Tensor,
} from "../../src/core/index";

/** The 5×5 input 1..25, row-major: x[y][x] = 5y + x + 1. */
const X5 = tensor(
  [1, 5, 5],
  Array.from({ length: 25 }, (_, i) => i + 1),
);
/** An asymmetric kernel, so a flipped kernel would give different numbers. */
const K = tensor([1, 1, 3, 3], [1, 0, 0, 0, 1, 0, 0, 0, 2]);

function values(t: Tensor): number[] {
  return Array.from(t.data);
}

function maxAbsDiff(a: Tensor, b: Tensor): number {
  expect(a.shape).toEqual(b.shape);
  let m = 0;
  for (let i = 0; i < a.data.length; i++) m = Math.max(m, Math.abs(a.data[i] - b.data[i]));
  return m;
}

/** A random convolution problem that fits: shapes, options, seeded data. */
const convCase = fc
  .record({
    cin: fc.integer({ min: 1, max: 3 }),
    cout: fc.integer({ min: 1, max: 9 }),
    h: fc.integer({ min: 1, max: 9 }),
    w: fc.integer({ min: 1, max: 9 }),
    kh: fc.integer({ min: 1, max: 5 }),
    kw: fc.integer({ min: 1, max: 5 }),
    stride: fc.integer({ min: 1, max: 3 }),
    padding: fc.integer({ min: 0, max: 2 }),
    dilation: fc.integer({ min: 1, max: 3 }),
    seed: fc.integer(),
  })
  .filter(
    (c) =>
      c.dilation * (c.kh - 1) + 1 <= c.h + 2 * c.padding &&
      c.dilation * (c.kw - 1) + 1 <= c.w + 2 * c.padding,
  )
  .map((c) => {
    const rng = createRandom(c.seed);
    return {
      ...c,
      x: randomTensor([c.cin, c.h, c.w], rng),
      x2: randomTensor([c.cin, c.h, c.w], rng),
      weights: randomTensor([c.cout, c.cin, c.kh, c.kw], rng),
      weights2: randomTensor([c.cout, c.cin, c.kh, c.kw], rng),
      bias: Array.from({ length: c.cout }, () => rng.uniform(-1, 1)),
      options: { stride: c.stride, padding: c.padding, dilation: c.dilation },
    };
  });

function combine(a: Tensor, alpha: number, b: Tensor, beta: number): Tensor {
  const out = zeros(a.shape);
  for (let i = 0; i < out.data.length; i++) out.data[i] = alpha * a.data[i] + beta * b.data[i];
  return out;
}

describe("conv2d: hand-computed cases", () => {
  it("conv2d of the 5×5 input 1..25 with a 3×3 kernel and no padding gives 20y + 4x + 34", () => {
    // out[y][x] = 1·in[y][x] + 1·in[y+1][x+1] + 2·in[y+2][x+2]
    //           = (5y+x+1) + (5y+x+7) + 2(5y+x+13) = 20y + 4x + 34.
    // (A flipped kernel would give 20y + 4x + 22.)
    const out = conv2d(X5, K);
    expect(out.shape).toEqual([1, 3, 3]);
    expect(values(out)).toEqual([34, 38, 42, 54, 58, 62, 74, 78, 82]);
  });

  it("conv2d with padding 1 fills the border from zeros", () => {
    // Corners: (0,0) = 0 + 1 + 2·7 = 15; (0,4) = 0 + 5 + 2·0 = 5;
    // (4,0) = 0 + 21 + 0 = 21; (4,4) = 19 + 25 + 0 = 44.
    const out = conv2d(X5, K, undefined, { padding: 1 });
    expect(out.shape).toEqual([1, 5, 5]);
    expect(values(out)).toEqual([
      15, 18, 21, 24, 5, 30, 34, 38, 42, 14, 45, 54, 58, 62, 24, 60, 74, 78, 82, 34, 21, 38, 40, 42,
      44,
    ]);
  });

  it("conv2d with stride 2 and padding 1 returns ⌊(n+2p−k)/s⌋+1 columns", () => {
    // ⌊(5 + 2 − 3)/2⌋ + 1 = 3: the even rows and columns of the padding-1 result.
    const out = conv2d(X5, K, undefined, { stride: 2, padding: 1 });
    expect(out.shape).toEqual([1, 3, 3]);
    expect(values(out)).toEqual([15, 21, 5, 45, 58, 24, 21, 40, 44]);
  });

  it("conv2d with dilation 2 spreads the 3×3 taps over 5×5", () => {
    // One output: in[0][0] + in[2][2] + 2·in[4][4] = 1 + 13 + 50.
    expect(values(conv2d(X5, K, undefined, { dilation: 2 }))).toEqual([64]);
  });

  it("conv2d with padding 2, stride 3 and dilation 2 combines all three", () => {
    // Padded size 9, span 5: ⌊(9 − 5)/3⌋ + 1 = 2 per side.
    // (0,0): in[-2][-2] + in[0][0] + 2·in[2][2] = 0 + 1 + 26 = 27
    // (0,1): in[-2][1] + in[0][3] + 2·in[2][5] = 0 + 4 + 0 = 4
    // (1,0): in[1][-2] + in[3][0] + 2·in[5][2] = 0 + 16 + 0 = 16
    // (1,1): in[1][1] + in[3][3] + 2·in[5][5] = 7 + 19 + 0 = 26
    expect(values(conv2d(X5, K, undefined, { padding: 2, stride: 3, dilation: 2 }))).toEqual([
      27, 4, 16, 26,
    ]);
  });

  it("conv2d with padding 'same' keeps 5×5", () => {
    expect(conv2d(X5, K, undefined, { padding: "same" }).shape).toEqual([1, 5, 5]);
  });

  it("conv2d sums over input channels and adds one bias per filter", () => {
    // Input: channel 0 = [1 2; 3 4], channel 1 = [10 20; 30 40].
    // Filter 0 (1×1): 1·ch0 + 0.5·ch1, bias 1 → [7 13; 19 25].
    // Filter 1 (1×1): −1·ch0 + 0·ch1, bias 0 → [−1 −2; −3 −4].
    const x = tensor([2, 2, 2], [1, 2, 3, 4, 10, 20, 30, 40]);
    const w = tensor([2, 2, 1, 1], [1, 0.5, -1, 0]);
    expect(values(conv2d(x, w, [1, 0]))).toEqual([7, 13, 19, 25, -1, -2, -3, -4]);
  });

  it("conv2d with a 1×2 kernel [−1, 1] takes horizontal differences", () => {
    const x = tensor([1, 2, 3], [1, 4, 9, 2, 2, 7]);
    const w = tensor([1, 1, 1, 2], [-1, 1]);
    expect(values(conv2d(x, w))).toEqual([3, 5, 0, 5]);
  });

  it("conv2d with five 3×3 filters matches filter-by-filter results (group of four plus one)", () => {
    const rng = createRandom(11);
    const x = randomTensor([2, 6, 7], rng);
    const w = randomTensor([5, 2, 3, 3], rng);
    const all = conv2d(x, w, undefined, { padding: 1 });
    for (let o = 0; o < 5; o++) {
      const one = tensor([1, 2, 3, 3], w.data.slice(o * 18, (o + 1) * 18));
      const single = conv2d(x, one, undefined, { padding: 1 });
      expect(values(single)).toEqual(Array.from(all.data.subarray(o * 42, (o + 1) * 42)));
    }
  });
});

describe("conv2d: properties", () => {
  it("conv2d agrees with the definition read literally", () => {
    fc.assert(
      fc.property(convCase, (c) => {
        const ours = conv2d(c.x, c.weights, c.bias, c.options);
        return maxAbsDiff(ours, conv2dReference(c.x, c.weights, c.bias, c.options)) <= 1e-5;
      }),
      { numRuns: 300 },
    );
  });

  it("conv2d output shape is [Cout, outputSize(H), outputSize(W)]", () => {
    fc.assert(
      fc.property(convCase, (c) => {
        const out = conv2d(c.x, c.weights, undefined, c.options);
        const expected = [
          c.cout,
          outputSize(c.h, c.kh, c.stride, c.padding, c.dilation),
          outputSize(c.w, c.kw, c.stride, c.padding, c.dilation),
        ];
        return (
          out.shape.join() === expected.join() &&
          conv2dOutputShape(c.x.shape, c.weights.shape, c.options).join() === expected.join() &&
          out.data.length === expected[0] * expected[1] * expected[2]
        );
      }),
    );
  });

  it("conv2d is linear in the input: conv(αx + βy) = α·conv(x) + β·conv(y)", () => {
    fc.assert(
      fc.property(
        convCase,
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (c, alpha, beta) => {
          const lhs = conv2d(combine(c.x, alpha, c.x2, beta), c.weights, undefined, c.options);
          const rhs = combine(
            conv2d(c.x, c.weights, undefined, c.options),
            alpha,
            conv2d(c.x2, c.weights, undefined, c.options),
            beta,
          );
          return maxAbsDiff(lhs, rhs) <= 1e-4;
        },
      ),
    );
  });

  it("conv2d is linear in the weights: conv(x; αw + βv) = α·conv(x; w) + β·conv(x; v)", () => {
    fc.assert(
      fc.property(
        convCase,
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (c, alpha, beta) => {
          const mixed = combine(c.weights, alpha, c.weights2, beta);
          const lhs = conv2d(c.x, mixed, undefined, c.options);
          const rhs = combine(
            conv2d(c.x, c.weights, undefined, c.options),
            alpha,
            conv2d(c.x, c.weights2, undefined, c.options),
            beta,
          );
          return maxAbsDiff(lhs, rhs) <= 1e-4;
        },
      ),
    );
  });

  it("conv2d with a bias shifts channel o by bias[o]", () => {
    fc.assert(
      fc.property(convCase, (c) => {
        const plain = conv2d(c.x, c.weights, undefined, c.options);
        const shifted = conv2d(c.x, c.weights, c.bias, c.options);
        const plane = plain.shape[1] * plain.shape[2];
        return plain.data.every(
          (v, i) => Math.abs(v + c.bias[Math.floor(i / plane)] - shifted.data[i]) <= 1e-5,
        );
      }),
    );
  });

  it("conv2d with the identity kernel and padding 'same' returns the input", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer(),
        (cin, h, w, half, seed) => {
          const k = 2 * half + 1;
          const x = randomTensor([cin, h, w], createRandom(seed));
          // Filter o copies channel o through the centre tap.
          const weights = zeros([cin, cin, k, k]);
          for (let o = 0; o < cin; o++) weights.data[((o * cin + o) * k + half) * k + half] = 1;
          const out = conv2d(x, weights, undefined, { padding: "same" });
          return out.shape.join() === x.shape.join() && out.data.every((v, i) => v === x.data[i]);
        },
      ),
    );
  });

  it("conv2dInto recomputes only the listed channels and matches conv2d there", () => {
    fc.assert(
      fc.property(convCase, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), (c, picks) => {
        const full = conv2d(c.x, c.weights, c.bias, c.options);
        const out = zeros(full.shape);
        out.data.fill(-7);
        const listed = picks.map((p) => p % c.cout);
        conv2dInto(c.x, c.weights, c.bias, c.options, out, listed);
        const plane = full.shape[1] * full.shape[2];
        return out.data.every((v, i) => {
          const o = Math.floor(i / plane);
          return listed.includes(o) ? v === full.data[i] : v === -7;
        });
      }),
    );
  });
});

describe("conv2d: errors", () => {
  const x = tensor([1, 3, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const w3 = tensor([1, 1, 3, 3], [0, 0, 0, 0, 1, 0, 0, 0, 0]);

  it("conv2d with a 5×5 kernel on a 3×3 input throws the readable RangeError", () => {
    expect(() => conv2d(x, zeros([1, 1, 5, 5]))).toThrow(RangeError);
    expect(() => conv2d(x, zeros([1, 1, 5, 5]))).toThrow(
      "The 5×5 kernel is larger than the 3×3 padded input.",
    );
  });

  it("conv2d with too large a dilation says how far the kernel spans", () => {
    expect(() => conv2d(x, w3, undefined, { dilation: 2 })).toThrow(
      /3×3 kernel \(spanning 5×5 with dilation 2\) is larger than the 3×3 padded input/,
    );
  });

  it("conv2d with mismatched input channels throws RangeError", () => {
    expect(() => conv2d(x, zeros([1, 2, 3, 3]))).toThrow(
      /expect 2 input channels, but the input has 1/,
    );
  });

  it("conv2d with the wrong bias length throws RangeError", () => {
    expect(() => conv2d(x, w3, [1, 2])).toThrow(/1 filters but 2 biases/);
  });

  it("conv2d with a wrongly shaped input or weights throws RangeError", () => {
    expect(() => conv2d(tensor([9], x.data), w3)).toThrow(RangeError);
    expect(() => conv2d(x, tensor([9], w3.data))).toThrow(RangeError);
    const lying: Tensor = { shape: [1, 3, 3], data: new Float32Array(8) };
    expect(() => conv2d(lying, w3)).toThrow(/has 8 numbers/);
  });

  it("conv2d with stride 0, a fractional stride or dilation 0 throws RangeError", () => {
    expect(() => conv2d(x, w3, undefined, { stride: 0 })).toThrow(RangeError);
    expect(() => conv2d(x, w3, undefined, { stride: 1.5 })).toThrow(RangeError);
    expect(() => conv2d(x, w3, undefined, { dilation: 0 })).toThrow(RangeError);
    expect(() => conv2d(x, w3, undefined, { padding: -1 })).toThrow(RangeError);
  });

  it("conv2d with padding 'same' and an even kernel throws RangeError", () => {
    expect(() => conv2d(x, zeros([1, 1, 2, 2]), undefined, { padding: "same" })).toThrow(
      RangeError,
    );
  });

  it("conv2d with an unknown padding rule throws TypeError", () => {
    expect(() => conv2d(x, w3, undefined, { padding: "full" as never })).toThrow(TypeError);
  });

  it("conv2d never returns NaN: a non-finite value anywhere throws RangeError", () => {
    fc.assert(
      fc.property(
        convCase,
        fc.constantFrom(NaN, Infinity, -Infinity),
        fc.constantFrom("x", "weights", "bias"),
        fc.nat(),
        (c, bad, where, at) => {
          const x2 = tensor(c.x.shape, c.x.data.slice());
          const w2 = tensor(c.weights.shape, c.weights.data.slice());
          const b2 = [...c.bias];
          if (where === "x") x2.data[at % x2.data.length] = bad;
          if (where === "weights") w2.data[at % w2.data.length] = bad;
          if (where === "bias") b2[at % b2.length] = bad;
          expect(() => conv2d(x2, w2, b2, c.options)).toThrow(RangeError);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("conv2d whose results overflow float32 throws RangeError instead of returning Infinity", () => {
    const big = tensor([1, 1, 2], [3e38, 3e38]);
    expect(() => conv2d(big, tensor([1, 1, 1, 2], [1, 1]))).toThrow(/too large for 32-bit floats/);
    // The same sum is fine when the terms cancel: float64 accumulation does not overflow.
    expect(Array.from(conv2d(big, tensor([1, 1, 1, 2], [1, -1])).data)).toEqual([0]);
  });

  it("conv2dInto with a wrongly shaped output or a missing channel throws RangeError", () => {
    expect(() => conv2dInto(x, w3, undefined, { padding: 1 }, zeros([1, 1, 1]))).toThrow(
      /produces \[1, 3, 3\]/,
    );
    expect(() => conv2dInto(x, w3, undefined, { padding: 1 }, zeros([1, 3, 3]), [1])).toThrow(
      RangeError,
    );
  });

  it("conv2d names what is wrong: each check has its own message", () => {
    // Later steps would often throw too, with a message about the wrong thing.
    expect(() => conv2d(tensor([9], x.data), w3)).toThrow(
      "The input must have shape [channels, height, width], got [9].",
    );
    expect(() => conv2d(x, tensor([9], w3.data))).toThrow(
      "The weights must have shape [filters, channels, kernel height, kernel width], got [9].",
    );
    expect(() => conv2d(zeros([2, 3, 3]), w3)).toThrow(
      "The filters expect 1 input channel, but the input has 2.",
    );
    const twoChannels = { shape: [1, 2, 3, 3], data: new Float32Array(17) };
    expect(() => conv2d(zeros([2, 3, 3]), twoChannels)).toThrow(
      "The weight data has 17 numbers but its shape [1, 2, 3, 3] needs 18.",
    );
    expect(() =>
      conv2d({ shape: [2, 3, 4], data: new Float32Array(23) }, zeros([1, 2, 1, 1])),
    ).toThrow("The input data has 23 numbers but its shape [2, 3, 4] needs 24.");
    expect(() => conv2d(x, zeros([1, 1, 7, 1]), undefined, { padding: 1 })).toThrow(
      "The 7×1 kernel is larger than the 5×5 padded input.",
    );
    // Too tall but not too wide, and the other way round.
    expect(() => conv2d(x, zeros([1, 1, 5, 1]))).toThrow("The 5×1 kernel is larger");
    expect(() => conv2d(x, zeros([1, 1, 1, 5]))).toThrow("The 1×5 kernel is larger");
    // Checked before 'same' padding, which would otherwise complain about the stride first.
    expect(() => conv2d(x, w3, undefined, { stride: 0, padding: "same" })).toThrow(
      "The stride must be a whole number ≥ 1, got 0.",
    );
    for (const options of [5, null]) {
      expect(() => conv2d(x, w3, undefined, options as never)).toThrow(
        "conv2d options must be an object like { stride, padding, dilation }.",
      );
    }
    const nan = tensor([1, 3, 3], [0, 0, NaN, 0, 0, 0, 0, 0, 0]);
    expect(() => conv2d(nan, w3)).toThrow("The input contains NaN at position 2");
    expect(() => conv2d(x, tensor([1, 1, 3, 3], nan.data))).toThrow(
      "The weights contains NaN at position 2",
    );
    expect(() => conv2d(x, w3, [Infinity])).toThrow("The bias contains Infinity at position 0");
  });

  it("conv2d refuses a negative overflow and keeps the largest float32 itself", () => {
    const big = tensor([1, 1, 2], [-3e38, -3e38]);
    expect(() => conv2d(big, tensor([1, 1, 1, 2], [1, 1]))).toThrow(
      "Output channel 0 reaches 6.00e+38, too large for 32-bit floats",
    );
    const largest = tensor([1, 1, 1], [FLOAT32_MAX]);
    expect(Array.from(conv2d(largest, tensor([1, 1, 1, 1], [1])).data)).toEqual([FLOAT32_MAX]);
  });

  it("conv2dInto refuses an output whose dimensions or data length disagree with the shape", () => {
    // [1, 3] agrees with [1, 3, 3] as far as it goes, and has the right number of values.
    const flat = { shape: [1, 3], data: new Float32Array(9) };
    const short = { shape: [1, 3, 3], data: new Float32Array(8) };
    for (const out of [flat, short]) {
      expect(() => conv2dInto(x, w3, undefined, { padding: 1 }, out)).toThrow(
        "but this convolution produces [1, 3, 3].",
      );
    }
  });
});
