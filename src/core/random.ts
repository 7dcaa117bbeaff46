import { tensor, type Tensor } from "./tensor";

/** A seeded pseudo-random generator: the same seed always gives the same sequence. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** Gaussian with the given mean (default 0) and standard deviation (default 1). */
  normal(mean?: number, sd?: number): number;
  /** Uniform integer in [lo, hiExclusive). */
  int(lo: number, hiExclusive: number): number;
}

/**
 * A mulberry32 generator (32-bit state, period 2³²): small, fast and good enough
 * for drawings and initial weights. `seed` is any integer; it is taken modulo 2³².
 */
export function createRandom(seed: number): Random {
  if (!Number.isInteger(seed)) {
    throw new RangeError(`The random seed must be a whole number, got ${seed}.`);
  }
  let state = seed >>> 0;
  // Box–Muller makes two normals at a time; the second is kept for the next call.
  let spare: number | null = null;

  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  return {
    next,
    uniform(lo, hi) {
      if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi < lo) {
        throw new RangeError(`uniform(lo, hi) needs finite lo ≤ hi, got ${lo} and ${hi}.`);
      }
      return lo + (hi - lo) * next();
    },
    normal(mean = 0, sd = 1) {
      if (!Number.isFinite(mean) || !Number.isFinite(sd) || sd < 0) {
        throw new RangeError(
          `normal(mean, sd) needs finite mean and sd ≥ 0, got ${mean} and ${sd}.`,
        );
      }
      let z: number;
      if (spare !== null) {
        z = spare;
        spare = null;
      } else {
        const u = 1 - next(); // in (0, 1], so the logarithm is finite
        const r = Math.sqrt(-2 * Math.log(u));
        const theta = 2 * Math.PI * next();
        z = r * Math.cos(theta);
        spare = r * Math.sin(theta);
      }
      return mean + sd * z;
    },
    int(lo, hiExclusive) {
      if (!Number.isInteger(lo) || !Number.isInteger(hiExclusive) || hiExclusive <= lo) {
        throw new RangeError(
          `int(lo, hiExclusive) needs whole numbers with lo < hiExclusive, got ${lo} and ${hiExclusive}.`,
        );
      }
      return lo + Math.floor((hiExclusive - lo) * next());
    },
  };
}

/** A tensor of the given shape with values drawn uniformly from [lo, hi) (default [-1, 1)). */
export function randomTensor(shape: readonly number[], rng: Random, lo = -1, hi = 1): Tensor {
  const t = tensor(shape);
  for (let i = 0; i < t.data.length; i++) t.data[i] = rng.uniform(lo, hi);
  return t;
}
