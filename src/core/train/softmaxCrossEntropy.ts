import { assertFinite } from "../tensor";

/** Loss, probabilities and the gradient for one example. */
export interface SoftmaxCrossEntropy {
  /** −log p[label], in nats. */
  loss: number;
  /** softmax(logits): positive, summing to 1. */
  probabilities: Float32Array;
  /** ∂loss/∂logits = p − onehot(label). */
  gradLogits: Float32Array;
}

/**
 * softmax(z)[k] = e^{z_k} / Σ_j e^{z_j}, computed after subtracting max z so no
 * exponential overflows. Throws RangeError for an empty or non-finite input.
 */
export function softmax(logits: ArrayLike<number>): Float32Array {
  if (logits.length === 0) throw new RangeError("softmax needs at least one value.");
  assertFinite(logits, "The logits");
  let max = -Infinity;
  for (let k = 0; k < logits.length; k++) max = Math.max(max, logits[k]);
  const e = new Float64Array(logits.length);
  let sum = 0;
  for (let k = 0; k < logits.length; k++) {
    e[k] = Math.exp(logits[k] - max);
    sum += e[k];
  }
  return Float32Array.from(e, (v) => v / sum);
}

/**
 * Softmax followed by the cross-entropy with the true class `label`.
 * The loss is computed as log Σ e^{z_j − max} − (z_label − max), which stays finite
 * however confident the network is.
 */
export function softmaxCrossEntropy(logits: ArrayLike<number>, label: number): SoftmaxCrossEntropy {
  if (!Number.isInteger(label) || label < 0 || label >= logits.length) {
    throw new RangeError(`The label must be a class from 0 to ${logits.length - 1}, got ${label}.`);
  }
  const probabilities = softmax(logits);
  let max = -Infinity;
  for (let k = 0; k < logits.length; k++) max = Math.max(max, logits[k]);
  let sum = 0;
  for (let k = 0; k < logits.length; k++) sum += Math.exp(logits[k] - max);
  const loss = Math.log(sum) - (logits[label] - max);
  const gradLogits = Float32Array.from(probabilities);
  gradLogits[label] -= 1;
  return { loss, probabilities, gradLogits };
}
