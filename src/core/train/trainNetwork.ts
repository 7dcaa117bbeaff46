import { createRandom } from "../random";
import { tensor } from "../tensor";
import { createAdam } from "./adam";
import { digitCount, digitImage, type DigitSet } from "./digitSet";
import {
  initNetwork,
  networkGradients,
  parameterArrays,
  PARAMETER_NAMES,
  predictedClass,
  type NetworkConfig,
  type NetworkParams,
} from "./network";
import { permutation } from "./shuffle";
import { shiftImage } from "./shiftImage";

/** How to train; everything random is drawn from one generator seeded with `seed`. */
export interface TrainOptions {
  seed: number;
  config: NetworkConfig;
  epochs: number;
  /** Examples per Adam step. */
  batchSize: number;
  /** Adam's step size at the start; it falls along a half cosine to 0 by the last step. */
  learningRate: number;
  /** Largest random shift of each training image, in pixels (0: none). Default 0. */
  maxShift?: number;
  /** Train on only the first `limit` examples of each shuffled epoch (for quick tests). */
  limit?: number;
}

/** Progress after each batch, for a progress line. */
export interface BatchReport {
  epoch: number;
  epochs: number;
  /** Batches done in this epoch, and in it altogether. */
  batch: number;
  batches: number;
  /** Mean loss (nats) and fraction correct over this epoch's examples so far. */
  loss: number;
  accuracy: number;
  learningRate: number;
}

/**
 * Trains a fresh network on `data` with Adam and mini-batches, reshuffling each epoch.
 * Deterministic: the same data and options give bit-identical weights.
 *
 * @param onBatch called after every batch (the caller decides how often to print)
 */
export function trainNetwork(
  data: DigitSet,
  options: TrainOptions,
  onBatch?: (report: BatchReport) => void,
): NetworkParams {
  const { epochs, batchSize, learningRate } = options;
  const count = Math.min(digitCount(data), options.limit ?? Infinity);
  if (data.size !== options.config.inputSize) {
    throw new RangeError(
      `The network reads ${options.config.inputSize}×${options.config.inputSize} images, the data has ${data.size}×${data.size}.`,
    );
  }
  if (!Number.isInteger(epochs) || epochs < 1 || !Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError("Epochs and batch size must be whole numbers ≥ 1.");
  }
  const rng = createRandom(options.seed);
  const net = initNetwork(options.config, rng);
  const params = parameterArrays(net);
  const adam = createAdam(params, { learningRate });
  const sums = params.map((p) => new Float64Array(p.length));
  const mean = params.map((p) => new Float32Array(p.length));
  const batches = Math.ceil(count / batchSize);
  const totalSteps = epochs * batches;
  const maxShift = options.maxShift ?? 0;

  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = permutation(digitCount(data), rng);
    let lossSum = 0;
    let correct = 0;
    let seen = 0;
    for (let b = 0; b < batches; b++) {
      for (const s of sums) s.fill(0);
      const end = Math.min(count, (b + 1) * batchSize);
      for (let k = b * batchSize; k < end; k++) {
        const i = order[k];
        let x = digitImage(data, i);
        if (maxShift > 0) {
          const dy = rng.int(-maxShift, maxShift + 1);
          const dx = rng.int(-maxShift, maxShift + 1);
          x = tensor(x.shape, shiftImage(x.data, data.size, dy, dx));
        }
        const { loss, output, grads } = networkGradients(x, data.labels[i], net);
        lossSum += loss;
        if (predictedClass(output.probabilities) === data.labels[i]) correct++;
        seen++;
        PARAMETER_NAMES.forEach((name, p) => {
          const g = grads[name];
          const s = sums[p];
          for (let j = 0; j < g.length; j++) s[j] += g[j];
        });
      }
      const n = end - b * batchSize;
      for (let p = 0; p < sums.length; p++) {
        for (let j = 0; j < sums[p].length; j++) mean[p][j] = sums[p][j] / n;
      }
      const step = epoch * batches + b;
      const rate = (learningRate * (1 + Math.cos((Math.PI * step) / totalSteps))) / 2;
      adam.step(mean, rate);
      onBatch?.({
        epoch: epoch + 1,
        epochs,
        batch: b + 1,
        batches,
        loss: lossSum / seen,
        accuracy: correct / seen,
        learningRate: rate,
      });
    }
  }
  return net;
}
