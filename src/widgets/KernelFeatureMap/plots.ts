import {
  axisBottom,
  axisLeft,
  scaleLinear,
  select,
  symbol,
  symbolCircle,
  symbolTriangle,
  type BaseType,
  type Selection,
} from "d3";
import { formatNumber } from "../../viz/format";
import { part } from "../../viz/part";
import { fillLabel } from "../parseNumber";
import { separationText } from "./info";
import type { KernelFeatureMapLabels } from "./labels";
import { dot, phi, type DataPoint, type Separation, type Vec } from "./model";
import type { KernelFeatureMapState } from "./state";

/*
 * The two plots' draw functions. Each owns its <svg>: the build runs it on an empty one
 * (drawnAtBuild) for the first frame, the browser runs it on that markup after every change,
 * and d3's joins update what is there, so drawing one state twice changes nothing.
 */

/** The two picked points, as indices into the data. */
export interface Picks {
  x: number;
  y: number;
}

/** What both plots show: the data, its separation under the state's map, the state. */
export interface PlotView {
  data: readonly DataPoint[];
  split: Separation;
  state: KernelFeatureMapState;
}

export const PLOT_2D = { size: 300, margin: 30, extent: 2.4 };
export const PLOT_3D = { width: 320, height: 300, scale: 78, elevation: 0.42 };

/**
 * The markers' outlines, centred on the origin (d3 symbols take an area): a circle of radius 4
 * for the inner ring, a triangle pointing up (circumradius 5.2) for the outer, so shape alone
 * tells the rings apart.
 */
const MARKER_PATHS: Record<0 | 1, string> = {
  0: symbol(symbolCircle, Math.PI * 4 ** 2).digits(2)()!,
  1: symbol(symbolTriangle, ((3 * Math.sqrt(3)) / 4) * 5.2 ** 2).digits(2)()!,
};

const MARKER_CLASSES: Record<0 | 1, string> = {
  0: "kf-dot kf-dot--inner",
  1: "kf-dot kf-dot--outer",
};

/** Markers at their places, shaped by ring: the plots' points and the key's samples alike. */
export function placeMarkers<E extends BaseType, P extends { label: 0 | 1 }, PE extends BaseType>(
  markers: Selection<E, P, PE, unknown>,
  at: (p: P) => [number, number],
): Selection<E, P, PE, unknown> {
  return markers
    .attr("class", (p) => MARKER_CLASSES[p.label])
    .attr("transform", (p) => `translate(${at(p).join(",")})`)
    .attr("d", (p) => MARKER_PATHS[p.label]);
}

/** Coordinates are written with two decimals: finer than a pixel, and short markup. */
function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/** A point on screen, and which ring it belongs to. */
interface Placed {
  /** The point's index in the data: the join's key. */
  index: number;
  label: 0 | 1;
  sx: number;
  sy: number;
}

type Layer = Selection<SVGGElement, unknown, SVGSVGElement, unknown>;

/**
 * The points' markers in a layer, keyed by point so a redraw moves the same elements. Markers
 * from the build's markup carry no d3 data yet: their key is read from their data-point.
 */
function drawMarkers(group: Layer, points: Placed[]): void {
  const markers = group
    .selectAll<SVGPathElement, Placed | undefined>("path")
    .data(points, function (p) {
      return p ? String(p.index) : (this as Element).getAttribute("data-point")!;
    })
    .join("path");
  placeMarkers(markers, (p) => [round(p.sx), round(p.sy)])
    .attr("data-point", (p) => p.index)
    .order();
}

/** Circles of radius `r` at the given spots, with a class. */
function drawRings(group: Layer, spots: { sx: number; sy: number }[], cls: string, r: number) {
  group
    .selectAll("circle")
    .data(spots)
    .join("circle")
    .attr("class", cls)
    .attr("cx", (s) => round(s.sx))
    .attr("cy", (s) => round(s.sy))
    .attr("r", r);
}

/** A ring and a name beside each picked point. */
function drawPicks(group: Layer, at: (index: number) => { sx: number; sy: number }, picks: Picks) {
  const spots = (["x", "y"] as const).map((name) => ({ name, ...at(picks[name]) }));
  drawRings(group, spots, "kf-pick", 8);
  group
    .selectAll("text")
    .data(spots)
    .join("text")
    .attr("class", "kf-pick-label")
    .attr("x", (s) => round(s.sx + 9))
    .attr("y", (s) => round(s.sy - 7))
    .text((s) => s.name);
}

