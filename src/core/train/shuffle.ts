import type { Random } from "../random";

/**
 * The indices 0..n−1 in a random order (Fisher–Yates), drawn from `rng`: the same
 * generator state always gives the same order.
 */
export function permutation(n: number, rng: Random): Uint32Array {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`A permutation needs a whole number of items ≥ 0, got ${n}.`);
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(0, i + 1);
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}
