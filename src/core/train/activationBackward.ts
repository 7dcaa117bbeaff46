import { activationFn, type ActivationSpec } from "../activations";
import { formatShape, type Tensor } from "../tensor";

/**
 * Backward pass of activate (a = f(z)): ∂L/∂z = f′(z) · ∂L/∂a, elementwise.
 * f′ is 1 for identity; for relu 1 where z > 0 and 0 elsewhere (also at 0, as in PyTorch);
 * for leakyRelu 1 or the slope; σ(z)(1 − σ(z)) for sigmoid; 1 − tanh²z for tanh.
 *
 * @param z the activation's input (the pre-activation), any shape
 * @param gradA ∂L/∂a, same shape as z
 */
export function activationBackward(z: Tensor, gradA: Tensor, spec: ActivationSpec): Tensor {
  activationFn(spec); // validates the name and the slope
  if (z.shape.length !== gradA.shape.length || z.shape.some((d, i) => d !== gradA.shape[i])) {
    throw new RangeError(
      `The gradient shape ${formatShape(gradA.shape)} differs from the input shape ${formatShape(z.shape)}.`,
    );
  }
  const from = z.data;
  const g = gradA.data;
  const out = new Float32Array(from.length);
  const slope = spec.slope ?? 0.01;
  switch (spec.name) {
    case "identity":
      out.set(g);
      break;
    case "relu":
      for (let i = 0; i < out.length; i++) out[i] = from[i] > 0 ? g[i] : 0;
      break;
    case "leakyRelu":
      for (let i = 0; i < out.length; i++) out[i] = from[i] > 0 ? g[i] : slope * g[i];
      break;
    case "sigmoid":
      for (let i = 0; i < out.length; i++) {
        const s = 1 / (1 + Math.exp(-from[i]));
        out[i] = s * (1 - s) * g[i];
      }
      break;
    case "tanh":
      for (let i = 0; i < out.length; i++) {
        const t = Math.tanh(from[i]);
        out[i] = (1 - t * t) * g[i];
      }
      break;
  }
  return { shape: [...z.shape], data: out };
}
