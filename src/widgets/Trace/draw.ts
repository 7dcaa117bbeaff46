import { select, type Selection } from "d3";
import { part } from "../../viz/part";
import { drawNamedLegend } from "../../viz/legend";
import { drawCellGrid, type CellGridData, type GridBox } from "../CellGrid/paint";
import { fillLabel } from "../parseNumber";
import { drawStepLines } from "../shared/stepLines";
import { inCrop, type TraceFrame } from "./frame";
import { OUTPUT_STAGES, type Box, type Layer2Term, type TraceView } from "./model";
import type { TraceLabels } from "./labels";
import {
  cropText,
  inputAlt,
  layer1Lines,
  layer2Heading,
  layer2Lines,
  legendLabel,
  mapAlt,
  outputCellLabels,
  sourceStage,
  termLabel,
  termText,
  viaHeading,
} from "./text";

/*
 * The trace's draw functions and the data of its grids. The build draws the first frame with
 * them (drawnAtBuild, CellGrid.astro), the browser draws every later frame with the same ones
 * on that markup, so drawing one frame twice changes nothing.
 */

function gridBox(name: string, box: Box, hidden = false): GridBox {
  return { name, top: box.top, left: box.left, height: box.size, width: box.size, hidden };
}

/** x's neighbourhood: the receptive field, the chosen a1 unit's window, the cut pixels. */
export function inputGrid(frame: TraceFrame, labels: TraceLabels): CellGridData {
  const { view, crops } = frame;
  return {
    values: frame.x.values,
    rows: crops.x.size,
    cols: crops.x.size,
    scale: frame.scales.x,
    stage: "x",
    label: inputAlt(labels, frame.shapes.x, view),
    mode: "img",
    marks: frame.x.marks,
    boxes: [
      gridBox("field", inCrop(view.xBox, crops.x)),
      gridBox("via", inCrop(view.via.xBox, crops.x)),
    ],
  };
}

/** Map k of z1 or a1: the window conv2 reads, and the chosen unit when it is in this map. */
export function layer1Grid(
  frame: TraceFrame,
  labels: TraceLabels,
  stage: "z1" | "a1",
  k: number,
): CellGridData {
  const { view, crops } = frame;
  const via = inCrop({ top: view.via.row, left: view.via.col, size: 1 }, crops.layer1);
  return {
    values: frame[stage][k].values,
    rows: crops.layer1.size,
    cols: crops.layer1.size,
    scale: frame.scales[stage],
    stage,
    k,
    label: mapAlt(labels, stage, k, frame.shapes.layer1, view),
    mode: "img",
    marks: frame[stage][k].marks,
    boxes: [
      gridBox("field", inCrop(view.a1Box, crops.layer1)),
      gridBox("via", via, k !== view.via.channel),
    ],
  };
}

/** The output's window: one button per cell, the cursor boxed. */
function outputGrid(frame: TraceFrame, labels: TraceLabels): CellGridData {
  const { cursor } = frame.view;
  const crop = frame.crops.output;
  return {
    values: frame.output,
    rows: crop.size,
    cols: crop.size,
    scale: frame.scales[cursor.stage],
    stage: "out",
    label: fillLabel(labels.outputGrid, { stage: labels.stageNames[cursor.stage] }),
    mode: "buttons",
    cellLabels: outputCellLabels(labels, frame),
    boxes: [gridBox("cursor", inCrop({ top: cursor.row, left: cursor.col, size: 1 }, crop))],
  };
}

/** Where a column's neighbourhood lies in its full map, under the grid. */
export function drawCrop(
  div: HTMLDivElement,
  frame: TraceFrame,
  labels: TraceLabels,
  column: "x" | "z1" | "a1" | "out",
): void {
  const { crops, shapes } = frame;
  const [crop, [rows, cols]] =
    column === "x"
      ? [crops.x, shapes.x]
      : column === "out"
        ? [crops.output, shapes.output]
        : [crops.layer1, shapes.layer1];
  select(div)
    .attr("class", "tr__crop")
    .attr("data-crop", column)
    .text(cropText(labels, crop, rows, cols));
}

/**
 * The output's column: the stage's name and colour, the window of z2 or a2, where it lies, and
 * the legend of the stage shown (both are drawn, one hidden, so switching keeps them in place).
 */
