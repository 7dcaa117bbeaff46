import { formatShape, type Tensor } from "../tensor";

/**
 * Backward pass of addBias (z = s + b per channel): ∂L/∂b[c] is the sum of ∂L/∂z over
 * channel c of the [C, H, W] gradient; ∂L/∂s is ∂L/∂z itself, so it is not computed.
 */
export function biasBackward(gradZ: Tensor): Float32Array {
  if (gradZ.shape.length !== 3) {
    throw new RangeError(
      `A bias gradient is summed over a [C, H, W] tensor, not ${formatShape(gradZ.shape)}.`,
    );
  }
  const [count, h, w] = gradZ.shape;
  const plane = h * w;
  const grad = new Float32Array(count);
  for (let c = 0; c < count; c++) {
    let sum = 0;
    for (let i = c * plane, end = i + plane; i < end; i++) sum += gradZ.data[i];
    grad[c] = sum;
  }
  return grad;
}
