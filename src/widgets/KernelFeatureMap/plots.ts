import { scaleLinear, symbol, symbolCircle, symbolTriangle } from "d3";
import { formatNumber } from "../../viz/format";
import type { SvgNode } from "../../viz/svgTree";
import type { KernelFeatureMapLabels } from "./labels";
import { dot, phi, type DataPoint, type FeatureMapId, type Separation, type Vec } from "./model";

/** The two picked points, as indices into the data. */
export interface Picks {
  x: number;
  y: number;
}

export const PLOT_2D = { size: 300, margin: 30, extent: 2.4 };
export const PLOT_3D = { width: 320, height: 300, scale: 78, elevation: 0.42 };

/**
 * The markers' outlines, centred on the origin (d3 symbols take an area): a circle of radius 4
 * for the inner ring, a triangle pointing up (circumradius 5.2) for the outer, so shape alone
 * tells the rings apart.
 */
export const MARKER_PATHS: Record<0 | 1, string> = {
  0: symbol(symbolCircle, Math.PI * 4 ** 2).digits(2)()!,
  1: symbol(symbolTriangle, ((3 * Math.sqrt(3)) / 4) * 5.2 ** 2).digits(2)()!,
};

const MARKER_CLASSES: Record<0 | 1, string> = {
  0: "kf-dot kf-dot--inner",
  1: "kf-dot kf-dot--outer",
};

