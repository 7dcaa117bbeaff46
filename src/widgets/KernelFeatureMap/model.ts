import { createRandom } from "../../core";

/**
 * The pure math of the kernel-methods widget: a data set no line separates, a few feature maps
 * φ, their kernels k(x, y) = ⟨φ(x), φ(y)⟩ in closed form, and an exact separability check.
 * It is not CNN math, so it lives here rather than in src/core.
 */

export type Vec = readonly number[];

export interface DataPoint {
  /** The point in the plane, (x1, x2). */
  x: [number, number];
  /** 0: the inner ring, 1: the outer ring. */
  label: 0 | 1;
}

/** Radii of the two rings; the gap between 1.1 and 1.6 is what a circle can use. */
export const RINGS = { inner: [0.55, 1.1], outer: [1.6, 2.1] } as const;

/**
 * Two concentric rings, `perClass` points each, inner ring first. Seeded, so every build and
 * every reader sees the same points.
 */
export function ringsData(seed = 3, perClass = 40): DataPoint[] {
  const random = createRandom(seed);
  const ring = (label: 0 | 1): DataPoint[] => {
    const [lo, hi] = label === 0 ? RINGS.inner : RINGS.outer;
    return Array.from({ length: perClass }, () => {
      const r = random.uniform(lo, hi);
      const angle = random.uniform(0, 2 * Math.PI);
      return { x: [r * Math.cos(angle), r * Math.sin(angle)], label };
    });
  };
  return [...ring(0), ...ring(1)];
}

/** The feature maps the reader can choose, in menu order. */
export const FEATURE_MAPS = ["identity", "lift", "poly2", "product"] as const;
export type FeatureMapId = (typeof FEATURE_MAPS)[number];

/** φ(x) for each map: the identity, a lift by the squared radius, the degree-2 polynomial
 * kernel's map, and a lift by the product of the coordinates. */
export function phi(map: FeatureMapId, [x1, x2]: Vec): number[] {
  switch (map) {
    case "identity":
      return [x1, x2];
    case "lift":
      return [x1, x2, x1 * x1 + x2 * x2];
    case "poly2":
      return [x1 * x1, x2 * x2, Math.SQRT2 * x1 * x2];
    case "product":
      return [x1, x2, x1 * x2];
  }
}

export function dot(a: Vec, b: Vec): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/**
 * k(x, y) by its closed form, computed without φ: x·y; x·y + ‖x‖²‖y‖²; (x·y)²;
 * (1 + x1y1)(1 + x2y2) − 1.
 */
export function kernel(map: FeatureMapId, x: Vec, y: Vec): number {
  const xy = dot(x, y);
  switch (map) {
    case "identity":
      return xy;
    case "lift":
      return xy + dot(x, x) * dot(y, y);
    case "poly2":
      return xy * xy;
    case "product":
      return (1 + x[0] * y[0]) * (1 + x[1] * y[1]) - 1;
  }
}

/** The numbers that go into each closed form, for showing the working. */
export function kernelParts(map: FeatureMapId, x: Vec, y: Vec): Record<string, number> {
  switch (map) {
    case "identity":
    case "poly2":
      return { xy: dot(x, y) };
    case "lift":
      return { xy: dot(x, y), nx: dot(x, x), ny: dot(y, y) };
    case "product":
      return { p1: x[0] * y[0], p2: x[1] * y[1] };
  }
}

/**
 * A plane w·φ = c that the map makes available for this data, if any: for the two maps that
 * contain x1² + x2², the plane that reads off the squared radius.
 */
export function candidateNormal(map: FeatureMapId): number[] | null {
  if (map === "lift") return [0, 0, 1];
  if (map === "poly2") return [1, 1, 0];
  return null;
}

export type Separation =
  | { kind: "plane"; normal: number[]; threshold: number; margin: number }
  | { kind: "witness"; simplex: number[]; inside: number }
  | { kind: "unknown" };

/**
 * Decides whether the lifted classes can be split by a plane (a line in 2-D):
 * - "plane": the candidate plane separates them; threshold c is midway between the classes.
 * - "witness": a proof that no plane can: point `inside` (inner ring) lies in the simplex
 *   (triangle in 2-D, tetrahedron in 3-D) spanned by outer-ring points `simplex`. A plane with
 *   every outer point on one side has their whole simplex there, so the inner point too.
 * - "unknown": neither was found (the widget says so rather than guess).
 */
export function separation(map: FeatureMapId, data: readonly DataPoint[]): Separation {
  const lifted = data.map((p) => phi(map, p.x));
  const normal = candidateNormal(map);
  if (normal) {
    const inner = lifted.filter((_, i) => data[i].label === 0).map((f) => dot(normal, f));
    const outer = lifted.filter((_, i) => data[i].label === 1).map((f) => dot(normal, f));
    const innerMax = Math.max(...inner);
    const outerMin = Math.min(...outer);
    if (innerMax < outerMin) {
      return {
        kind: "plane",
        normal,
        threshold: (innerMax + outerMin) / 2,
        margin: (outerMin - innerMax) / 2,
      };
    }
  }
  const witness = hullWitness(lifted, data);
  return witness ?? { kind: "unknown" };
}

