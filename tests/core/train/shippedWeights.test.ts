import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  decodeDigits,
  decodeWeights,
  digitImage,
  evaluateNetwork,
  MNIST_NETWORK,
  selectDigits,
  trainNetwork,
  type DigitSet,
} from "../../../src/core/train/index";
import {
  HELD_OUT_COUNT,
  SHIPPED_DIGITS,
  SHIPPED_WEIGHTS,
  loadAllDigits,
  shippedDigitIndices,
  splitDigits,
} from "../../../scripts/mnist";

// CI does not train: it checks the weights and digits the site ships against the data.
describe("the shipped network (public/models)", () => {
  let all: DigitSet;
  let train: DigitSet;
  let heldOut: DigitSet;
  beforeAll(() => {
    all = loadAllDigits();
    ({ train, heldOut } = splitDigits(all));
  });

  it("splitDigits holds out 1,500 of the 10,000 digits, none of them also in training", () => {
    expect(all.labels.length).toBe(10_000);
    expect(heldOut.labels.length).toBe(HELD_OUT_COUNT);
    expect(train.labels.length).toBe(10_000 - HELD_OUT_COUNT);
    const key = (set: DigitSet, i: number) => digitImage(set, i).data.join(",");
    const trainKeys = new Set(Array.from(train.labels, (_, i) => key(train, i)));
    // MNIST may hold the same image twice; count the held-out digits found among training ones.
    const leaked = Array.from(heldOut.labels, (_, i) => key(heldOut, i)).filter((k) =>
      trainKeys.has(k),
    );
    expect(leaked).toEqual([]);
  });

  it("the shipped weights classify at least 97% of the held-out digits correctly", () => {
    const { net } = decodeWeights(readFileSync(SHIPPED_WEIGHTS));
    expect(net.config).toEqual(MNIST_NETWORK);
    const result = evaluateNetwork(net, heldOut);
    expect(result.count).toBe(1500);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.97);
  });

  it("the shipped weights file is at most 100 KB and records its seed and accuracy", () => {
    const bytes = readFileSync(SHIPPED_WEIGHTS);
    expect(bytes.length).toBeLessThanOrEqual(100 * 1024);
    const { meta } = decodeWeights(bytes);
    expect(typeof meta.seed).toBe("number");
    expect(meta.heldOutAccuracy).toBeGreaterThanOrEqual(0.97);
  });

  it("the shipped digits are the chosen held-out digits, at 16 grey levels", () => {
    const shipped = decodeDigits(readFileSync(SHIPPED_DIGITS));
    const expected = selectDigits(heldOut, shippedDigitIndices(heldOut));
    expect(Array.from(shipped.labels)).toEqual(Array.from(expected.labels));
    let worst = 0;
    for (let i = 0; i < expected.images.length; i++) {
      worst = Math.max(worst, Math.abs(shipped.images[i] - expected.images[i]));
    }
    expect(worst).toBeLessThanOrEqual(1 / 30 + 1e-6);
  });

  it("two short trainings of the MNIST network with the same seed give identical weights", () => {
    const few = selectDigits(
      train,
      Array.from({ length: 48 }, (_, i) => i),
    );
    const options = {
      seed: 1,
      config: MNIST_NETWORK,
      epochs: 1,
      batchSize: 16,
      learningRate: 0.003,
      maxShift: 1,
    };
    const a = trainNetwork(few, options);
    const b = trainNetwork(few, options);
    for (const name of ["w1", "w2", "w3"] as const) {
      expect(Buffer.from(a[name].data.buffer).equals(Buffer.from(b[name].data.buffer))).toBe(true);
    }
  });
});
