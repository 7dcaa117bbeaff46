import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createRandom, tensor, type Random } from "../../src/core/index";
import {
  MNIST_NETWORK,
  forwardNetwork,
  initNetwork,
  type DigitSet,
  type NetworkConfig,
  type NetworkParams,
} from "../../src/core/train/index";
import { createDeadBase, deadFrameFrom } from "../../src/widgets/TrainedNetwork/deadSweep";
import {
  DIGITS_FILE,
  WEIGHTS_FILE,
  computeOcclusionRow,
  deadFrame,
  firstOfEachClass,
  heldOutDigit,
  readModelFiles,
  startOcclusion,
  type OcclusionOptions,
} from "../../src/widgets/TrainedNetwork/model";
import { occlusionSweep } from "../../src/widgets/TrainedNetwork/occlusionSweep";
import { createLayers, forwardAll, loadImage } from "../../src/widgets/TrainedNetwork/regions";

const shipped = readModelFiles(
  readFileSync(`public/${WEIGHTS_FILE}`),
  readFileSync(`public/${DIGITS_FILE}`),
);

/** A network with random weights and biases, so that every sign and tie of ReLU and pooling occurs. */
function randomNetwork(rng: Random, config: Partial<NetworkConfig> = {}): NetworkParams {
  const net = initNetwork({ ...MNIST_NETWORK, ...config }, rng);
  for (const b of [net.b1, net.b2, net.b3]) b.forEach((_, i) => (b[i] = rng.uniform(-0.5, 0.5)));
  return net;
}

/** The occlusion maps of the plain path (a forward pass per position) and of the sweep. */
function bothMaps(net: NetworkParams, image: Float32Array, options: OcclusionOptions) {
  const plain = startOcclusion(net, image, options);
  const fast = startOcclusion(net, image, options);
  const row = occlusionSweep(net, image, options, fast);
  for (let r = 0; r < plain.steps; r++) {
    computeOcclusionRow(net, image, options, plain, r);
    row(r);
  }
  return { plain, fast };
}

describe("the trained network's incremental recomputes equal the plain forward passes, bit for bit", () => {
  it("forwardAll gives forwardNetwork's a2, p2 and probabilities", () => {
    const rng = createRandom(19);
    for (const [net, image] of [
      [shipped.net, heldOutDigit(shipped.digits, 3).x.data],
      [randomNetwork(rng), Float32Array.from({ length: 784 }, () => rng.uniform(-1, 1))],
    ] as const) {
      const layers = createLayers(net);
      loadImage(layers, image);
      const predicted = forwardAll(layers);
      const out = forwardNetwork(tensor([1, 28, 28], image), net);
      expect(layers.a2).toEqual(out.stages.a2.data);
      expect(layers.p2).toEqual(out.stages.p2!.data);
      expect(layers.probabilities).toEqual(out.probabilities);
      expect(predicted).toBe(out.probabilities.indexOf(Math.max(...out.probabilities)));
    }
  });

  it("the occlusion sweep, at every position, for every size the widget offers, on shipped digits", () => {
    for (const digit of [0, 9, 42]) {
      const { x } = heldOutDigit(shipped.digits, digit);
      for (const size of [4, 6, 8, 10]) {
        const { plain, fast } = bothMaps(shipped.net, x.data, { size, stride: 2, fill: 0.5 });
        expect(fast, `digit ${digit}, size ${size}`).toEqual(plain);
      }
    }
  });

  it("the occlusion sweep, for random squares, strides, fills, images and weights", () => {
    const rng = createRandom(1919);
    for (let trial = 0; trial < 12; trial++) {
      // Odd trials: the shipped network; even ones: random weights, some with a number of
      // conv2 filters that is no multiple of four (computed one at a time after the fours).
      const net =
        trial % 2
          ? shipped.net
          : randomNetwork(rng, trial % 4 ? { channels1: 3, channels2: 6 } : {});
      const image = Float32Array.from({ length: 784 }, () => rng.uniform(-0.2, 1));
      const options = {
        size: 1 + Math.floor(rng.uniform(0, 14)),
        stride: 1 + Math.floor(rng.uniform(0, 7)),
        fill: rng.uniform(-1, 2),
      };
      const { plain, fast } = bothMaps(net, image, options);
      expect(fast, JSON.stringify(options)).toEqual(plain);
    }
  });

  it("a dead-filter step, for every filter and shifts up and down, on the shipped network", () => {
    const grid = firstOfEachClass(shipped.digits, 8);
    const base = createDeadBase(shipped.net, shipped.digits);
    const rng = createRandom(7);
    for (let filter = 0; filter < 8; filter++) {
      for (const shift of filter % 2
        ? [0, rng.uniform(-0.3, 0.3)]
        : [-4, 1.5, rng.uniform(-2, 2)]) {
        expect(
          deadFrameFrom(base, shipped.net, shipped.digits, grid, filter, shift),
          `filter ${filter}, shift ${shift}`,
        ).toEqual(deadFrame(shipped.net, shipped.digits, grid, filter, shift));
      }
    }
  });

  it("a dead-filter step with random weights and digits", () => {
    const rng = createRandom(8);
    const net = randomNetwork(rng, { channels2: 10 });
    const digits: DigitSet = {
      size: 28,
      images: Float32Array.from({ length: 30 * 784 }, () => rng.uniform(0, 1)),
      labels: Uint8Array.from({ length: 30 }, () => Math.floor(rng.uniform(0, 10))),
    };
    const grid = [0, 5, 29];
    const base = createDeadBase(net, digits);
    for (const filter of [0, 3, 7]) {
      for (const shift of [-1, 0.25, rng.uniform(-1, 1)]) {
        expect(deadFrameFrom(base, net, digits, grid, filter, shift)).toEqual(
          deadFrame(net, digits, grid, filter, shift),
        );
      }
    }
  });

  it("a network with 5×5 kernels takes the plain path", () => {
    const rng = createRandom(5);
    const net = initNetwork({ ...MNIST_NETWORK, kernel: 5 }, rng);
    const image = Float32Array.from({ length: 784 }, () => rng.uniform(0, 1));
    const { plain, fast } = bothMaps(net, image, { size: 6, stride: 4, fill: 0.5 });
    expect(fast).toEqual(plain);
    const digits: DigitSet = { size: 28, images: image, labels: Uint8Array.of(3) };
    expect(deadFrameFrom(null, net, digits, [0], 1, -0.5)).toEqual(
      deadFrame(net, digits, [0], 1, -0.5),
    );
  });
});
