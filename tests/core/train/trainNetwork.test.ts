import { describe, expect, it } from "vitest";
import { createRandom } from "../../../src/core/index";
import {
  encodeWeights,
  evaluateNetwork,
  parameterArrays,
  trainNetwork,
  type DigitSet,
  type NetworkConfig,
  type TrainOptions,
} from "../../../src/core/train/index";

const TINY: NetworkConfig = { inputSize: 8, channels1: 2, channels2: 4, kernel: 3, classes: 2 };

/** 8×8 images of a bright horizontal (class 0) or vertical (class 1) bar at a random place, with noise. */
function bars(count: number, seed: number): DigitSet {
  const rng = createRandom(seed);
  const images = new Float32Array(count * 64);
  const labels = new Uint8Array(count);
  for (let n = 0; n < count; n++) {
    const vertical = rng.int(0, 2);
    const at = rng.int(1, 7);
    labels[n] = vertical;
    for (let i = 0; i < 64; i++) {
      const [y, x] = [Math.floor(i / 8), i % 8];
      const on = vertical ? x === at : y === at;
      images[n * 64 + i] = on ? 0.8 + 0.2 * rng.next() : 0.2 * rng.next();
    }
  }
  return { size: 8, images, labels };
}

const OPTIONS: TrainOptions = {
  seed: 7,
  config: TINY,
  epochs: 3,
  batchSize: 8,
  learningRate: 0.02,
  maxShift: 1,
};

describe("trainNetwork", () => {
  it("trainNetwork twice with the same seed gives bit-identical weights", () => {
    const data = bars(64, 1);
    const a = encodeWeights(trainNetwork(data, OPTIONS));
    const b = encodeWeights(trainNetwork(data, OPTIONS));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    // float32 weights too, not only their float16 rounding
    const wa = parameterArrays(trainNetwork(data, OPTIONS));
    const wb = parameterArrays(trainNetwork(data, OPTIONS));
    wa.forEach((arr, k) =>
      expect(Buffer.from(arr.buffer).equals(Buffer.from(wb[k].buffer))).toBe(true),
    );
  });

  it("trainNetwork with another seed gives other weights", () => {
    const data = bars(64, 1);
    const a = parameterArrays(trainNetwork(data, OPTIONS))[0];
    const b = parameterArrays(trainNetwork(data, { ...OPTIONS, seed: 8 }))[0];
    expect(Array.from(a)).not.toEqual(Array.from(b));
  });

  it("trainNetwork learns to tell horizontal from vertical bars it has not seen", () => {
    const reports: number[] = [];
    const net = trainNetwork(bars(256, 2), { ...OPTIONS, epochs: 4 }, (r) => {
      if (r.batch === r.batches) reports.push(r.loss);
    });
    expect(reports).toHaveLength(4);
    expect(reports[3]).toBeLessThan(reports[0]);
    expect(evaluateNetwork(net, bars(200, 3)).accuracy).toBeGreaterThan(0.95);
  });

  it("trainNetwork reports every batch with its epoch, learning rate and running accuracy", () => {
    const seen: string[] = [];
    trainNetwork(bars(20, 4), { ...OPTIONS, epochs: 2, batchSize: 8 }, (r) => {
      expect(r.accuracy).toBeGreaterThanOrEqual(0);
      expect(r.accuracy).toBeLessThanOrEqual(1);
      seen.push(`${r.epoch}/${r.epochs}:${r.batch}/${r.batches}`);
    });
    expect(seen).toEqual(["1/2:1/3", "1/2:2/3", "1/2:3/3", "2/2:1/3", "2/2:2/3", "2/2:3/3"]);
  });

  it("trainNetwork with images of another size than the network's throws a RangeError", () => {
    expect(() =>
      trainNetwork(bars(4, 1), { ...OPTIONS, config: { ...TINY, inputSize: 10 } }),
    ).toThrow(RangeError);
  });
});