/** A point's marker at (cx, cy). */
function marker(label: 0 | 1, cx: number, cy: number, extra: Record<string, string> = {}): SvgNode {
  const transform = `translate(${round(cx)},${round(cy)})`;
  return {
    tag: "path",
    attrs: { class: MARKER_CLASSES[label], transform, d: MARKER_PATHS[label], ...extra },
  };
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/** A ring and a name beside a picked point. */
function pickMark(name: string, cx: number, cy: number): SvgNode[] {
  return [
    { tag: "circle", attrs: { class: "kf-pick", cx, cy, r: 8 } },
    { tag: "text", attrs: { class: "kf-pick-label", x: cx + 9, y: cy - 7 }, text: name },
  ];
}

/** The data in the plane, with the separating circle or the trapping triangle when there is one. */
export function scatter2dNodes(
  data: readonly DataPoint[],
  separation: Separation,
  map: FeatureMapId,
  picks: Picks,
): SvgNode[] {
  const { size, margin, extent } = PLOT_2D;
  const sx = scaleLinear()
    .domain([-extent, extent])
    .range([margin, size - margin]);
  const sy = scaleLinear()
    .domain([-extent, extent])
    .range([size - margin, margin]);
  const ticks = sx.ticks(5);
  const nodes: SvgNode[] = [
    {
      tag: "rect",
      attrs: {
        class: "kf-frame",
        x: margin,
        y: margin,
        width: size - 2 * margin,
        height: size - 2 * margin,
      },
    },
    {
      tag: "line",
      attrs: { class: "kf-axis", x1: sx(-extent), x2: sx(extent), y1: sy(0), y2: sy(0) },
    },
    {
      tag: "line",
      attrs: { class: "kf-axis", x1: sx(0), x2: sx(0), y1: sy(-extent), y2: sy(extent) },
    },
    ...ticks.map((t) => ({
      tag: "text" as const,
      attrs: { class: "kf-tick", x: sx(t), y: size - margin + 14, "text-anchor": "middle" },
      text: formatNumber(t),
    })),
    ...ticks.map((t) => ({
      tag: "text" as const,
      attrs: { class: "kf-tick", x: margin - 6, y: sy(t), dy: "0.32em", "text-anchor": "end" },
      text: formatNumber(t),
    })),
    {
      tag: "text",
      attrs: { class: "kf-axis-title", x: size - margin, y: size - 4, "text-anchor": "end" },
      text: "x1",
    },
    { tag: "text", attrs: { class: "kf-axis-title", x: 4, y: margin - 10 }, text: "x2" },
  ];
  if (separation.kind === "plane") {
    // Both lifts that separate read off x1² + x2², so the plane pulls back to a circle.
    nodes.push({
      tag: "circle",
      attrs: {
        class: "kf-boundary",
        cx: sx(0),
        cy: sy(0),
        r: sx(Math.sqrt(separation.threshold)) - sx(0),
      },
    });
  }
  if (separation.kind === "witness" && map === "identity") {
    nodes.push({
      tag: "polygon",
      attrs: {
        class: "kf-witness",
        points: separation.simplex
          .map((i) => `${round(sx(data[i].x[0]))},${round(sy(data[i].x[1]))}`)
          .join(" "),
      },
    });
  }
  nodes.push({
    tag: "g",
    attrs: { class: "kf-points" },
    children: data.map((p, i) =>
      marker(p.label, sx(p.x[0]), sy(p.x[1]), { "data-point": String(i) }),
    ),
  });
  if (separation.kind === "witness" && map !== "identity") {
    // The trap is a tetrahedron in the lifted space; here, only its corners can be shown.
    for (const i of separation.simplex) {
      nodes.push({
        tag: "circle",
        attrs: { class: "kf-corner", cx: sx(data[i].x[0]), cy: sy(data[i].x[1]), r: 7 },
      });
    }
  }
  if (separation.kind === "witness") {
    const inside = data[separation.inside];
    nodes.push({
      tag: "circle",
      attrs: { class: "kf-trapped", cx: sx(inside.x[0]), cy: sy(inside.x[1]), r: 6.5 },
    });
  }
  for (const [name, index] of [
    ["x", picks.x],
    ["y", picks.y],
  ] as const) {
    nodes.push(...pickMark(name, sx(data[index].x[0]), sy(data[index].x[1])));
  }
  return nodes;
}

/** Where the data sits in each lifted axis: centre and half-range, so the view is a cube. */
export function normaliser(lifted: readonly Vec[]): { centre: number[]; half: number[] } {
  const centre: number[] = [];
  const half: number[] = [];
  for (let k = 0; k < 3; k++) {
    const values = lifted.map((f) => f[k] ?? 0);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    centre.push((lo + hi) / 2);
    half.push(hi > lo ? (hi - lo) / 2 : 1);
  }
  return { centre, half };
}

/** Orthographic camera at azimuth `turn` (radians) and a fixed elevation, looking at the cube. */
export function camera(turn: number, elevation = PLOT_3D.elevation) {
  const ce = Math.cos(elevation);
  const se = Math.sin(elevation);
  const right = [-Math.sin(turn), Math.cos(turn), 0];
  const up = [-se * Math.cos(turn), -se * Math.sin(turn), ce];
  const toward = [ce * Math.cos(turn), ce * Math.sin(turn), se];
  const { width, height, scale } = PLOT_3D;
  return {
    toward,
    /** Screen position of a point of the cube [−1, 1]³, and how near it is to the viewer. */
    project(p: Vec): { sx: number; sy: number; near: number } {
      return {
        sx: width / 2 + scale * dot(right, p),
        sy: height / 2 + 8 - scale * dot(up, p),
        near: dot(toward, p),
      };
    },
  };
}

const CUBE_EDGES: [number[], number[]][] = (() => {
  const edges: [number[], number[]][] = [];
  for (let axis = 0; axis < 3; axis++) {
    for (const a of [-1, 1]) {
      for (const b of [-1, 1]) {
        const from = [0, 0, 0];
        const to = [0, 0, 0];
        const [i, j] = [0, 1, 2].filter((k) => k !== axis);
        from[i] = to[i] = a;
        from[j] = to[j] = b;
        from[axis] = -1;
        to[axis] = 1;
        edges.push([from, to]);
      }
    }
  }
  return edges;
})();

/** The polygon where the plane n·p = c cuts the cube [−1, 1]³, its corners in order. */
export function planeInCube(n: Vec, c: number): number[][] {
  const corners: number[][] = [];
  for (const [from, to] of CUBE_EDGES) {
    const along = dot(n, to) - dot(n, from);
    if (Math.abs(along) < 1e-12) continue;
    const t = (c - dot(n, from)) / along;
    if (t < -1e-9 || t > 1 + 1e-9) continue;
    const p = from.map((f, k) => f + t * (to[k] - f));
    if (!corners.some((q) => q.every((v, k) => Math.abs(v - p[k]) < 1e-9))) corners.push(p);
  }
  if (corners.length < 3) return [];
  const mid = [0, 1, 2].map((k) => corners.reduce((s, p) => s + p[k], 0) / corners.length);
  // Two directions within the plane, to sort the corners by angle around their centre.
  const helper = Math.abs(n[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0];
  const e1 = cross(n, helper);
  const e2 = cross(n, e1);
  const angle = (p: number[]) => {
    const d = p.map((v, k) => v - mid[k]);
    return Math.atan2(dot(d, e2), dot(d, e1));
  };
  return corners.sort((p, q) => angle(p) - angle(q));
}

function cross(a: Vec, b: Vec): number[] {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

/** The lifted data as an orthographic 3-D picture: cube, axes, plane or trapping simplex, points. */
export function scatter3dNodes(
  data: readonly DataPoint[],
  separation: Separation,
  map: FeatureMapId,
  turnDegrees: number,
  picks: Picks,
  labels: KernelFeatureMapLabels,
): SvgNode[] {
  const lifted = data.map((p) => phi(map, p.x));
  const { centre, half } = normaliser(lifted);
  const cube = (f: Vec) => [0, 1, 2].map((k) => ((f[k] ?? 0) - centre[k]) / half[k]);
  const view = camera((turnDegrees * Math.PI) / 180);
  const at = (p: Vec) => view.project(p);
  const line = (a: Vec, b: Vec, cls: string): SvgNode => {
    const [p, q] = [at(a), at(b)];
    return { tag: "line", attrs: { class: cls, x1: p.sx, y1: p.sy, x2: q.sx, y2: q.sy } };
  };
  const nodes: SvgNode[] = CUBE_EDGES.map(([a, b]) => line(a, b, "kf-cube"));
  const names = labels.axisNames[map];
  names.forEach((name, axis) => {
    const from = [-1, -1, -1];
    const to = [-1, -1, -1];
    to[axis] = 1.25;
    nodes.push(line(from, to, "kf-axis3"));
    const end = at(to);
    nodes.push({
      tag: "text",
      attrs: {
        class: "kf-axis-title",
        x: end.sx,
        y: end.sy,
        "text-anchor": "middle",
        dy: axis === 2 ? "-0.3em" : "1em",
      },
      text: `φ${axis + 1} = ${name}`,
    });
  });

  // The plane in cube coordinates: w·f = c becomes Σ w_k·half_k·p_k = c − Σ w_k·centre_k.
  // Points behind it are drawn before it, points on the viewer's side after it.
  let inFront: (p: Vec) => boolean = () => false;
  let plane: SvgNode | null = null;
  if (separation.kind === "plane") {
    const n = separation.normal.map((w, k) => w * half[k]);
    const c = separation.threshold - dot(separation.normal, centre);
    const viewerSide = Math.sign(dot(n, view.toward));
    inFront = (p) => Math.sign(dot(n, p) - c) === viewerSide;
    const corners = planeInCube(n, c).map((p) => `${round(at(p).sx)},${round(at(p).sy)}`);
    plane = { tag: "polygon", attrs: { class: "kf-plane", points: corners.join(" ") } };
  }
  const placed = data
    .map((point, i) => ({ point, p: cube(lifted[i]) }))
    .map(({ point, p }) => ({ label: point.label, s: at(p), front: inFront(p) }))
    .sort((a, b) => a.s.near - b.s.near);
  const group = (front: boolean): SvgNode => ({
    tag: "g",
    attrs: { class: "kf-points" },
    children: placed.filter((q) => q.front === front).map((q) => marker(q.label, q.s.sx, q.s.sy)),
  });
  nodes.push(group(false));
  if (plane) nodes.push(plane);
  nodes.push(group(true));
  if (separation.kind === "witness") {
    const corners = separation.simplex.map((i) => cube(lifted[i]));
    for (let a = 0; a < corners.length; a++) {
      for (let b = a + 1; b < corners.length; b++) {
        nodes.push(line(corners[a], corners[b], "kf-witness"));
      }
    }
  }
  if (separation.kind === "witness") {
    const s = at(cube(lifted[separation.inside]));
    nodes.push({ tag: "circle", attrs: { class: "kf-trapped", cx: s.sx, cy: s.sy, r: 6.5 } });
  }
  for (const [name, index] of [
    ["x", picks.x],
    ["y", picks.y],
  ] as const) {
    const s = at(cube(lifted[index]));
    nodes.push(...pickMark(name, s.sx, s.sy));
  }
  return nodes;
}