/** The SVG's own attributes: its class, the data attribute the element finds it by, its alt. */
function frame(svg: SVGSVGElement, width: number, height: number, alt: string) {
  return select<SVGSVGElement, unknown>(svg)
    .classed("kf__svg", true)
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("role", "img")
    .attr("aria-label", alt);
}

/** The plane's scales, data units to SVG units (y up); picking a point uses them too. */
export function planeScales() {
  const { size, margin, extent } = PLOT_2D;
  return {
    sx: scaleLinear([-extent, extent], [margin, size - margin]),
    sy: scaleLinear([-extent, extent], [size - margin, margin]),
  };
}

/** The data in the plane, with the separating circle or the trapping triangle when there is one. */
export function drawScatter2d(
  svg: SVGSVGElement,
  { data, split, state }: PlotView,
  labels: KernelFeatureMapLabels,
): void {
  const { size, margin } = PLOT_2D;
  const { sx, sy } = planeScales();
  const alt = fillLabel(labels.plot2dAlt, { n: data.length, x: state.x + 1, y: state.y + 1 });
  const root = frame(svg, size, size, alt).classed("kf__svg--2d", true).attr("data-plot2d", "");
  const at = (i: number) => ({ sx: sx(data[i].x[0]), sy: sy(data[i].x[1]) });

  part(root, "rect", "kf-frame")
    .attr("x", margin)
    .attr("y", margin)
    .attr("width", size - 2 * margin)
    .attr("height", size - 2 * margin);
  const tick = (axis: ReturnType<typeof axisBottom<number>>) =>
    axis.ticks(5).tickFormat(formatNumber).tickSize(4).tickSizeOuter(0);
  part(root, "g", "kf-ticks kf-ticks--x")
    .attr("transform", `translate(0,${size - margin})`)
    .call(tick(axisBottom<number>(sx)));
  part(root, "g", "kf-ticks kf-ticks--y")
    .attr("transform", `translate(${margin},0)`)
    .call(tick(axisLeft<number>(sy)));
  // The axes through the origin, and their names.
  part(root, "g", "kf-axes")
    .selectAll("line")
    .data([
      [sx.range(), [sy(0), sy(0)]],
      [[sx(0), sx(0)], sy.range()],
    ])
    .join("line")
    .attr("class", "kf-axis")
    .attr("x1", ([x]) => x[0])
    .attr("x2", ([x]) => x[1])
    .attr("y1", ([, y]) => y[0])
    .attr("y2", ([, y]) => y[1]);
  part(root, "g", "kf-axis-titles")
    .selectAll("text")
    .data([
      { name: "x1", x: size - margin, y: size - 4, anchor: "end" },
      { name: "x2", x: 4, y: margin - 10, anchor: "start" },
    ])
    .join("text")
    .attr("class", "kf-axis-title")
    .attr("x", (t) => t.x)
    .attr("y", (t) => t.y)
    .attr("text-anchor", (t) => t.anchor)
    .text((t) => t.name);

  // Both lifts that separate read off x1² + x2², so the plane pulls back to a circle.
  const radius = split.kind === "plane" ? [sx(Math.sqrt(split.threshold)) - sx(0)] : [];
  part(root, "g", "kf-boundaries")
    .selectAll("circle")
    .data(radius)
    .join("circle")
    .attr("class", "kf-boundary")
    .attr("cx", sx(0))
    .attr("cy", sy(0))
    .attr("r", (r) => round(r));
  const witness = split.kind === "witness" ? split : null;
  const triangle = witness && state.map === "identity" ? [witness.simplex] : [];
  part(root, "g", "kf-witnesses")
    .selectAll("polygon")
    .data(triangle)
    .join("polygon")
    .attr("class", "kf-witness")
    .attr("points", (corners) =>
      corners.map((i) => `${round(at(i).sx)},${round(at(i).sy)}`).join(" "),
    );
  const placed = data.map((p, index) => ({ index, label: p.label, ...at(index) }));
  drawMarkers(part(root, "g", "kf-points"), placed);
  // The trap is a tetrahedron in the lifted space; here, only its corners can be shown.
  const corners = witness && state.map !== "identity" ? witness.simplex.map(at) : [];
  drawRings(part(root, "g", "kf-corners"), corners, "kf-corner", 7);
  drawRings(part(root, "g", "kf-trap"), witness ? [at(witness.inside)] : [], "kf-trapped", 6.5);
  drawPicks(part(root, "g", "kf-picks"), at, state);
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

/** A segment between two points of the cube [−1, 1]³, on screen. */
interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function drawSegments(group: Layer, segments: Segment[], cls: string): void {
  group
    .selectAll("line")
    .data(segments)
    .join("line")
    .attr("class", cls)
    .attr("x1", (s) => round(s.x1))
    .attr("y1", (s) => round(s.y1))
    .attr("x2", (s) => round(s.x2))
    .attr("y2", (s) => round(s.y2));
}

/** The lifted data as an orthographic 3-D picture: cube, axes, plane or trapping simplex, points. */
export function drawScatter3d(
  svg: SVGSVGElement,
  { data, split, state }: PlotView,
  labels: KernelFeatureMapLabels,
): void {
  const { map, turn } = state;
  const alt = fillLabel(labels.plot3dAlt, {
    map: labels.mapNames[map],
    deg: turn,
    separation: separationText(labels, map, split),
  });
  const root = frame(svg, PLOT_3D.width, PLOT_3D.height, alt).attr("data-plot3d", "");
  const lifted = data.map((p) => phi(map, p.x));
  const { centre, half } = normaliser(lifted);
  const cube = (f: Vec) => [0, 1, 2].map((k) => ((f[k] ?? 0) - centre[k]) / half[k]);
  const view = camera((turn * Math.PI) / 180);
  const at = (p: Vec) => view.project(p);
  const segment = (a: Vec, b: Vec): Segment => {
    const [p, q] = [at(a), at(b)];
    return { x1: p.sx, y1: p.sy, x2: q.sx, y2: q.sy };
  };

  drawSegments(
    part(root, "g", "kf-cubes"),
    CUBE_EDGES.map(([a, b]) => segment(a, b)),
    "kf-cube",
  );
  const axes = labels.axisNames[map].map((name, axis) => {
    const to = [-1, -1, -1];
    to[axis] = 1.25;
    return { name: `φ${axis + 1} = ${name}`, axis, line: segment([-1, -1, -1], to), end: at(to) };
  });
  drawSegments(
    part(root, "g", "kf-axes3"),
    axes.map((a) => a.line),
    "kf-axis3",
  );
  part(root, "g", "kf-axis-titles")
    .selectAll("text")
    .data(axes)
    .join("text")
    .attr("class", "kf-axis-title")
    .attr("x", (a) => round(a.end.sx))
    .attr("y", (a) => round(a.end.sy))
    .attr("text-anchor", "middle")
    .attr("dy", (a) => (a.axis === 2 ? "-0.3em" : "1em"))
    .text((a) => a.name);

  // The plane in cube coordinates: w·f = c becomes Σ w_k·half_k·p_k = c − Σ w_k·centre_k.
  // Points behind it are drawn before it, points on the viewer's side after it.
  let inFront: (p: Vec) => boolean = () => false;
  const planes: string[] = [];
  if (split.kind === "plane") {
    const n = split.normal.map((w, k) => w * half[k]);
    const c = split.threshold - dot(split.normal, centre);
    const viewerSide = Math.sign(dot(n, view.toward));
    inFront = (p) => Math.sign(dot(n, p) - c) === viewerSide;
    planes.push(
      planeInCube(n, c)
        .map((p) => `${round(at(p).sx)},${round(at(p).sy)}`)
        .join(" "),
    );
  }
  const placed = data
    .map((point, index) => ({ point, index, p: cube(lifted[index]) }))
    .map(({ point, index, p }) => ({ index, label: point.label, ...at(p), front: inFront(p) }))
    .sort((a, b) => a.near - b.near);
  drawMarkers(
    part(root, "g", "kf-points kf-points--back"),
    placed.filter((q) => !q.front),
  );
  part(root, "g", "kf-planes")
    .selectAll("polygon")
    .data(planes)
    .join("polygon")
    .attr("class", "kf-plane")
    .attr("points", (points) => points);
  drawMarkers(
    part(root, "g", "kf-points kf-points--front"),
    placed.filter((q) => q.front),
  );

  const witness = split.kind === "witness" ? split : null;
  const corners = witness ? witness.simplex.map((i) => cube(lifted[i])) : [];
  const edges = corners.flatMap((a, i) => corners.slice(i + 1).map((b) => segment(a, b)));
  drawSegments(part(root, "g", "kf-witnesses"), edges, "kf-witness");
  const spot = (i: number) => at(cube(lifted[i]));
  drawRings(part(root, "g", "kf-trap"), witness ? [spot(witness.inside)] : [], "kf-trapped", 6.5);
  drawPicks(part(root, "g", "kf-picks"), spot, state);
}
