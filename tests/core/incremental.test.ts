import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTIVATIONS,
  conv2d,
  createIncrementalConv,
  createRandom,
  randomTensor,
  runPipeline,
  tensor,
  TENSOR_STAGES,
  updateIncrementalConv,
  updatePipeline,
  zeros,
  type PipelineChange,
  type PipelineParams,
  type PipelineResult,
  type Random,
  type Tensor,
} from "../../src/core/index";

/**
 * The largest |a − b| over the largest |b| in each channel: how far an incrementally kept
 * tensor is from a full recompute, measured against the size of its own map.
 */
function worstPerMap(a: Tensor, b: Tensor): number {
  expect(a.shape).toEqual(b.shape);
  const plane = b.data.length / b.shape[0];
  let worst = 0;
  for (let c = 0; c < b.shape[0]; c++) {
    let diff = 0;
    let scale = 0;
    for (let i = c * plane; i < (c + 1) * plane; i++) {
      diff = Math.max(diff, Math.abs(a.data[i] - b.data[i]));
      scale = Math.max(scale, Math.abs(b.data[i]));
    }
    worst = Math.max(worst, scale === 0 ? diff : diff / scale);
  }
  return worst;
}

/**
 * A new weight: mostly ordinary, sometimes huge and then, at the next edit, ordinary again,
 * which destroys the low digits of a map kept by deltas unless it is recomputed.
 */
function newWeight(rng: Random): number {
  const roll = rng.next();
  if (roll < 0.03) return rng.uniform(-1, 1) * 1e12;
  if (roll < 0.06) return 0;
  return rng.uniform(-2, 2);
}

const convCase = fc
  .record({
    cin: fc.integer({ min: 1, max: 4 }),
    cout: fc.integer({ min: 1, max: 6 }),
    h: fc.integer({ min: 5, max: 14 }),
    w: fc.integer({ min: 5, max: 14 }),
    k: fc.constantFrom(1, 2, 3, 5),
    stride: fc.constantFrom(1, 2, 3),
    dilation: fc.constantFrom(1, 2),
    padding: fc.constantFrom(0, 1, 2),
    edits: fc.integer({ min: 1, max: 1000 }),
    seed: fc.integer(),
  })
  .filter((c) => c.dilation * (c.k - 1) + 1 <= Math.min(c.h, c.w) + 2 * c.padding);

describe("updateIncrementalConv", () => {
  it("after up to 1000 random edits of kernel cells and input channels, equals conv2d within 2.5e-7 of each map's largest value", () => {
    fc.assert(
      fc.property(convCase, (c) => {
        const rng = createRandom(c.seed);
        const x = randomTensor([c.cin, c.h, c.w], rng);
        const weights = randomTensor([c.cout, c.cin, c.k, c.k], rng);
        const options = { stride: c.stride, dilation: c.dilation, padding: c.padding };
        const out = zeros(conv2d(x, weights, undefined, options).shape);
        const conv = createIncrementalConv(x, weights, options, out);
        expect(Array.from(out.data)).toEqual(
          Array.from(conv2d(x, weights, undefined, options).data),
        );
        for (let e = 0; e < c.edits; e++) {
          if (rng.next() < 0.8) {
            const filter = rng.int(0, c.cout);
            const cells = rng.int(1, 4); // several cells of one filter at once, sometimes
            const size = c.cin * c.k * c.k;
            for (let n = 0; n < cells; n++) {
              weights.data[filter * size + rng.int(0, size)] = newWeight(rng);
            }
            updateIncrementalConv(conv, x, weights, { filters: [filter] });
          } else {
            const channel = rng.int(0, c.cin);
            const plane = c.h * c.w;
            for (let n = rng.int(1, plane + 1); n > 0; n--) {
              x.data[channel * plane + rng.int(0, plane)] = rng.uniform(-1, 1);
            }
            updateIncrementalConv(conv, x, weights, { inputChannels: [channel] });
          }
        }
        // Exact Float64 sums kept within 2⁻³⁶ of the map, then rounded to float32: at most
        // one float32 step (2⁻²³ of the value) from conv2d's own rounding.
        expect(worstPerMap(out, conv2d(x, weights, undefined, options))).toBeLessThanOrEqual(
          2.5e-7,
        );
      }),
      { numRuns: 60 },
    );
  });

  it("updateIncrementalConv reports the maps it rewrote, and none when nothing changed", () => {
    const rng = createRandom(3);
    const x = randomTensor([2, 6, 6], rng);
    const weights = randomTensor([3, 2, 3, 3], rng);
    const out = zeros([3, 6, 6]);
    const conv = createIncrementalConv(x, weights, { padding: "same" }, out);
    expect(updateIncrementalConv(conv, x, weights, { filters: [0, 1, 2] })).toEqual([]);
    weights.data[1 * 18 + 4] += 0.5;
    expect(updateIncrementalConv(conv, x, weights, { filters: [0, 1, 2] })).toEqual([1]);
    x.data[6 * 6 + 7] += 1;
    expect(updateIncrementalConv(conv, x, weights, { inputChannels: [1] })).toEqual([0, 1, 2]);
    expect(updateIncrementalConv(conv, x, weights, { inputChannels: [0, 1] })).toEqual([]);
  });

  it("updateIncrementalConv refuses a non-finite weight or input, and a sum beyond float32", () => {
    const x = tensor([1, 1, 2], [3e38, 3e38]);
    const weights = tensor([1, 1, 1, 2], [1, -1]);
    const out = zeros([1, 1, 1]);
    const conv = createIncrementalConv(x, weights, {}, out);
    expect(Array.from(out.data)).toEqual([0]);
    weights.data[1] = 1;
    expect(() => updateIncrementalConv(conv, x, weights, { filters: [0] })).toThrow(
      /too large for 32-bit floats/,
    );
    const fresh = () => {
      const w = tensor([1, 1, 1, 2], [1, -1]);
      return { w, conv: createIncrementalConv(x, w, {}, zeros([1, 1, 1])) };
    };
    const a = fresh();
    a.w.data[0] = NaN;
    expect(() => updateIncrementalConv(a.conv, x, a.w, { filters: [0] })).toThrow(
      /The weights contains NaN at position 0/,
    );
    const b = fresh();
    x.data[1] = Infinity;
    expect(() => updateIncrementalConv(b.conv, x, b.w, { inputChannels: [0] })).toThrow(
      /The input contains Infinity at position 1/,
    );
  });
});

