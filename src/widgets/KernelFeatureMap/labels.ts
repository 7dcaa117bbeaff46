import type { Lang } from "../../i18n";
import type { FieldError } from "../parseNumber";
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
  /** A list of point numbers: "{rest} and {last}", the rest joined by listSeparator. */
  listJoin: string;
  listSeparator: string;
  pointOutOfRange: string;
  errors: Record<Exclude<FieldError, "outOfRange">, string>;
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
  listSeparator: ", ",
  pointOutOfRange: "Use a point number from 1 to {n}.",
  errors: {
    empty: "Type a point number, for example 12.",
    notANumber: "That is not a point number. Use digits only.",
    decimalComma: "Type the point number without a comma.",
  },
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

export const kernelFeatureMapJa: KernelFeatureMapLabels = {
  caption:
    "どんな直線でも分けられない2つの輪の点に、特徴写像φが何をするかを示す。φを選び、持ち上げた図を回し、2点を選ぶと、φで写した後の内積とカーネルの式の値を比べられる。",
  mapLegend: "特徴写像φ",
  mapNames: {
    identity: "φ(x) = (x1, x2)、恒等写像",
    lift: "φ(x) = (x1, x2, x1² + x2²)",
    poly2: "φ(x) = (x1², x2², √2·x1x2)、2次の多項式カーネル",
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
  plot2dTitle: "データ：平面上のx",
  plot3dTitle: "φで写した後のデータ",
  plot2dAlt:
    "平面上の{n}個の点の散布図：原点を囲む内側の輪（青い丸）と、それを囲む外側の輪（オレンジの三角）。xは点{x}、yは点{y}。",
  plot3dAlt: "{map}で写した同じ点を、{deg}°の向きから見たもの。{separation}",
  classNames: { inner: "内側の輪", outer: "外側の輪" },
  keyBoundary: "分離する平面と、それが元の平面から切り出す円",
  keyWitness: "内側の点を囲い込む外側の点：どんな直線や平面でも分けられない",
  turn: "持ち上げた図を回す",
  degrees: "{deg}°",
  pickLegend: "左の図のクリックで選ぶ点",
  pickHint: "または番号で選ぶ：",
  pointField: "点{which}",
  previous: "{which}の前の点",
  next: "{which}の次の点",
  pointLine: "{which} = 点{n}（{ring}）= ({x1}, {x2})",
  phiLine: "φ({which}) = ({values})",
  innerProduct: "⟨φ(x), φ(y)⟩ = {terms} = {value}",
  kernelLine: "k(x, y) = {formula} = {working} = {value}",
  kernelLineShort: "k(x, y) = {formula} = {value}",
  agree:
    "両者は10⁻¹²以内で一致する。カーネルの式は、φを一度も計算せずに、持ち上げた点どうしの内積を与える。",
  disagree: "両者の差は{diff}。",
  separatedPlane:
    "分離できるか：できる。平面{plane} = {c}で分けられる。内側の輪の点はすべてその下に、外側の輪の点はすべてその上にあり、両側に{margin}の隙間がある。",
  planeNames: { lift: "φ3", poly2: "φ1 + φ2" },
  circleNote: "元の平面に戻すと、その平面は円x1² + x2² = {c}になる。直線ではなく曲線である。",
  witness2d:
    "分離できるか：できない。どんな直線でも分けられない。内側の輪の点{inside}は、外側の輪の点{corners}が作る三角形（破線）の内部にある。外側の点をすべて片側に置く直線は、その三角形全体を同じ側に置くので、点{inside}も同じ側に来る。",
  witness3d:
    "分離できるか：できない。どんな平面でも分けられない。内側の輪の点{inside}は、外側の輪の点{corners}が作る四面体（破線）の内部にある。外側の点をすべて片側に置く平面は、その四面体全体を同じ側に置くので、点{inside}も同じ側に来る。",
  unknown:
    "分離できるか：未決定。このφでは分離する平面が見つからず、存在しないことの証明も得られていない。",
  listJoin: "{rest}、{last}",
  listSeparator: "、",
  pointOutOfRange: "1から{n}までの点の番号を使ってください。",
  errors: {
    empty: "点の番号を入力してください（例：12）。",
    notANumber: "点の番号ではありません。数字だけを使ってください。",
    decimalComma: "カンマを使わずに点の番号を入力してください。",
  },
  statusMap: "{map}。{separation}",
  statusPick: "xは点{x}、yは点{y}で、k(x, y) = {value}です。",
  statusTurn: "持ち上げた図を{deg}°に回しました。",
  fallback:
    "このリンクはこの図にない設定を指定していたため、その部分は既定の設定で表示しています。",
  dataSummary: "データとφによる像",
  dataCaption: "すべての点と、その輪、座標、φで写した値",
  point: "点",
  ring: "輪",
};

export const kernelFeatureMapLabels: Record<Lang, KernelFeatureMapLabels> = {
  en: kernelFeatureMapEn,
  ja: kernelFeatureMapJa,
};
