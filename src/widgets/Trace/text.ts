import { formatNumber } from "../../viz/format";
import { factor, productsText } from "../CellGrid/terms";
import { fillLabel } from "../parseNumber";
import type { TraceLabels } from "./labels";
import type { Box, Layer2Term, TraceView } from "./model";

/** The accessible name of a term button: the product, and why it is 0 if ReLU cut it. */
export function termLabel(labels: TraceLabels, term: Layer2Term): string {
  const text = fillLabel(labels.termLabel, {
    k: term.channel + 1,
    r: term.row + 1,
    c: term.col + 1,
    w: formatNumber(term.weight),
    a: formatNumber(term.a1),
    p: formatNumber(term.product),
  });
  if (!term.cut) return text;
  const cut = fillLabel(labels.cutTerm, { z: formatNumber(term.z1) });
  return fillLabel(labels.termWithCut, { term: text, cut });
}

/** z2's lines: s2 as the sum of each map's products, then the bias, then ReLU. */
export function layer2Lines(labels: TraceLabels, view: TraceView) {
  const channels = [...new Set(view.layer2.map((t) => t.channel))];
  const parts = channels
    .map((k) => {
      const sum = view.layer2.filter((t) => t.channel === k).reduce((s, t) => s + t.product, 0);
      return fillLabel(labels.mapPart, { v: formatNumber(sum), k: k + 1 });
    })
    .join(" + ");
  const values = {
    parts,
    s: formatNumber(view.s2),
    b: factor(view.b2),
    z: formatNumber(view.z2),
    a: formatNumber(view.a2),
  };
  return {
    s: fillLabel(labels.s2Line, values),
    z: fillLabel(labels.z2Line, values),
    a: fillLabel(labels.a2Line, values),
  };
}

/** The chosen a1 unit's lines: its nine products with x, the bias, ReLU. */
export function layer1Lines(labels: TraceLabels, view: TraceView) {
  const { via } = view;
  const values = {
    terms: productsText(via.terms),
    s: formatNumber(via.s1),
    b: factor(via.b1),
    z: formatNumber(via.z1),
    a: formatNumber(via.a1),
  };
  return {
    s: fillLabel(labels.s1Line, values),
    z: fillLabel(labels.z1Line, values),
    a: fillLabel(labels.a1Line, values),
  };
}

export function viaHeading(labels: TraceLabels, view: TraceView): string {
  return fillLabel(labels.viaHeading, {
    k: view.via.channel + 1,
    r: view.via.row + 1,
    c: view.via.col + 1,
  });
}

export function layer2Heading(labels: TraceLabels, view: TraceView): string {
  return fillLabel(labels.layer2Heading, {
    stage: view.cursor.stage,
    r: view.cursor.row + 1,
    c: view.cursor.col + 1,
    n: view.layer2.length,
  });
}

/** Rows r1–r2 and columns c1–c2 of a box, counted from 1. */
function span(box: Box) {
  return {
    r1: box.top + 1,
    r2: box.top + box.size,
    c1: box.left + 1,
    c2: box.left + box.size,
    n: box.size * box.size,
  };
}

/** Text alternative of one z1 or a1 map: the window the output reads, and how much ReLU cut. */
export function mapAlt(
  labels: TraceLabels,
  stage: "z1" | "a1",
  k: number,
  size: string,
  view: TraceView,
): string {
  return fillLabel(labels.mapAlt, {
    stage: labels.stageNames[stage],
    k: k + 1,
    size,
    cut: view.layer2.filter((t) => t.channel === k && t.cut).length,
    ...span(view.a1Box),
  });
}

/** Text alternative of x: the receptive field, and how many of its pixels still reach the output. */
export function inputAlt(labels: TraceLabels, size: string, view: TraceView): string {
  return fillLabel(labels.inputAlt, {
    stage: labels.stageNames.x,
    size,
    live: view.sensitive.filter(Boolean).length,
    ...span(view.xBox),
  });
}

/** What the live region says when the output cursor moves. */
export function announceOutput(labels: TraceLabels, view: TraceView): string {
  const { cursor } = view;
  return fillLabel(labels.announce, {
    stage: cursor.stage,
    r: cursor.row + 1,
    c: cursor.col + 1,
    v: formatNumber(cursor.stage === "a2" ? view.a2 : view.z2),
    cut: view.layer2.filter((t) => t.cut).length,
    ...span(view.xBox),
    n: view.layer2.length,
  });
}

/** What the live region says when another a1 unit is chosen. */
export function announceVia(labels: TraceLabels, view: TraceView): string {
  const { via } = view;
  return fillLabel(labels.announceVia, {
    k: via.channel + 1,
    r: via.row + 1,
    c: via.col + 1,
    a: formatNumber(via.a1),
    terms: via.terms.map((t) => `${formatNumber(t.weight)} × ${formatNumber(t.value)}`).join(" + "),
    s: formatNumber(via.s1),
    b: formatNumber(via.b1),
    z: formatNumber(via.z1),
  });
}

export type GridKey = "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown" | "Home" | "End";
export const GRID_KEYS: readonly string[] = [
  "ArrowLeft",
  "ArrowRight",
  "ArrowUp",
  "ArrowDown",
  "Home",
  "End",
];

/**
 * Where focus goes in a grid of cells on a key press, as in the ARIA grid pattern: arrows stop
 * at the edges, Home/End go to the ends of the row, with Ctrl to the first and last cell.
 */
export function gridMove(
  index: number,
  key: GridKey,
  rows: number,
  cols: number,
  ctrl = false,
): number {
  const row = Math.floor(index / cols);
  const col = index % cols;
  switch (key) {
    case "ArrowLeft":
      return col > 0 ? index - 1 : index;
    case "ArrowRight":
      return col < cols - 1 ? index + 1 : index;
    case "ArrowUp":
      return row > 0 ? index - cols : index;
    case "ArrowDown":
      return row < rows - 1 ? index + cols : index;
    case "Home":
      return ctrl ? 0 : row * cols;
    case "End":
      return ctrl ? rows * cols - 1 : row * cols + cols - 1;
  }
}
