import { formatNumber } from "../../viz/format";
import { fillLabel } from "../parseNumber";
import { joinSentences } from "../shared/sentences";
import type { KernelFeatureMapLabels } from "./labels";
import {
  dot,
  kernel,
  kernelParts,
  phi,
  type DataPoint,
  type FeatureMapId,
  type Separation,
} from "./model";
import type { Picks } from "./plots";

/** Numbers in a formula: a negative one in parentheses, so that "+ (−0.5)" reads right. */
function term(v: number): string {
  const text = formatNumber(v, 4);
  return v < 0 && text !== "0" ? `(${text})` : text;
}

export interface PickInfo {
  /** One line per picked point: where it is, and φ of it. */
  points: { which: "x" | "y"; point: string; phi: string }[];
  innerProduct: string;
  kernel: string;
  agreement: string;
  /** k(x, y), for the status line. */
  value: number;
}

/** Everything the panel says about the two picked points under one feature map. */
export function pickInfo(
  labels: KernelFeatureMapLabels,
  map: FeatureMapId,
  data: readonly DataPoint[],
  picks: Picks,
): PickInfo {
  const x = data[picks.x].x;
  const y = data[picks.y].x;
  const fx = phi(map, x);
  const fy = phi(map, y);
  const product = dot(fx, fy);
  const closed = kernel(map, x, y);
  const parts = Object.fromEntries(
    Object.entries(kernelParts(map, x, y)).map(([k, v]) => [k, term(v)]),
  );
  const difference = Math.abs(product - closed);
  const points = (["x", "y"] as const).map((which) => {
    const index = picks[which];
    const p = data[index];
    return {
      which,
      point: fillLabel(labels.pointLine, {
        which,
        n: index + 1,
        ring: p.label === 0 ? labels.classNames.inner : labels.classNames.outer,
        x1: formatNumber(p.x[0]),
        x2: formatNumber(p.x[1]),
      }),
      phi: fillLabel(labels.phiLine, {
        which,
        values: phi(map, p.x)
          .map((v) => formatNumber(v))
          .join(", "),
      }),
    };
  });
  return {
    points,
    innerProduct: fillLabel(labels.innerProduct, {
      terms: fx.map((a, k) => `${term(a)}·${term(fy[k])}`).join(" + "),
      value: formatNumber(product, 4),
    }),
    kernel: kernelLine(labels, map, parts, closed),
    // Floating-point sums in a different order may differ in the last bits, never more.
    agreement:
      difference <= 1e-12 * Math.max(1, Math.abs(product))
        ? labels.agree
        : fillLabel(labels.disagree, { diff: formatNumber(difference) }),
    value: closed,
  };
}

/** k(x, y) = formula = working = value, without the working when it is the value itself. */
function kernelLine(
  labels: KernelFeatureMapLabels,
  map: FeatureMapId,
  parts: Record<string, string>,
  value: number,
): string {
  const formula = labels.kernelFormulas[map];
  const working = fillLabel(labels.kernelWorkings[map], parts);
  const result = formatNumber(value, 4);
  return working === result
    ? fillLabel(labels.kernelLineShort, { formula, value: result })
    : fillLabel(labels.kernelLine, { formula, working, value: result });
}

/** The verdict on separability, in words, with its proof or its plane. */
export function separationText(
  labels: KernelFeatureMapLabels,
  map: FeatureMapId,
  separation: Separation,
): string {
  switch (separation.kind) {
    case "plane": {
      const c = formatNumber(separation.threshold);
      const plane = fillLabel(labels.separatedPlane, {
        plane: labels.planeNames[map] ?? "",
        c,
        margin: formatNumber(separation.margin),
      });
      return joinSentences(plane, fillLabel(labels.circleNote, { c }));
    }
    case "witness": {
      const corners = separation.simplex.map((i) => i + 1).sort((a, b) => a - b);
      const list = fillLabel(labels.listJoin, {
        rest: corners.slice(0, -1).join(labels.listSeparator),
        last: corners[corners.length - 1],
      });
      return fillLabel(corners.length === 3 ? labels.witness2d : labels.witness3d, {
        inside: separation.inside + 1,
        corners: list,
      });
    }
    case "unknown":
      return labels.unknown;
  }
}
