import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTIVATIONS,
  createRandom,
  randomTensor,
  runPipeline,
  tensor,
  TENSOR_STAGES,
  updatePipeline,
  type PipelineChange,
  type PipelineParams,
  type PipelineResult,
  type Tensor,
  type TensorStageId,
} from "../../src/core/index";

function values(t: Tensor | undefined): number[] {
  return Array.from(t!.data);
}

describe("runPipeline: hand-computed", () => {
  it("runPipeline without pooling computes s1, z1, a1, s2, z2, a2", () => {
    // x = [1 −2; 3 −4]; w1 = two 1×1 filters, 1 and −1; b1 = [0.5, 0]; ReLU.
    // s1 = [1 −2 3 −4 | −1 2 −3 4], z1 = [1.5 −1.5 3.5 −3.5 | −1 2 −3 4],
    // a1 = [1.5 0 3.5 0 | 0 2 0 4]; w2 = one 1×1 filter [1, 2]: s2 = a1[0] + 2·a1[1]
    // = [1.5 4 3.5 8]; b2 = −5: z2 = [−3.5 −1 −1.5 3], a2 = [0 0 0 3].
    const r = runPipeline(tensor([1, 2, 2], [1, -2, 3, -4]), {
      w1: tensor([2, 1, 1, 1], [1, -1]),
      b1: [0.5, 0],
      w2: tensor([1, 2, 1, 1], [1, 2]),
      b2: [-5],
      activation: { name: "relu" },
    });
    expect(values(r.s1)).toEqual([1, -2, 3, -4, -1, 2, -3, 4]);
    expect(values(r.z1)).toEqual([1.5, -1.5, 3.5, -3.5, -1, 2, -3, 4]);
    expect(values(r.a1)).toEqual([1.5, 0, 3.5, 0, 0, 2, 0, 4]);
    expect(values(r.s2)).toEqual([1.5, 4, 3.5, 8]);
    expect(values(r.z2)).toEqual([-3.5, -1, -1.5, 3]);
    expect(values(r.a2)).toEqual([0, 0, 0, 3]);
    expect(r.p1).toBeUndefined();
    expect(r.p2).toBeUndefined();
  });

  it("runPipeline with 2×2 max pooling pools a1 before layer 2, and a2 at the end", () => {
    // x = 1..16 (4×4); w1 = [1], b1 = −8, ReLU: a1 = [0 0 0 0; 0 0 0 0; 1 2 3 4; 5 6 7 8].
    // p1 = [0 0; 6 8] with argmax [0, 2, 13, 15] (ties go to the first zero).
    // w2 = [2], b2 = 1: s2 = [0 0 12 16], z2 = a2 = [1 1 13 17]; p2 = [17], argmax [3].
    const x = tensor(
      [1, 4, 4],
      Array.from({ length: 16 }, (_, i) => i + 1),
    );
    const r = runPipeline(x, {
      w1: tensor([1, 1, 1, 1], [1]),
      b1: [-8],
      w2: tensor([1, 1, 1, 1], [2]),
      b2: [1],
      activation: { name: "relu" },
      pool: { kind: "max", size: 2 },
    });
    expect(r.x).toBe(x);
    expect(values(r.a1)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(r.p1!.shape).toEqual([1, 2, 2]);
    expect(values(r.p1)).toEqual([0, 0, 6, 8]);
    expect(Array.from(r.p1Argmax!)).toEqual([0, 2, 13, 15]);
    expect(values(r.s2)).toEqual([0, 0, 12, 16]);
    expect(values(r.a2)).toEqual([1, 1, 13, 17]);
    expect(values(r.p2)).toEqual([17]);
    expect(Array.from(r.p2Argmax!)).toEqual([3]);
  });

  it("runPipeline with average pooling has p1 and p2 but no argmax", () => {
    const r = runPipeline(
      tensor(
        [1, 4, 4],
        Array.from({ length: 16 }, (_, i) => i),
      ),
      {
        w1: tensor([1, 1, 1, 1], [1]),
        b1: [0],
        w2: tensor([1, 1, 1, 1], [1]),
        b2: [0],
        activation: { name: "identity" },
        pool: { kind: "avg", size: 2 },
      },
    );
    // Block means of 0..15: 2.5, 4.5, 10.5, 12.5; then their mean 7.5.
    expect(values(r.p1)).toEqual([2.5, 4.5, 10.5, 12.5]);
    expect(values(r.p2)).toEqual([7.5]);
    expect(r.p1Argmax).toBeUndefined();
  });
});

/** A random network that fits its input, and a list of edits to make to it. */
const networkCase = fc
  .record({
    c0: fc.integer({ min: 1, max: 3 }),
    c1: fc.integer({ min: 1, max: 6 }),
    c2: fc.integer({ min: 1, max: 6 }),
    h: fc.integer({ min: 4, max: 12 }),
    w: fc.integer({ min: 4, max: 12 }),
    k1: fc.constantFrom(1, 3, 5),
    k2: fc.constantFrom(1, 3),
    padding: fc.constantFrom<0 | 1 | "same">(0, 1, "same"),
    stride2: fc.constantFrom(1, 2),
    activation: fc.constantFrom(...ACTIVATIONS),
    pool: fc.constantFrom<PipelineParams["pool"]>(
      null,
      { kind: "max", size: 2 },
      { kind: "avg", size: 2 },
      { kind: "max", size: 3, stride: 1 },
    ),
    seed: fc.integer(),
    changes: fc.array(
      fc.record({ param: fc.constantFrom("w1", "b1", "w2", "b2"), filter: fc.nat() }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map((c) => {
    const rng = createRandom(c.seed);
    const params: PipelineParams = {
      w1: randomTensor([c.c1, c.c0, c.k1, c.k1], rng),
      b1: Array.from({ length: c.c1 }, () => rng.uniform(-1, 1)),
      w2: randomTensor([c.c2, c.c1, c.k2, c.k2], rng),
      b2: Array.from({ length: c.c2 }, () => rng.uniform(-1, 1)),
      conv1: { padding: c.padding },
      conv2: { padding: c.padding === "same" ? 1 : c.padding, stride: c.stride2 },
      activation: { name: c.activation, slope: 0.2 },
      pool: c.pool,
    };
    return { ...c, rng, x: randomTensor([c.c0, c.h, c.w], rng), params };
  });

function tryRun(x: Tensor, params: PipelineParams): PipelineResult | null {
  try {
    return runPipeline(x, params);
  } catch (e) {
    if (e instanceof RangeError) return null; // the network does not fit this input
    throw e;
  }
}

function snapshot(r: PipelineResult): Partial<Record<TensorStageId, Float32Array>> {
  const s: Partial<Record<TensorStageId, Float32Array>> = {};
  for (const id of TENSOR_STAGES) if (r[id]) s[id] = r[id]!.data.slice();
  return s;
}

describe("updatePipeline", () => {
  it("updatePipeline after random edits gives the same stages as a full runPipeline", () => {
    fc.assert(
      fc.property(networkCase, ({ x, params, changes, rng }) => {
        const result = tryRun(x, params);
        fc.pre(result !== null);
        for (const raw of changes) {
          const layer1 = raw.param === "w1" || raw.param === "b1";
          const filters = (layer1 ? params.w1 : params.w2).shape[0];
          const change = { param: raw.param, filter: raw.filter % filters } as PipelineChange;
          const k = change.filter;
          if (change.param === "w1" || change.param === "w2") {
            const w = params[change.param];
            const per = w.data.length / w.shape[0];
            for (let i = k * per; i < (k + 1) * per; i++) w.data[i] = rng.uniform(-1, 1);
          } else {
            (params[change.param] as number[])[k] = rng.uniform(-2, 2);
          }
          const before = snapshot(result!);
          const changed = updatePipeline(result!, params, change);
          const full = runPipeline(x, params);
          for (const id of TENSOR_STAGES) {
            const now = result![id];
            expect(now === undefined, id).toBe(full[id] === undefined);
            if (!now) continue;
            expect(now.shape, id).toEqual(full[id]!.shape);
            let worst = 0;
            const moved = new Set<number>();
            const plane = now.shape[1] * now.shape[2];
            for (let i = 0; i < now.data.length; i++) {
              worst = Math.max(worst, Math.abs(now.data[i] - full[id]!.data[i]));
              if (now.data[i] !== before[id]![i]) moved.add(Math.floor(i / plane));
            }
            expect(worst, id).toBeLessThanOrEqual(1e-6);
            // Every channel whose numbers moved must be reported as changed.
            for (const c of moved) expect(changed[id] ?? [], id).toContain(c);
          }
          expect(Array.from(result!.p1Argmax ?? [])).toEqual(Array.from(full.p1Argmax ?? []));
          expect(Array.from(result!.p2Argmax ?? [])).toEqual(Array.from(full.p2Argmax ?? []));
        }
      }),
      { numRuns: 150 },
    );
  });

  it("updatePipeline reports exactly which channels of which stages it recomputed", () => {
    const rng = createRandom(4);
    const params: PipelineParams = {
      w1: randomTensor([3, 1, 3, 3], rng),
      b1: [0, 0, 0],
      w2: randomTensor([2, 3, 3, 3], rng),
      b2: [0, 0],
      conv1: { padding: "same" },
      conv2: { padding: "same" },
      activation: { name: "relu" },
      pool: { kind: "max", size: 2 },
    };
    const r = runPipeline(randomTensor([1, 8, 8], rng), params);
    expect(updatePipeline(r, params, { param: "w1", filter: 2 })).toEqual({
      s1: [2],
      z1: [2],
      a1: [2],
      p1: [2],
      s2: [0, 1],
      z2: [0, 1],
      a2: [0, 1],
      p2: [0, 1],
    });
    expect(updatePipeline(r, params, { param: "b1", filter: 0 })).toEqual({
      z1: [0],
      a1: [0],
      p1: [0],
      s2: [0, 1],
      z2: [0, 1],
      a2: [0, 1],
      p2: [0, 1],
    });
    expect(updatePipeline(r, params, { param: "w2", filter: 1 })).toEqual({
      s2: [1],
      z2: [1],
      a2: [1],
      p2: [1],
    });
    expect(updatePipeline(r, params, { param: "b2", filter: 0 })).toEqual({
      z2: [0],
      a2: [0],
      p2: [0],
    });
  });
});

describe("pipeline: errors", () => {
  const rng = createRandom(8);
  const good = (): PipelineParams => ({
    w1: randomTensor([2, 1, 3, 3], rng),
    b1: [0, 0],
    w2: randomTensor([3, 2, 3, 3], rng),
    b2: [0, 0, 0],
    conv1: { padding: "same" },
    conv2: { padding: "same" },
    activation: { name: "relu" },
  });
  const x = randomTensor([1, 6, 6], rng);

  it("runPipeline with w1 expecting other input channels than x has throws RangeError", () => {
    expect(() => runPipeline(randomTensor([3, 6, 6], rng), good())).toThrow(
      /w1\) expect 1 input channels, but the input x has 3/,
    );
  });

  it("runPipeline with w2 not matching the number of layer 1 filters throws RangeError", () => {
    expect(() => runPipeline(x, { ...good(), w2: randomTensor([3, 4, 3, 3], rng) })).toThrow(
      /w2\) expect 4 input channels, but layer 1 has 2 filters/,
    );
  });

  it("runPipeline with a bias of the wrong length throws RangeError", () => {
    expect(() => runPipeline(x, { ...good(), b1: [0] })).toThrow(/b1 has 1 biases/);
    expect(() => runPipeline(x, { ...good(), b2: [0] })).toThrow(/b2 has 1 biases/);
  });

  it("runPipeline with an unknown activation or pooling throws TypeError", () => {
    expect(() => runPipeline(x, { ...good(), activation: { name: "swish" as never } })).toThrow(
      TypeError,
    );
    expect(() => runPipeline(x, { ...good(), pool: { kind: "min" as never, size: 2 } })).toThrow(
      TypeError,
    );
  });

  it("runPipeline where layer 2 no longer fits throws the convolution's RangeError", () => {
    expect(() =>
      runPipeline(randomTensor([1, 4, 4], rng), { ...good(), conv1: {}, conv2: {} }),
    ).toThrow(/larger than the 2×2 padded input/);
  });

  it("updatePipeline with a filter that does not exist or an unknown parameter throws", () => {
    const params = good();
    const r = runPipeline(x, params);
    expect(() => updatePipeline(r, params, { param: "w1", filter: 2 })).toThrow(RangeError);
    expect(() => updatePipeline(r, params, { param: "b2", filter: -1 })).toThrow(RangeError);
    expect(() => updatePipeline(r, params, { param: "w3" as never, filter: 0 })).toThrow(TypeError);
  });

  it("updatePipeline after the shapes or pooling changed throws RangeError", () => {
    const params = good();
    const r = runPipeline(x, params);
    expect(() =>
      updatePipeline(r, { ...params, pool: { kind: "max", size: 2 } }, { param: "b1", filter: 0 }),
    ).toThrow(/run the whole network again/);
    expect(() =>
      updatePipeline(r, { ...params, conv2: { padding: 0 } }, { param: "b2", filter: 0 }),
    ).toThrow(/run the whole network again/);
    const pooled = runPipeline(x, { ...params, pool: { kind: "max", size: 2 } });
    expect(() =>
      updatePipeline(
        pooled,
        { ...params, pool: { kind: "avg", size: 2 } },
        { param: "b1", filter: 0 },
      ),
    ).toThrow(/run the whole network again/);
  });
});
