import { digitCount, digitImage, type DigitSet } from "./digitSet";
import { forwardNetwork, predictedClass, type NetworkParams } from "./network";

/** How well a network classifies a set of digits. */
export interface Evaluation {
  count: number;
  correct: number;
  /** correct / count, in [0, 1]. */
  accuracy: number;
  /** Mean cross-entropy −log p[label], in nats. */
  loss: number;
  /** The predicted class of each image. */
  predictions: Uint8Array;
}

/** Runs every image of `set` through the network and counts the correct predictions. */
export function evaluateNetwork(net: NetworkParams, set: DigitSet): Evaluation {
  const count = digitCount(set);
  let correct = 0;
  let loss = 0;
  const predictions = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const { probabilities } = forwardNetwork(digitImage(set, i), net);
    const label = set.labels[i];
    predictions[i] = predictedClass(probabilities);
    if (predictions[i] === label) correct++;
    // float32 probabilities can round to 0; the floor keeps the loss finite.
    loss -= Math.log(Math.max(probabilities[label], 1e-30));
  }
  return {
    count,
    correct,
    accuracy: count ? correct / count : 0,
    loss: count ? loss / count : 0,
    predictions,
  };
}