/** Directions whose extreme outer points span a simplex around the origin. */
function simplexDirections(dims: number, turn: number): number[][] {
  if (dims === 2) {
    return [0, 1, 2].map((k) => {
      const a = turn + (k * 2 * Math.PI) / 3;
      return [Math.cos(a), Math.sin(a)];
    });
  }
  const c = Math.cos(turn);
  const s = Math.sin(turn);
  const tetra = [
    [1, 1, 1],
    [-1, -1, 1],
    [-1, 1, -1],
    [1, -1, -1],
  ];
  return tetra.map(([u, v, w]) => [c * u - s * v, s * u + c * v, w]);
}

const TURNS = 24;

function hullWitness(lifted: number[][], data: readonly DataPoint[]): Separation | null {
  const dims = lifted[0].length;
  const outer = data.flatMap((p, i) => (p.label === 1 ? [i] : []));
  const inner = data.flatMap((p, i) => (p.label === 0 ? [i] : []));
  for (let t = 0; t < TURNS; t++) {
    const simplex = simplexDirections(dims, (t * Math.PI) / TURNS).map((d) =>
      outer.reduce((best, i) => (dot(d, lifted[i]) > dot(d, lifted[best]) ? i : best)),
    );
    if (new Set(simplex).size < dims + 1) continue;
    const corners = simplex.map((i) => lifted[i]);
    // The inner point deepest inside is the clearest picture of the proof.
    let found: { inside: number; depth: number } | null = null;
    for (const i of inner) {
      const weights = barycentric(corners, lifted[i]);
      const depth = weights ? Math.min(...weights) : -1;
      if (depth > 1e-9 && (!found || depth > found.depth)) found = { inside: i, depth };
    }
    if (found) return { kind: "witness", simplex, inside: found.inside };
  }
  return null;
}

/**
 * The barycentric coordinates of p in the simplex with these d + 1 corners in d dimensions,
 * or null if the simplex is flat. All coordinates > 0 means p is strictly inside.
 */
export function barycentric(corners: readonly Vec[], p: Vec): number[] | null {
  const d = p.length;
  const origin = corners[d];
  // Solve Σ λ_k (corner_k − origin) = p − origin for λ_0..λ_{d−1} by Gaussian elimination.
  const rows = Array.from({ length: d }, (_, r) => [
    ...corners.slice(0, d).map((c) => c[r] - origin[r]),
    p[r] - origin[r],
  ]);
  for (let col = 0; col < d; col++) {
    let pivot = col;
    for (let r = col + 1; r < d; r++) {
      if (Math.abs(rows[r][col]) > Math.abs(rows[pivot][col])) pivot = r;
    }
    if (Math.abs(rows[pivot][col]) < 1e-12) return null;
    [rows[col], rows[pivot]] = [rows[pivot], rows[col]];
    for (let r = 0; r < d; r++) {
      if (r === col) continue;
      const factor = rows[r][col] / rows[col][col];
      for (let c = col; c <= d; c++) rows[r][c] -= factor * rows[col][c];
    }
  }
  const lambdas = rows.map((row, r) => row[d] / row[r]);
  return [...lambdas, 1 - lambdas.reduce((s, v) => s + v, 0)];
}

/**
 * The best a line through the plane can do on 2-D data, trying `steps` directions: for each,
 * the fewest points on the wrong side of the best threshold. 0 would mean separable.
 */
export function bestLineErrors(data: readonly DataPoint[], steps = 3600): number {
  let best = Infinity;
  for (let s = 0; s < steps; s++) {
    const a = (s * Math.PI) / steps;
    const direction = [Math.cos(a), Math.sin(a)];
    const projected = data
      .map((p) => ({ v: dot(direction, p.x), label: p.label }))
      .sort((p, q) => p.v - q.v);
    // Threshold after position i: errors = outer points left of it + inner points right of
    // it, or the mirror image; scan every split once.
    const outerTotal = projected.filter((p) => p.label === 1).length;
    let outerLeft = 0;
    let innerLeft = 0;
    for (let i = 0; i <= projected.length; i++) {
      const innerRight = projected.length - outerTotal - innerLeft;
      const outerRight = outerTotal - outerLeft;
      best = Math.min(best, outerLeft + innerRight, innerLeft + outerRight);
      if (i < projected.length) {
        if (projected[i].label === 1) outerLeft++;
        else innerLeft++;
      }
    }
  }
  return best;
}
