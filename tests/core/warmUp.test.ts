import { describe, expect, it } from "vitest";
import {
  createRandom,
  randomTensor,
  runPipeline,
  updatePipeline,
  warmUpPipeline,
  type PipelineParams,
  type PipelineResult,
} from "../../src/core/index";

function params(seed: number): PipelineParams {
  const rng = createRandom(seed);
  return {
    w1: randomTensor([3, 1, 3, 3], rng),
    b1: [0.1, -0.2, 0.3],
    w2: randomTensor([4, 3, 3, 3], rng),
    b2: [0, 0.5, -0.5, 0.25],
    conv1: { padding: "same" },
    conv2: { padding: "same" },
    activation: { name: "relu" },
    pool: { kind: "max", size: 2 },
  };
}

/** Every stage's values, copied. */
function snapshot(r: PipelineResult): Record<string, number[]> {
  return Object.fromEntries(
    Object.entries(r).map(([k, v]) => [k, Array.from("data" in v ? v.data : (v as Int32Array))]),
  );
}

describe("warmUpPipeline", () => {
  it("changes neither the result nor the parameters", () => {
    const p = params(1);
    const before = JSON.stringify(p);
    const r = runPipeline(randomTensor([1, 12, 12], createRandom(2)), p);
    const values = snapshot(r);
    expect(warmUpPipeline(r, p)).toEqual({
      s1: [0],
      z1: [0],
      a1: [0],
      p1: [0],
      s2: [0, 1, 2, 3],
      z2: [0, 1, 2, 3],
      a2: [0, 1, 2, 3],
      p2: [0, 1, 2, 3],
    });
    expect(snapshot(r)).toEqual(values);
    expect(JSON.stringify(p)).toBe(before);
  });

  it("leaves the result ready for updates that agree with a full recompute", () => {
    const p = params(3);
    const x = randomTensor([1, 12, 12], createRandom(4));
    const r = runPipeline(x, p);
    warmUpPipeline(r, p);
    p.w1.data[9 + 4] = 1.5; // filter 1, centre cell
    updatePipeline(r, p, { param: "w1", filter: 1 });
    (p.b1 as number[])[2] = -1;
    updatePipeline(r, p, { param: "b1", filter: 2 });
    const full = runPipeline(x, p);
    for (const stage of ["s1", "a1", "p1", "s2", "a2", "p2"] as const) {
      const ours = r[stage]!.data;
      full[stage]!.data.forEach((v, i) => expect(ours[i]).toBeCloseTo(v, 5));
    }
  });
});
