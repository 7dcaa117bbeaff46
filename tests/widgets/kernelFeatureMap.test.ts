import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { kernelFeatureMapEn as labels } from "../../src/widgets/KernelFeatureMap/labels";
import {
  FEATURE_MAPS,
  RINGS,
  barycentric,
  bestLineErrors,
  dot,
  kernel,
  phi,
  ringsData,
  separation,
} from "../../src/widgets/KernelFeatureMap/model";
import { pickInfo, separationText } from "../../src/widgets/KernelFeatureMap/info";
import { planeInCube } from "../../src/widgets/KernelFeatureMap/plots";
import {
  DEFAULT_KF_STATE,
  readKernelFeatureMapState,
  writeKernelFeatureMapState,
  turnAfterDrag,
} from "../../src/widgets/KernelFeatureMap/state";

const data = ringsData();
const coordinate = fc.double({ min: -5, max: 5, noNaN: true });
const point = fc.tuple(coordinate, coordinate);

/** Twice the signed area of triangle abc: > 0 when c is left of a→b. */
function orient2d(a: readonly number[], b: readonly number[], c: readonly number[]): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

/** Six times the signed volume of tetrahedron abcd, by the 3×3 determinant. */
function orient3d(a: number[], b: number[], c: number[], d: number[]): number {
  const [u, v, w] = [b, c, d].map((p) => p.map((x, k) => x - a[k]));
  return (
    u[0] * (v[1] * w[2] - v[2] * w[1]) -
    u[1] * (v[0] * w[2] - v[2] * w[0]) +
    u[2] * (v[0] * w[1] - v[1] * w[0])
  );
}

describe("kernel feature map model", () => {
  it("kernel equals ⟨φ(x), φ(y)⟩ for every map and random points", () => {
    for (const map of FEATURE_MAPS) {
      fc.assert(
        fc.property(point, point, (x, y) => {
          const inner = dot(phi(map, x), phi(map, y));
          const closed = kernel(map, x, y);
          expect(Math.abs(inner - closed)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(inner)));
        }),
      );
    }
  });

  it("kernel of the polynomial map is (x·y)², written out by hand", () => {
    expect(kernel("poly2", [1, 2], [3, -1])).toBe(1);
    expect(kernel("poly2", [2, 0], [0.5, 7])).toBe(1);
    expect(kernel("product", [1, 2], [3, 4])).toBe(4 * 9 - 1);
  });

  it("ringsData is deterministic, two rings of 40 with radii in their bands", () => {
    expect(ringsData()).toEqual(ringsData());
    expect(ringsData(4)).not.toEqual(ringsData());
    expect(data.filter((p) => p.label === 0)).toHaveLength(40);
    for (const p of data) {
      const r = Math.hypot(...p.x);
      const [lo, hi] = p.label === 0 ? RINGS.inner : RINGS.outer;
      expect(r).toBeGreaterThanOrEqual(lo);
      expect(r).toBeLessThanOrEqual(hi);
    }
  });

  it("separation with the identity finds an inner point strictly inside a triangle of outer points", () => {
    const result = separation("identity", data);
    expect(result.kind).toBe("witness");
    if (result.kind !== "witness") return;
    expect(data[result.inside].label).toBe(0);
    const [a, b, c] = result.simplex.map((i) => data[i].x);
    expect(result.simplex.every((i) => data[i].label === 1)).toBe(true);
    const p = data[result.inside].x;
    const signs = [orient2d(a, b, p), orient2d(b, c, p), orient2d(c, a, p)].map(Math.sign);
    expect(new Set(signs).size).toBe(1);
    expect(signs[0]).not.toBe(0);
  });

  it("bestLineErrors: no line among 3600 directions separates the rings in the plane", () => {
    expect(bestLineErrors(data, 3600)).toBeGreaterThan(0);
    // The same search does find a line for two clusters, so it is able to say yes.
    const clusters = data.map((p) => ({
      ...p,
      x: [p.x[0] + (p.label ? 10 : 0), p.x[1]] as [number, number],
    }));
    expect(bestLineErrors(clusters, 360)).toBe(0);
  });

  it("separation with the lift and the polynomial map gives a plane that splits the radii", () => {
    const radii = (label: number) =>
      data.filter((p) => p.label === label).map((p) => p.x[0] ** 2 + p.x[1] ** 2);
    for (const map of ["lift", "poly2"] as const) {
      const result = separation(map, data);
      expect(result.kind).toBe("plane");
      if (result.kind !== "plane") continue;
      expect(Math.max(...radii(0))).toBeLessThan(result.threshold);
      expect(Math.min(...radii(1))).toBeGreaterThan(result.threshold);
      for (const p of data) {
        const side = dot(result.normal, phi(map, p.x)) - result.threshold;
        expect(Math.sign(side)).toBe(p.label === 0 ? -1 : 1);
      }
    }
  });

  it("separation with (x1, x2, x1·x2) traps an inner point in a tetrahedron of outer points", () => {
    const result = separation("product", data);
    expect(result.kind).toBe("witness");
    if (result.kind !== "witness") return;
    const [a, b, c, d] = result.simplex.map((i) => phi("product", data[i].x));
    const p = phi("product", data[result.inside].x);
    const volume = orient3d(a, b, c, d);
    // p is inside when replacing any corner by p keeps the volume's sign.
    for (const swapped of [
      orient3d(p, b, c, d),
      orient3d(a, p, c, d),
      orient3d(a, b, p, d),
      orient3d(a, b, c, p),
    ]) {
      expect(Math.sign(swapped)).toBe(Math.sign(volume));
    }
  });

  it("barycentric weights sum to 1 and are all positive only inside", () => {
    const triangle = [
      [0, 0],
      [4, 0],
      [0, 4],
    ];
    const inside = barycentric(triangle, [1, 1])!;
    expect(inside.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    expect(Math.min(...inside)).toBeGreaterThan(0);
    expect(Math.min(...barycentric(triangle, [3, 3])!)).toBeLessThan(0);
    expect(
      barycentric(
        [
          [0, 0],
          [1, 1],
          [2, 2],
        ],
        [1, 0],
      ),
    ).toBeNull();
  });

  it("planeInCube cuts the cube in a polygon whose corners lie on the plane and the cube", () => {
    expect(planeInCube([0, 0, 1], 0)).toHaveLength(4);
    expect(planeInCube([1, 1, 1], 0)).toHaveLength(6);
    expect(planeInCube([0, 0, 1], 2)).toHaveLength(0);
    for (const corner of planeInCube([1, 1, 0], 0.5)) {
      expect(corner[0] + corner[1]).toBeCloseTo(0.5, 9);
      expect(Math.max(...corner.map(Math.abs))).toBeLessThanOrEqual(1 + 1e-9);
    }
  });
});

