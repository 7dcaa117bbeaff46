import type { FeatureMapId } from "./model";

/** Every visible or spoken word of the kernel feature-map widget; each edition passes its own. */
export interface KernelFeatureMapLabels {
  caption: string;
  mapLegend: string;
  mapNames: Record<FeatureMapId, string>;
  /** Short names of the lifted axes φ1, φ2, φ3 (the identity has two). */
  axisNames: Record<FeatureMapId, string[]>;
  kernelFormulas: Record<FeatureMapId, string>;
  /** The closed form with its numbers: {xy}, {nx}, {ny}, {p1}, {p2}. */
  kernelWorkings: Record<FeatureMapId, string>;
  plot2dTitle: string;
  plot3dTitle: string;
  plot2dAlt: string;
  plot3dAlt: string;
  classNames: { inner: string; outer: string };
  keyBoundary: string;
  keyWitness: string;
  turn: string;
  degrees: string;
  pickLegend: string;
  pickHint: string;
  pointField: string;
  previous: string;
  next: string;
  pointLine: string;
  phiLine: string;
  innerProduct: string;
  kernelLine: string;
  kernelLineShort: string;
  agree: string;
  disagree: string;
  separatedPlane: string;
  planeNames: Partial<Record<FeatureMapId, string>>;
  circleNote: string;
  witness2d: string;
  witness3d: string;
  unknown: string;
  /** A list of point numbers: "{rest} and {last}". */
  listJoin: string;
  pointOutOfRange: string;
  errors: Record<"empty" | "notANumber", string>;
  keptValue: string;
  statusMap: string;
  statusPick: string;
  statusTurn: string;
  fallback: string;
  dataSummary: string;
  dataCaption: string;
  point: string;
  ring: string;
}

export const kernelFeatureMapEn: KernelFeatureMapLabels = {
  caption:
    "Two rings of points that no straight line can split, and what a feature map φ does to them. Choose φ, turn the lifted picture, and pick two points to compare their inner product after φ with the kernel formula.",
  mapLegend: "Feature map φ",
  mapNames: {
    identity: "φ(x) = (x1, x2), the identity",
    lift: "φ(x) = (x1, x2, x1² + x2²)",
    poly2: "φ(x) = (x1², x2², √2·x1x2), the degree-2 polynomial kernel",
    product: "φ(x) = (x1, x2, x1·x2)",
  },
  axisNames: {
    identity: ["x1", "x2"],
    lift: ["x1", "x2", "x1² + x2²"],
    poly2: ["x1²", "x2²", "√2·x1x2"],
    product: ["x1", "x2", "x1·x2"],
  },
  kernelFormulas: {
    identity: "x·y",
    lift: "x·y + ‖x‖²‖y‖²",
    poly2: "(x·y)²",
    product: "(1 + x1y1)(1 + x2y2) − 1",
  },
  kernelWorkings: {
    identity: "{xy}",
    lift: "{xy} + {nx} × {ny}",
    poly2: "({xy})²",
    product: "(1 + {p1})(1 + {p2}) − 1",
  },
  plot2dTitle: "The data, x in the plane",
  plot3dTitle: "The data after φ",
  plot2dAlt:
    "Scatter plot of {n} points in the plane: an inner ring (blue circles) around the origin and an outer ring (orange triangles) around it. x is point {x}, y is point {y}.",
  plot3dAlt: "The same points after {map}, seen from {deg}°. {separation}",
  classNames: { inner: "inner ring", outer: "outer ring" },
  keyBoundary: "separating plane, and the circle it cuts out of the plane",
  keyWitness: "outer points that trap an inner point: no line or plane can separate",
  turn: "Turn the lifted view",
  degrees: "{deg}°",
  pickLegend: "A click on the left plot picks",
  pickHint: "or choose by number:",
  pointField: "Point {which}",
  previous: "Previous point for {which}",
  next: "Next point for {which}",
  pointLine: "{which} = point {n} ({ring}) = ({x1}, {x2})",
  phiLine: "φ({which}) = ({values})",
  innerProduct: "⟨φ(x), φ(y)⟩ = {terms} = {value}",
  kernelLine: "k(x, y) = {formula} = {working} = {value}",
  kernelLineShort: "k(x, y) = {formula} = {value}",
  agree:
    "The two agree to within 10⁻¹²: the formula gives the inner product of the lifted points without ever computing φ.",
  disagree: "The two differ by {diff}.",
  separatedPlane:
    "Separated: yes, by the plane {plane} = {c}. Every inner-ring point lies below it and every outer-ring point above, with a gap of {margin} on each side.",
  planeNames: { lift: "φ3", poly2: "φ1 + φ2" },
  circleNote: "Back in the plane, that plane is the circle x1² + x2² = {c}: a curve, not a line.",
  witness2d:
    "Separated: no, no line can. Inner-ring point {inside} lies inside the triangle of outer-ring points {corners} (dashed). A line with all outer points on one side has that whole triangle on that side, and point {inside} with it.",
  witness3d:
    "Separated: no, no plane can. Inner-ring point {inside} lies inside the tetrahedron of outer-ring points {corners} (dashed). A plane with all outer points on one side has that whole tetrahedron on that side, and point {inside} with it.",
  unknown:
    "Separated: not decided. No separating plane was found for this φ, and no proof that none exists.",
  listJoin: "{rest} and {last}",
  pointOutOfRange: "Use a point number from 1 to {n}.",
  errors: {
    empty: "Type a point number, for example 12.",
    notANumber: "That is not a point number. Use digits only.",
  },
  keptValue: "The figure still shows point {value}.",
  statusMap: "{map}. {separation}",
  statusPick: "x is point {x}, y is point {y}; k(x, y) = {value}.",
  statusTurn: "Lifted view turned to {deg}°.",
  fallback:
    "The link asked for a setting this figure does not have, so it shows the default for that part instead.",
  dataSummary: "The data and its image under φ",
  dataCaption: "Every point, its ring, its coordinates and φ of it",
  point: "Point",
  ring: "Ring",
};