/** A small random network with pooling or not, any activation. */
const networkCase = fc.record({
  c0: fc.integer({ min: 1, max: 3 }),
  c1: fc.integer({ min: 1, max: 5 }),
  c2: fc.integer({ min: 1, max: 4 }),
  size: fc.integer({ min: 6, max: 14 }),
  k: fc.constantFrom(1, 3),
  activation: fc.constantFrom(...ACTIVATIONS),
  pool: fc.constantFrom<PipelineParams["pool"]>(
    null,
    { kind: "max", size: 2 },
    { kind: "avg", size: 2 },
  ),
  edits: fc.integer({ min: 1, max: 1000 }),
  seed: fc.integer(),
});

/** One random edit of a cell of w1 or w2, or of a bias, as the explorer's fields make. */
function randomEdit(params: PipelineParams, rng: Random): PipelineChange {
  const param = (["w1", "w1", "w1", "b1", "w2", "b2"] as const)[rng.int(0, 6)];
  if (param === "w1" || param === "w2") {
    const w = params[param];
    const filter = rng.int(0, w.shape[0]);
    const size = w.data.length / w.shape[0];
    w.data[filter * size + rng.int(0, size)] = newWeight(rng) * 1e-6 + rng.uniform(-1, 1);
    return { param, filter };
  }
  const b = params[param] as number[];
  const filter = rng.int(0, b.length);
  b[filter] = rng.uniform(-1, 1);
  return { param, filter };
}

describe("updatePipeline, incremental", () => {
  it("after up to 1000 random cell and bias edits, every stage equals runPipeline within 1e-5 of its largest value", () => {
    fc.assert(
      fc.property(networkCase, (c) => {
        const rng = createRandom(c.seed);
        const params: PipelineParams = {
          w1: randomTensor([c.c1, c.c0, c.k, c.k], rng),
          b1: Array.from({ length: c.c1 }, () => rng.uniform(-1, 1)),
          w2: randomTensor([c.c2, c.c1, c.k, c.k], rng),
          b2: Array.from({ length: c.c2 }, () => rng.uniform(-1, 1)),
          conv1: { padding: "same" },
          conv2: { padding: "same" },
          activation: { name: c.activation, slope: 0.1 },
          pool: c.pool,
        };
        const x = randomTensor([c.c0, c.size, c.size], rng, 0, 1);
        const result = runPipeline(x, params);
        for (let e = 0; e < c.edits; e++) updatePipeline(result, params, randomEdit(params, rng));
        const full = runPipeline(x, params);
        // Each convolution is kept within 2⁻³⁶ of its maps plus a float32 step; a step in
        // layer 1 moves layer 2 by at most the weights' sum times it, and an activation
        // or pooling never enlarges a difference. 1e-5 leaves room for that growth.
        for (const id of TENSOR_STAGES) {
          if (!full[id]) continue;
          expect(worstPerMap(result[id]!, full[id]!), id).toBeLessThanOrEqual(1e-5);
        }
        expectArgmaxHoldsTheMaximum(result);
      }),
      { numRuns: 40 },
    );
  });

  it("updatePipeline refuses a non-finite or too large weight with the core's message, and recovers once it is undone", () => {
    const rng = createRandom(11);
    const params: PipelineParams = {
      w1: randomTensor([2, 1, 3, 3], rng),
      b1: [0, 0],
      w2: randomTensor([2, 2, 3, 3], rng),
      b2: [0, 0],
      conv1: { padding: "same" },
      conv2: { padding: "same" },
      activation: { name: "identity" },
      pool: { kind: "max", size: 2 },
    };
    const x = randomTensor([1, 8, 8], rng, 0, 1);
    const result = runPipeline(x, params);
    const good = params.w1.data[4];
    params.w1.data[4] = NaN;
    expect(() => updatePipeline(result, params, { param: "w1", filter: 0 })).toThrow(
      /The weights contains NaN at position 4/,
    );
    params.w1.data[4] = 3e38;
    expect(() => updatePipeline(result, params, { param: "w1", filter: 0 })).toThrow(
      /too large for 32-bit floats/,
    );
    params.w1.data[4] = good;
    updatePipeline(result, params, { param: "w1", filter: 0 });
    const full = runPipeline(x, params);
    for (const id of TENSOR_STAGES) {
      if (full[id]) expect(Array.from(result[id]!.data), id).toEqual(Array.from(full[id]!.data));
    }
  });
});

/** Where max pooling says each maximum came from, the activation holds that maximum. */
function expectArgmaxHoldsTheMaximum(r: PipelineResult): void {
  for (const [a, p, at] of [
    [r.a1, r.p1, r.p1Argmax],
    [r.a2, r.p2, r.p2Argmax],
  ] as const) {
    if (!p || !at) continue;
    at.forEach((from, i) => expect(a.data[from]).toBe(p.data[i]));
  }
}
