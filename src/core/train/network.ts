import type { ActivationSpec } from "../activations";
import { conv2dOutputShape } from "../conv2d";
import { runPipeline, type PipelineParams, type PipelineResult } from "../pipeline";
import { poolOutputShape } from "../pooling";
import type { Random } from "../random";
import { formatShape, tensor, type Tensor } from "../tensor";
import { activationBackward } from "./activationBackward";
import { biasBackward } from "./biasBackward";
import { conv2dBackward } from "./conv2dBackward";
import { dense, denseBackward } from "./dense";
import { maxPool2dBackward } from "./maxPool2dBackward";
import { softmax, softmaxCrossEntropy } from "./softmaxCrossEntropy";

/**
 * Sizes of the small trained network: conv1 (channels1 filters, kernel×kernel, 'same'
 * padding) → ReLU → 2×2 max pool → conv2 (channels2 filters) → ReLU → 2×2 max pool →
 * dense → softmax over `classes`.
 */
export interface NetworkConfig {
  /** Height and width of the (one-channel) input image, in pixels. */
  inputSize: number;
  channels1: number;
  channels2: number;
  /** Odd kernel size of both convolutions. */
  kernel: number;
  classes: number;
}

/** The network the site ships, for 28×28 MNIST digits. */
export const MNIST_NETWORK: NetworkConfig = {
  inputSize: 28,
  channels1: 8,
  channels2: 16,
  kernel: 3,
  classes: 10,
};

/** Parameter names in a fixed order: the order of files, optimisers and gradients. */
export const PARAMETER_NAMES = ["w1", "b1", "w2", "b2", "w3", "b3"] as const;
export type ParameterName = (typeof PARAMETER_NAMES)[number];

/** The network's weights: the two convolutions of the pipeline, then the dense layer (w3, b3). */
export interface NetworkParams {
  config: NetworkConfig;
  /** [channels1, 1, k, k] */
  w1: Tensor;
  b1: Float32Array;
  /** [channels2, channels1, k, k] */
  w2: Tensor;
  b2: Float32Array;
  /** [classes, channels2 · (inputSize/4)²], reading p2 flat in row-major order. */
  w3: Tensor;
  b3: Float32Array;
}

/** ∂loss/∂parameter, one flat array per parameter. */
export type NetworkGradients = Record<ParameterName, Float32Array>;

/** What the network computes for one image: every pipeline stage, the logits, the probabilities. */
export interface NetworkOutput {
  stages: PipelineResult;
  logits: Float32Array;
  probabilities: Float32Array;
}

const RELU: ActivationSpec = { name: "relu" };

/** Checks a config and returns the shapes of p2 and of each parameter. */
export function networkShapes(config: NetworkConfig): Record<ParameterName | "p2", number[]> {
  const { inputSize, channels1, channels2, kernel, classes } = config;
  for (const [name, v] of Object.entries(config)) {
    if (!Number.isInteger(v) || v < 1) {
      throw new RangeError(`The network's ${name} must be a whole number ≥ 1, got ${String(v)}.`);
    }
  }
  if (kernel % 2 === 0) throw new RangeError(`The kernel size must be odd, got ${kernel}.`);
  const conv = { padding: (kernel - 1) / 2 };
  const s1 = conv2dOutputShape([1, inputSize, inputSize], [channels1, 1, kernel, kernel], conv);
  const p1 = poolOutputShape(s1, 2);
  const s2 = conv2dOutputShape(p1, [channels2, channels1, kernel, kernel], conv);
  const p2 = poolOutputShape(s2, 2);
  const flat = p2[0] * p2[1] * p2[2];
  return {
    p2,
    w1: [channels1, 1, kernel, kernel],
    b1: [channels1],
    w2: [channels2, channels1, kernel, kernel],
    b2: [channels2],
    w3: [classes, flat],
    b3: [classes],
  };
}

