/** Adam's settings; the defaults are those of Kingma & Ba (2015). */
export interface AdamOptions {
  /** Step size α; default 0.001. */
  learningRate?: number;
  /** Decay of the running mean of gradients; default 0.9. */
  beta1?: number;
  /** Decay of the running mean of squared gradients; default 0.999. */
  beta2?: number;
  /** Added to the root of the second moment so no division is by zero; default 1e-8. */
  epsilon?: number;
}

/** An Adam optimiser bound to a fixed list of parameter arrays, which it updates in place. */
export interface Adam {
  /**
   * One update: θ ← θ − α·m̂/(√v̂ + ε) for every parameter, with the bias-corrected moments
   * of the gradients. `grads` matches the parameters array for array, value for value.
   * `learningRate` overrides α for this step (for a schedule).
   */
  step(grads: readonly ArrayLike<number>[], learningRate?: number): void;
  /** Number of steps taken. */
  readonly steps: number;
}

/**
 * Adam (Kingma & Ba, 2015). Its moments are kept in float64, and it uses no randomness,
 * so the same gradients always give the same parameters, bit for bit.
 */
export function createAdam(params: readonly Float32Array[], options: AdamOptions = {}): Adam {
  const lr = options.learningRate ?? 0.001;
  const beta1 = options.beta1 ?? 0.9;
  const beta2 = options.beta2 ?? 0.999;
  const epsilon = options.epsilon ?? 1e-8;
  for (const [name, value] of [
    ["learning rate", lr],
    ["beta1", beta1],
    ["beta2", beta2],
    ["epsilon", epsilon],
  ] as const) {
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`Adam's ${name} must be a finite number ≥ 0, got ${value}.`);
    }
  }
  if (beta1 >= 1 || beta2 >= 1) throw new RangeError("Adam's beta1 and beta2 must be below 1.");
  const m = params.map((p) => new Float64Array(p.length));
  const v = params.map((p) => new Float64Array(p.length));
  let t = 0;
  return {
    step(grads, learningRate = lr) {
      if (grads.length !== params.length || grads.some((g, i) => g.length !== params[i].length)) {
        throw new RangeError("The gradients must match the parameters array for array.");
      }
      t++;
      const c1 = 1 - beta1 ** t;
      const c2 = 1 - beta2 ** t;
      for (let k = 0; k < params.length; k++) {
        const p = params[k];
        const g = grads[k];
        const mk = m[k];
        const vk = v[k];
        for (let i = 0; i < p.length; i++) {
          mk[i] = beta1 * mk[i] + (1 - beta1) * g[i];
          vk[i] = beta2 * vk[i] + (1 - beta2) * g[i] * g[i];
          p[i] -= (learningRate * (mk[i] / c1)) / (Math.sqrt(vk[i] / c2) + epsilon);
        }
      }
    },
    get steps() {
      return t;
    },
  };
}
