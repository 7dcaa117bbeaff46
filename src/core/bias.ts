import { assertFinite, channelIndices, formatShape, type Tensor } from "./tensor";

/** z = s + b: adds bias[c] to every value of channel c of a [C, H, W] tensor; returns a new tensor. */
export function addBias(s: Tensor, bias: ArrayLike<number>): Tensor {
  const z: Tensor = { shape: [...s.shape], data: new Float32Array(s.data.length) };
  addBiasInto(s, bias, z);
  return z;
}

/**
 * Writes s + bias into z (same [C, H, W] shape; may be the same tensor), for all
 * channels or only the listed ones. Throws RangeError if the bias has not one finite
 * number per channel.
 */
export function addBiasInto(
  s: Tensor,
  bias: ArrayLike<number>,
  z: Tensor,
  channels?: readonly number[],
): void {
  if (s.shape.length !== 3) {
    throw new RangeError(`A bias is added to a [C, H, W] tensor, not ${formatShape(s.shape)}.`);
  }
  if (z.shape.length !== 3 || s.shape.some((d, i) => d !== z.shape[i])) {
    throw new RangeError(
      `The output shape ${formatShape(z.shape)} differs from the input shape ${formatShape(s.shape)}.`,
    );
  }
  const [count, h, w] = s.shape;
  if (bias.length !== count) {
    throw new RangeError(
      `There are ${count} channels but ${bias.length} biases; give one per channel.`,
    );
  }
  assertFinite(bias, "The bias");
  const plane = h * w;
  for (const c of channelIndices(count, channels)) {
    const b = bias[c];
    for (let i = c * plane, end = i + plane; i < end; i++) z.data[i] = s.data[i] + b;
  }
}