/** The convolution layers as the core's pipeline runs them (ReLU, 2×2 max pooling, 'same' padding). */
export function pipelineParams(net: NetworkParams): PipelineParams {
  const conv = { padding: (net.config.kernel - 1) / 2 };
  return {
    w1: net.w1,
    b1: net.b1,
    w2: net.w2,
    b2: net.b2,
    conv1: conv,
    conv2: conv,
    activation: RELU,
    pool: { kind: "max", size: 2 },
  };
}

/**
 * Fresh weights drawn from `rng`: He-normal (sd √(2 / fan-in)) for the convolutions,
 * Glorot-normal for the dense layer, biases 0.
 */
export function initNetwork(config: NetworkConfig, rng: Random): NetworkParams {
  const shapes = networkShapes(config);
  const normal = (shape: number[], sd: number) =>
    tensor(
      shape,
      Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => rng.normal(0, sd)),
    );
  const k2 = config.kernel * config.kernel;
  const [classes, flat] = shapes.w3;
  return {
    config: { ...config },
    w1: normal(shapes.w1, Math.sqrt(2 / k2)),
    b1: new Float32Array(config.channels1),
    w2: normal(shapes.w2, Math.sqrt(2 / (k2 * config.channels1))),
    b2: new Float32Array(config.channels2),
    w3: normal(shapes.w3, Math.sqrt(2 / (flat + classes))),
    b3: new Float32Array(classes),
  };
}

/** The parameter arrays in PARAMETER_NAMES order (views, not copies: an optimiser updates them). */
export function parameterArrays(net: NetworkParams): Float32Array[] {
  return PARAMETER_NAMES.map((name) => {
    const p = net[name];
    return p instanceof Float32Array ? p : p.data;
  });
}

function checkImage(x: Tensor, config: NetworkConfig): void {
  const n = config.inputSize;
  if (x.shape.length !== 3 || x.shape[0] !== 1 || x.shape[1] !== n || x.shape[2] !== n) {
    throw new RangeError(`The network reads a [1, ${n}, ${n}] image, got ${formatShape(x.shape)}.`);
  }
}

/** Runs one image through the network; x is [1, inputSize, inputSize] with values in [0, 1]. */
export function forwardNetwork(x: Tensor, net: NetworkParams): NetworkOutput {
  checkImage(x, net.config);
  const stages = runPipeline(x, pipelineParams(net));
  const logits = dense(stages.p2!.data, net.w3, net.b3);
  return { stages, logits, probabilities: softmax(logits) };
}

/**
 * The loss −log p[label] for one image and its gradient with respect to every parameter,
 * by backpropagation through softmax, dense, pool, ReLU, bias and convolution, in that order.
 */
export function networkGradients(
  x: Tensor,
  label: number,
  net: NetworkParams,
): { loss: number; output: NetworkOutput; grads: NetworkGradients } {
  const output = forwardNetwork(x, net);
  const { stages } = output;
  const p1 = stages.p1!;
  const p2 = stages.p2!;
  const conv = pipelineParams(net).conv1;
  const { loss, gradLogits } = softmaxCrossEntropy(output.logits, label);

  const g3 = denseBackward(p2.data, net.w3, gradLogits);
  const gradA2 = maxPool2dBackward(stages.a2.shape, stages.p2Argmax!, tensor(p2.shape, g3.input));
  const gradZ2 = activationBackward(stages.z2, gradA2, RELU);
  const g2 = conv2dBackward(p1, net.w2, gradZ2, conv, true);
  const gradA1 = maxPool2dBackward(stages.a1.shape, stages.p1Argmax!, g2.input!);
  const gradZ1 = activationBackward(stages.z1, gradA1, RELU);
  const g1 = conv2dBackward(x, net.w1, gradZ1, conv, false);

  return {
    loss,
    output,
    grads: {
      w1: g1.weights.data,
      b1: biasBackward(gradZ1),
      w2: g2.weights.data,
      b2: biasBackward(gradZ2),
      w3: g3.weights.data,
      b3: g3.bias,
    },
  };
}

/** The most probable class (the first, on a tie). */
export function predictedClass(probabilities: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < probabilities.length; k++)
    if (probabilities[k] > probabilities[best]) best = k;
  return best;
}
