import { describe, expect, it } from "vitest";
import { createRandom, tensor } from "../../../src/core/index";
import {
  forwardNetwork,
  initNetwork,
  MNIST_NETWORK,
  networkGradients,
  networkShapes,
  PARAMETER_NAMES,
  parameterArrays,
  predictedClass,
  type NetworkConfig,
} from "../../../src/core/train/index";
import {
  numericGradient,
  randomArray,
  refConv,
  refCrossEntropy,
  refDense,
  refMaxPool,
  relativeError,
} from "./reference";

const SMALL: NetworkConfig = { inputSize: 8, channels1: 2, channels2: 3, kernel: 3, classes: 4 };

/** The whole network in float64, from the reference layers: the oracle for its gradient. */
function referenceLoss(c: NetworkConfig, x: Float64Array, p: Float64Array[], label: number) {
  const [w1, b1, w2, b2, w3, b3] = p;
  const relu = (a: Float64Array) => a.map((v) => (v > 0 ? v : 0));
  const n1 = c.inputSize;
  const pad = (c.kernel - 1) / 2;
  const geometry = (cin: number, n: number, cout: number) => ({
    cin,
    h: n,
    w: n,
    cout,
    kh: c.kernel,
    kw: c.kernel,
    stride: 1,
    padding: pad,
    dilation: 1,
  });
  const a1 = relu(refConv(geometry(1, n1, c.channels1), x, w1, b1));
  const p1 = refMaxPool(a1, c.channels1, n1, n1, 2, 2);
  const n2 = Math.floor(n1 / 2);
  const a2 = relu(refConv(geometry(c.channels1, n2, c.channels2), p1, w2, b2));
  const p2 = refMaxPool(a2, c.channels2, n2, n2, 2, 2);
  return refCrossEntropy(refDense(p2, w3, b3), label);
}

describe("the trained network", () => {
  it("networkGradients matches central differences of the whole network for every parameter", () => {
    const net = initNetwork(SMALL, createRandom(42));
    // Non-zero biases, so that the bias gradients are checked away from the starting point.
    net.b1.set([0.05, -0.02]);
    net.b2.set([0.03, 0.01, -0.04]);
    const x = Float64Array.from(Float32Array.from(randomArray(64, 9, 0, 1)));
    const label = 2;
    const { loss, grads } = networkGradients(tensor([1, 8, 8], Float32Array.from(x)), label, net);
    const params = parameterArrays(net).map((a) => Float64Array.from(a));
    const f = () => referenceLoss(SMALL, x, params, label);
    expect(loss).toBeCloseTo(f(), 5);
    PARAMETER_NAMES.forEach((name, k) => {
      const numeric = numericGradient(params[k], f);
      expect(relativeError(grads[name], numeric), name).toBeLessThan(1e-3);
    });
  });

  it("networkShapes for MNIST gives conv1 8×1×3×3, conv2 16×8×3×3 and a dense layer 10×784", () => {
    const shapes = networkShapes(MNIST_NETWORK);
    expect(shapes.w1).toEqual([8, 1, 3, 3]);
    expect(shapes.w2).toEqual([16, 8, 3, 3]);
    expect(shapes.p2).toEqual([16, 7, 7]);
    expect(shapes.w3).toEqual([10, 16 * 7 * 7]);
  });

  it("forwardNetwork returns every pipeline stage and probabilities that sum to 1", () => {
    const net = initNetwork(MNIST_NETWORK, createRandom(1));
    const out = forwardNetwork(tensor([1, 28, 28], randomArray(784, 2, 0, 1)), net);
    for (const id of ["s1", "z1", "a1", "p1", "s2", "z2", "a2", "p2"] as const) {
      expect(out.stages[id], id).toBeDefined();
    }
    expect(out.stages.a1.shape).toEqual([8, 28, 28]);
    expect(out.stages.p2!.shape).toEqual([16, 7, 7]);
    expect(out.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  it("forwardNetwork with an image of the wrong size throws a RangeError", () => {
    const net = initNetwork(SMALL, createRandom(1));
    expect(() => forwardNetwork(tensor([1, 9, 9]), net)).toThrow(/\[1, 8, 8\]/);
  });

  it("networkShapes with an even kernel throws a RangeError", () => {
    expect(() => networkShapes({ ...SMALL, kernel: 4 })).toThrow(RangeError);
  });

  it("predictedClass picks the largest probability, the first on a tie", () => {
    expect(predictedClass([0.1, 0.6, 0.3])).toBe(1);
    expect(predictedClass([0.4, 0.2, 0.4])).toBe(0);
  });
});