describe("kernel feature map text and pictures", () => {
  it("pickInfo shows the inner product and the closed form agreeing for every map", () => {
    for (const map of FEATURE_MAPS) {
      const info = pickInfo(labels, map, data, { x: 2, y: 44 });
      expect(info.agreement).toBe(labels.agree);
      expect(info.kernel).toContain(labels.kernelFormulas[map]);
      expect(info.points[0].point).toMatch(/^x = point 3 \(inner ring\)/);
      expect(info.points[1].point).toMatch(/^y = point 45 \(outer ring\)/);
      expect(`${info.innerProduct} ${info.kernel}`).not.toMatch(/NaN|Infinity/);
    }
  });

  it("separationText names the plane, or the trapped point and its corners, 1-based", () => {
    const lift = separationText(labels, "lift", separation("lift", data));
    expect(lift).toMatch(/^Separated: yes, by the plane φ3 = \d\.\d+/);
    const identity = separation("identity", data);
    if (identity.kind !== "witness") throw new Error("expected a witness");
    const text = separationText(labels, "identity", identity);
    expect(text).toContain(`point ${identity.inside + 1} lies inside the triangle`);
    expect(text).toMatch(/points \d+, \d+ and \d+/);
  });
});

describe("kernel feature map URL state", () => {
  it("writeKernelFeatureMapState then read round-trips, 1-based in the URL, other keys kept", () => {
    const state = { map: "poly2" as const, turn: 215, x: 0, y: 79 };
    const hash = writeKernelFeatureMapState("#ba.view=z", state);
    expect(hash).toContain("ba.view=z");
    expect(hash).toContain("kf.x=1");
    expect(hash).toContain("kf.y=80");
    expect(readKernelFeatureMapState(hash, 80)).toEqual({ state, fellBack: false });
  });

  it("readKernelFeatureMapState with hand-edited values falls back to the defaults and says so", () => {
    for (const hash of [
      "#kf.phi=rbf",
      "#kf.turn=7",
      "#kf.turn=360",
      "#kf.x=0",
      "#kf.y=81",
      "#kf.x=2.5",
      "#kf.x=-1",
    ]) {
      expect(readKernelFeatureMapState(hash, 80), hash).toEqual({
        state: DEFAULT_KF_STATE,
        fellBack: true,
      });
    }
    expect(readKernelFeatureMapState("#lens=karn", 80)).toEqual({
      state: DEFAULT_KF_STATE,
      fellBack: false,
    });
  });
});

describe("turning the 3-D plot by dragging", () => {
  it("turns a degree per pixel, on the slider's 5° steps, and wraps around", () => {
    expect(turnAfterDrag(30, 0)).toBe(30);
    expect(turnAfterDrag(30, 42)).toBe(70);
    expect(turnAfterDrag(30, 43)).toBe(75);
    expect(turnAfterDrag(30, -40)).toBe(350);
    expect(turnAfterDrag(350, 20)).toBe(10);
    expect(turnAfterDrag(0, -720)).toBe(0);
  });
});
