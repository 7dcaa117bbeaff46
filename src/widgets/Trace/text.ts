import { formatNumber, formatSize } from "../../viz/format";
import { factor, productsText } from "../CellGrid/terms";
import { fillLabel } from "../parseNumber";
import type { TraceLabels } from "./labels";
import type { TraceFrame } from "./frame";
import type { Box, Layer2Term, TraceView } from "./model";

/** What conv2 reads: a1, or p1 when the network pools. */
export function sourceStage(view: TraceView): "a1" | "p1" {
  return view.pooled ? "p1" : "a1";
}

/** The accessible name of a stage's colour legend. */
export function legendLabel(labels: TraceLabels, stage: keyof TraceLabels["stageNames"]): string {
  return fillLabel(labels.legendFor, { stage: labels.stageNames[stage] });
}

/** The accessible name of a term button: the product, and why it is 0 if padding or ReLU made it so. */
export function termLabel(labels: TraceLabels, term: Layer2Term, source: "a1" | "p1"): string {
  const text = fillLabel(labels.termLabel, {
    source,
    k: term.channel + 1,
    r: term.row + 1,
    c: term.col + 1,
    w: formatNumber(term.weight),
    a: formatNumber(term.value),
    p: formatNumber(term.product),
  });
  if (term.pad) return fillLabel(labels.termWithCut, { term: text, cut: labels.padTerm });
  if (!term.cut || !term.source) return text;
  const cut = fillLabel(labels.cutTerm, { z: formatNumber(term.source.z1) });
  return fillLabel(labels.termWithCut, { term: text, cut });
}

/** The two lines of a term button: its factors, and the product. */
export function termText(term: Layer2Term): { factors: string; product: string } {
  return {
    factors: `${formatNumber(term.weight)} × ${formatNumber(term.value)}`,
    product: `= ${formatNumber(term.product)}`,
  };
}

/** The names of the output grid's cells: stage, map, row and column in the full map, value. */
export function outputCellLabels(labels: TraceLabels, frame: TraceFrame): string[] {
  const { output } = frame.crops;
  const { stage, map } = frame.view.cursor;
  return frame.output.map((v, n) =>
    fillLabel(labels.cellLabel, {
      stage,
      m: map + 1,
      r: output.top + Math.floor(n / output.size) + 1,
      c: output.left + (n % output.size) + 1,
      v: formatNumber(v ?? 0),
    }),
  );
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

/** The chosen a1 unit's lines: its products with x (0 in the padding), the bias, ReLU. */
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
    m: view.cursor.map + 1,
    source: sourceStage(view),
    r: view.cursor.row + 1,
    c: view.cursor.col + 1,
    n: view.layer2.length,
  });
}

/** Rows r1–r2 and columns c1–c2 of the part of a box inside a rows × cols map, counted from 1; n cells. */
function span(box: Box, rows: number, cols: number) {
  const r1 = Math.max(box.top, 0) + 1;
  const r2 = Math.min(box.top + box.size, rows);
  const c1 = Math.max(box.left, 0) + 1;
  const c2 = Math.min(box.left + box.size, cols);
  return { r1, r2, c1, c2, n: (r2 - r1 + 1) * (c2 - c1 + 1) };
}

/** Where a cropped grid lies in its full map, e.g. "Rows 15–26, columns 10–21 of 64 × 64". */
export function cropText(labels: TraceLabels, crop: Box, rows: number, cols: number): string {
  return fillLabel(labels.crop, {
    ...span(crop, rows, cols),
    size: formatSize(rows, cols, labels.lang),
  });
}

/** Text alternative of one z1 or a1 map: the window the output reads, and how much ReLU cut. */
export function mapAlt(
  labels: TraceLabels,
  stage: "z1" | "a1",
  k: number,
  [rows, cols]: readonly number[],
  view: TraceView,
): string {
  return fillLabel(labels.mapAlt, {
    stage: labels.stageNames[stage],
    k: k + 1,
    size: formatSize(rows, cols, labels.lang),
    cut: view.layer2.filter((t) => t.channel === k && t.cut).length,
    ...span(view.a1Box, rows, cols),
  });
}

/** Text alternative of x: the receptive field, and how many of its pixels still reach the output. */
export function inputAlt(
  labels: TraceLabels,
  [rows, cols]: readonly number[],
  view: TraceView,
): string {
  return fillLabel(labels.inputAlt, {
    stage: labels.stageNames.x,
    size: formatSize(rows, cols, labels.lang),
    live: view.sensitive.filter(Boolean).length,
    ...span(view.xBox, rows, cols),
  });
}

/** What the live region says when the output cursor moves. */
export function announceOutput(
  labels: TraceLabels,
  view: TraceView,
  [rows, cols]: readonly number[],
): string {
  const { cursor } = view;
  return fillLabel(labels.announce, {
    stage: cursor.stage,
    m: cursor.map + 1,
    r: cursor.row + 1,
    c: cursor.col + 1,
    v: formatNumber(cursor.stage === "a2" ? view.a2 : view.z2),
    cut: view.layer2.filter((t) => t.cut).length,
    ...span(view.xBox, rows, cols),
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
