import { formatShape, size, type Tensor } from "../tensor";

/**
 * Backward pass of maxPool2d: each output gradient goes to the input element that was
 * the window's maximum (the argmax maxPool2d returned); every other input gets 0.
 * Overlapping windows that share a maximum add their gradients.
 *
 * @param inputShape the pooled tensor's shape, [C, H, W]
 * @param argmax maxPool2d's argmax: for each output element, a flat index into the input
 * @param gradOutput ∂L/∂output, one value per argmax entry
 */
export function maxPool2dBackward(
  inputShape: readonly number[],
  argmax: Int32Array,
  gradOutput: Tensor,
): Tensor {
  if (argmax.length !== gradOutput.data.length) {
    throw new RangeError(
      `The output gradient has ${gradOutput.data.length} values but the argmax has ${argmax.length}.`,
    );
  }
  const n = size(inputShape);
  const grad = new Float32Array(n);
  for (let i = 0; i < argmax.length; i++) {
    const at = argmax[i];
    if (at < 0 || at >= n) {
      throw new RangeError(
        `An argmax index (${at}) lies outside the input of shape ${formatShape(inputShape)}.`,
      );
    }
    grad[at] += gradOutput.data[i];
  }
  return { shape: [...inputShape], data: grad };
}