export function drawOutputColumn(div: HTMLDivElement, frame: TraceFrame, labels: TraceLabels) {
  const { stage } = frame.view.cursor;
  const root = select(div)
    .attr("class", "tr__col tr__col--out")
    .attr("data-stage", stage)
    .attr("data-output-column", "");
  part(root, "span", "tr__name").attr("data-output-name", "").text(labels.stageNames[stage]);
  const output = part(root, "div", "tr__output").attr("data-output", "").node()!;
  drawCellGrid(part(select(output), "div", "cg").node()!, outputGrid(frame, labels));
  drawCrop(part(root, "div", "tr__crop").node()!, frame, labels, "out");
  root
    .selectChildren<HTMLDivElement, (typeof OUTPUT_STAGES)[number]>("div.tr__legend")
    .data(OUTPUT_STAGES)
    .join("div")
    .attr("class", "tr__legend")
    .attr("data-legend-for", (s) => s)
    .attr("hidden", (s) => (s === stage ? null : ""))
    .each(function (s) {
      const legend = part(select(this), "div", "legend").node()!;
      drawNamedLegend(legend, s, legendLabel(labels, s), frame.scales[s]);
    });
}

/** Whether a term is the one whose a1 unit (or p1 value) the reader chose. */
function isChosen(term: Layer2Term, view: TraceView): boolean {
  const { via } = view;
  return term.channel === via.channel && term.i === via.i && term.j === via.j;
}

/**
 * The output's computation: a heading, the k·k·C products as buttons in one group per map (one
 * tab stop per map: the chosen term, else the map's first), the sum, bias and ReLU, and the note
 * when ReLU cut the output. A button drawn here starts disabled, as at build: the widget enables it.
 */
export function drawLayer2(div: HTMLDivElement, view: TraceView, labels: TraceLabels): void {
  const source = sourceStage(view);
  const root = select(div).attr("class", "tr__steps").attr("data-work", "layer2");
  part(root, "h3", "tr__heading").attr("data-heading", "layer2").text(layer2Heading(labels, view));
  const channels = [...new Set(view.layer2.map((t) => t.channel))];
  const maps = part(root, "div", "tr__term-maps")
    .selectChildren<HTMLDivElement, number>("div.tr__term-map")
    .data(channels)
    .join("div")
    .attr("class", "tr__term-map");
  const name = (k: number) => fillLabel(labels.termsOfMap, { source, k: k + 1 });
  maps.each(function (k) {
    const map = select(this);
    part(map, "span", "tr__map-name").attr("data-terms-name", k).text(name(k));
    const group = part(map, "div", "tr__terms")
      .attr("role", "group")
      .attr("aria-label", name(k))
      .attr("data-terms", k);
    const terms = view.layer2.filter((t) => t.channel === k);
    const chosenHere = terms.some((t) => isChosen(t, view));
    const buttons = group
      .selectChildren<HTMLButtonElement, Layer2Term>("button.tr__term")
      .data(terms)
      .join((enter) => enter.append("button").attr("type", "button").attr("disabled", ""))
      .attr("class", "tr__term")
      .attr("data-term", (t) => `${t.channel},${t.i},${t.j}`)
      .attr("data-cut", (t) => (t.cut ? "" : null))
      .attr("data-pad", (t) => (t.pad ? "" : null))
      .attr("aria-label", (t) => termLabel(labels, t, source))
      .attr("aria-pressed", (t) => String(isChosen(t, view)))
      .attr("tabindex", (t, n) => (isChosen(t, view) || (!chosenHere && n === 0) ? 0 : -1));
    buttons.each(function (t) {
      const text = termText(t);
      const button = select(this);
      part(button, "span", "tr__factors").attr("data-part", "factors").text(text.factors);
      part(button, "span", "tr__product").attr("data-part", "product").text(text.product);
    });
  });
  drawSteps(root, 2, layer2Lines(labels, view), {
    hook: "data-output-cut",
    shown: view.outputCut,
    text: labels.outputCut,
  });
}

/** The chosen a1 unit's computation: a heading, its products with x, bias and ReLU, the cut note. */
export function drawVia(div: HTMLDivElement, view: TraceView, labels: TraceLabels): void {
  const root = select(div).attr("class", "tr__steps").attr("data-work", "via");
  part(root, "h3", "tr__heading").attr("data-heading", "via").text(viaHeading(labels, view));
  drawSteps(root, 1, layer1Lines(labels, view), {
    hook: "data-via-cut",
    shown: view.via.cut,
    text: labels.viaCut,
  });
}

/**
 * A computation's last rows, shared by both layers: the sum (s), the bias added (z), ReLU (a),
 * each coloured by its stage of that layer, then the note shown when ReLU cut the value.
 */
function drawSteps(
  root: Selection<HTMLDivElement, unknown, null, undefined>,
  layer: 1 | 2,
  lines: { s: string; z: string; a: string },
  cut: { hook: string; shown: boolean; text: string },
): void {
  drawStepLines(
    root,
    "tr__line",
    (["s", "z", "a"] as const).map((k) => ({
      key: `${k}${layer}`,
      stage: `${k}${layer}`,
      text: lines[k],
    })),
  );
  part(root, "p", "tr__cut")
    .attr(cut.hook, "")
    .attr("hidden", cut.shown ? null : "")
    .text(cut.text);
}
