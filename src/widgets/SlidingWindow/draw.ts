import { select } from "d3";
import { formatNumber } from "../../viz/format";
import { cellPaint } from "../CellGrid/cells";
import type { CellGridData } from "../CellGrid/paint";
import { fillLabel } from "../parseNumber";
import { drawStepLines } from "../shared/stepLines";
import type { SlidingWindowLabels } from "./labels";
import { filledUpTo, type CellBox, type SlidingFrame, type WindowTerm } from "./model";

/*
 * The sliding window's draw functions and the data of its grids. The build draws the first frame
 * with them (drawnAtBuild, CellGrid.astro), the browser draws every later frame with the same ones
 * on that markup, so drawing one frame twice changes nothing.
 */

/** The input with its padding ring, the window, and the brush's cell (null: not drawing). */
export function inputGrid(
  frame: SlidingFrame,
  labels: SlidingWindowLabels,
  brush: CellBox | null,
): CellGridData {
  return {
    values: frame.input,
    rows: frame.inputSide,
    cols: frame.inputSide,
    scale: frame.scales.x,
    stage: "x",
    label: labels.inputGrid,
    mode: "table",
    padRing: frame.maps.pad,
    boxes: [
      { name: "window", ...frame.window },
      { name: "brush", ...(brush ?? { top: 0, left: 0, height: 1, width: 1 }), hidden: !brush },
    ],
  };
}

/**
 * z1 or a1, computed up to output `filled` (row-major) and empty after it, the window's output
 * boxed: the build shows every output, the browser fills them as the window moves.
 */
export function outputGrid(
  frame: SlidingFrame,
  labels: SlidingWindowLabels,
  stage: "z1" | "a1",
  filled: number,
): CellGridData {
  const { maps, scales } = frame;
  const [map, scale, label] =
    stage === "z1" ? [maps.z, scales.z, labels.zGrid] : [maps.a, scales.a, labels.aGrid];
  return {
    values: filledUpTo(map.data, filled),
    rows: maps.rows,
    cols: maps.cols,
    scale,
    stage,
    label,
    mode: "table",
    boxes: [{ name: "current", ...frame.current }],
  };
}

/** A note under a grid, shown or hidden by the frame (e.g. the padding's, the pending cells'). */
export function drawNote(div: HTMLDivElement, key: string, text: string, shown: boolean): void {
  select(div)
    .attr("class", "sw__note")
    .attr(`data-${key}`, "")
    .attr("hidden", shown ? null : "")
    .text(text);
}

/** The nine input values under the window, in the input's colours; padding cells marked. */
export function drawWindowValues(div: HTMLDivElement, frame: SlidingFrame): void {
  select(div)
    .attr("class", "sw__mini")
    .attr("data-mini", "values")
    .selectChildren<HTMLSpanElement, WindowTerm>("span")
    .data(frame.arith.terms)
    .join("span")
    .attr("style", (t) => {
      const paint = cellPaint(t.value, frame.scales.x);
      return `background: ${paint.background}; color: ${paint.ink}`;
    })
    .attr("data-pad", (t) => (t.padding ? "" : null))
    .text((t) => formatNumber(t.value));
}

/** The nine products of the window's values with the kernel's weights. */
export function drawProducts(div: HTMLDivElement, frame: SlidingFrame): void {
  select(div)
    .attr("class", "sw__mini sw__mini--products")
    .attr("data-mini", "products")
    .selectChildren<HTMLSpanElement, WindowTerm>("span")
    .data(frame.arith.terms)
    .join("span")
    .text((t) => formatNumber(t.product));
}

/** The window's sum, bias and ReLU, one line each. */
export function drawLines(div: HTMLDivElement, frame: SlidingFrame): void {
  const { lines } = frame;
  drawStepLines(select(div).attr("class", "sw__steps"), "sw__line", [
    { key: "s", stage: "s1", text: lines.s },
    { key: "z", stage: "z1", text: lines.z },
    { key: "a", stage: "a1", text: lines.a },
  ]);
}

/** Where the window is: its position in the scan, and its output's row and column. */
export function drawPosition(
  div: HTMLDivElement,
  frame: SlidingFrame,
  labels: SlidingWindowLabels,
): void {
  const { maps, arith } = frame;
  const text = fillLabel(labels.position, {
    n: arith.row * maps.cols + arith.col + 1,
    total: maps.rows * maps.cols,
    r: arith.row + 1,
    c: arith.col + 1,
  });
  select(div).attr("class", "sw__position").attr("data-position", "").text(text);
}
