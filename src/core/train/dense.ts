import { formatShape, type Tensor } from "../tensor";

/** Gradients of a loss with respect to a dense layer's input and parameters. */
export interface DenseGradients {
  /** ∂L/∂x, one value per input. */
  input: Float32Array;
  /** ∂L/∂W, [out, in]. */
  weights: Tensor;
  /** ∂L/∂b, [out]. */
  bias: Float32Array;
}

function checkDense(x: ArrayLike<number>, weights: Tensor): [number, number] {
  if (weights.shape.length !== 2) {
    throw new RangeError(
      `Dense weights must have shape [outputs, inputs], got ${formatShape(weights.shape)}.`,
    );
  }
  const [outputs, inputs] = weights.shape;
  if (x.length !== inputs) {
    throw new RangeError(`The dense layer takes ${inputs} inputs, but ${x.length} were given.`);
  }
  return [outputs, inputs];
}

/**
 * A fully connected layer: y[o] = b[o] + Σ_i W[o, i] · x[i]. A [C, H, W] tensor is read
 * flat, in its row-major order.
 *
 * @param x the inputs (e.g. the data of p2)
 * @param weights [outputs, inputs]
 * @param bias [outputs]
 */
export function dense(
  x: ArrayLike<number>,
  weights: Tensor,
  bias: ArrayLike<number>,
): Float32Array {
  const [outputs, inputs] = checkDense(x, weights);
  if (bias.length !== outputs) {
    throw new RangeError(`The dense layer has ${outputs} outputs but ${bias.length} biases.`);
  }
  const y = new Float32Array(outputs);
  const w = weights.data;
  for (let o = 0; o < outputs; o++) {
    let sum = bias[o];
    for (let i = 0, k = o * inputs; i < inputs; i++, k++) sum += w[k] * x[i];
    y[o] = sum;
  }
  return y;
}

/**
 * Backward pass of dense: ∂L/∂x = Wᵀ·g, ∂L/∂W = g·xᵀ, ∂L/∂b = g, where g = ∂L/∂y.
 */
export function denseBackward(
  x: ArrayLike<number>,
  weights: Tensor,
  gradY: ArrayLike<number>,
): DenseGradients {
  const [outputs, inputs] = checkDense(x, weights);
  if (gradY.length !== outputs) {
    throw new RangeError(
      `The dense layer has ${outputs} outputs but the gradient has ${gradY.length}.`,
    );
  }
  const w = weights.data;
  const gradX = new Float64Array(inputs);
  const gradW = new Float32Array(w.length);
  for (let o = 0; o < outputs; o++) {
    const g = gradY[o];
    for (let i = 0, k = o * inputs; i < inputs; i++, k++) {
      gradW[k] = g * x[i];
      gradX[i] += w[k] * g;
    }
  }
  return {
    input: Float32Array.from(gradX),
    weights: { shape: [outputs, inputs], data: gradW },
    bias: Float32Array.from(gradY),
  };
}
