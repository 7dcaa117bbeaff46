import { select, type Selection } from "d3";
import { part } from "../../viz/part";
import { drawTable } from "../../viz/table";
import type { ConvArithmeticLabels } from "./labels";
import {
  analyse,
  inputScene,
  outputScene,
  sceneLayers,
  type Geometry,
  type GridScene,
  type SceneRect,
} from "./model";
import { explanation, inputAlt, inputCaption, numberRows, outputAlt, outputCaption } from "./text";
import { fillLabel } from "../parseNumber";

/*
 * The figure's draw functions. Each one owns its root element: the build runs it on an empty
 * element (drawnAtBuild) for the first frame, the browser runs it again on that markup for every
 * new geometry, and d3's joins update what is there, so drawing one geometry twice changes nothing.
 */

/** Joins a scene's rectangles into a layer group, in unit cells. */
function drawRects(
  group: Selection<SVGGElement, unknown, SVGSVGElement, unknown>,
  rects: SceneRect[],
): void {
  group
    .selectAll("rect")
    .data(rects)
    .join("rect")
    .attr("class", (r) => `ca-${r.part}`)
    .attr("x", (r) => r.x)
    .attr("y", (r) => r.y)
    .attr("width", (r) => r.w)
    .attr("height", (r) => r.h);
}

/**
 * A grid scene in unit cells (the viewBox is the grid's side): the tinted cells under the cell
 * borders, the borders, then the marks over them. Without a scene the SVG is emptied, except
 * what the window sweep draws after these layers.
 */
function drawScene(svg: SVGSVGElement, scene: GridScene | null): void {
  const root = select<SVGSVGElement, unknown>(svg);
  const side = scene?.side ?? 1;
  root.attr("viewBox", `0 0 ${side} ${side}`);
  if (!scene) {
    root.selectChildren(".ca-under, .ca-lines, .ca-over").remove();
    return;
  }
  const { under, over } = sceneLayers(scene);
  drawRects(part(root, "g", "ca-under"), under);
  part(root, "path", "ca-lines").attr("d", scene.gridLines);
  drawRects(part(root, "g", "ca-over"), over);
}

/** The figure's SVG attributes that do not depend on the geometry. */
function frame(svg: SVGSVGElement, which: "input" | "output", alt: string) {
  return select(svg)
    .classed("ca__svg", true)
    .classed("ca__svg--output", which === "output")
    .attr("data-svg", which)
    .attr("role", "img")
    .attr("aria-label", alt);
}

/** The padded input with the kernel's first and last positions. */
export function drawInputGrid(svg: SVGSVGElement, g: Geometry, labels: ConvArithmeticLabels): void {
  const analysis = analyse(g);
  frame(svg, "input", inputAlt(labels, g, analysis));
  drawScene(svg, inputScene(g, analysis));
}

/**
 * The output grid, drawn at its size relative to the input's (the --fraction of the input's
 * width), or empty when the kernel does not fit.
 */
export function drawOutputGrid(
  svg: SVGSVGElement,
  g: Geometry,
  labels: ConvArithmeticLabels,
): void {
  const analysis = analyse(g);
  const output = outputScene(analysis);
  const fraction = output ? output.side / inputScene(g, analysis).side : 0;
  frame(svg, "output", outputAlt(labels, analysis)).attr("style", `--fraction: ${fraction}`);
  drawScene(svg, output);
}

/**
 * The sentences under the figure, one paragraph each; data-kind lets the first sentence of a
 * result that drops rows, or has no output, stand out.
 */
export function drawExplanation(
  div: HTMLDivElement,
  g: Geometry,
  labels: ConvArithmeticLabels,
): void {
  const analysis = analyse(g);
  select(div)
    .classed("ca__explanation", true)
    .attr("data-explanation", "")
    .attr("data-kind", analysis.kind)
    .selectAll("p")
    .data(explanation(labels, g, analysis))
    .join("p")
    .text((sentence) => sentence);
}

/** A paragraph under a grid: its caption, or the note on cells too fine to outline. */
interface GridNote {
  kind: "caption" | "fine";
  text: string;
  hidden: boolean;
}

function gridNotes(
  which: "input" | "output",
  g: Geometry,
  labels: ConvArithmeticLabels,
): GridNote[] {
  const analysis = analyse(g);
  if (which === "output") {
    return [{ kind: "caption", text: outputCaption(labels, analysis), hidden: false }];
  }
  return [
    { kind: "caption", text: inputCaption(labels, g, analysis), hidden: false },
    {
      kind: "fine",
      text: fillLabel(labels.gridTooFine, { cells: analysis.padded }),
      // Without cell borders (too many cells to draw them) the note says why there are none.
      hidden: inputScene(g, analysis).gridLines !== "",
    },
  ];
}

/** The caption under a grid, and for the input the note when its cells are too fine to outline. */
export function drawGridNotes(
  div: HTMLDivElement,
  which: "input" | "output",
  g: Geometry,
  labels: ConvArithmeticLabels,
): void {
  select(div)
    .attr("class", "ca__grid-notes")
    .attr("data-notes", which)
    .selectChildren("p")
    .data<GridNote>(gridNotes(which, g, labels))
    .join("p")
    .attr("class", (note) => (note.kind === "caption" ? "ca__grid-caption" : "ca__grid-note"))
    .attr("data-caption", (note) => (note.kind === "caption" ? which : null))
    .attr("data-fine", (note) => (note.kind === "fine" ? which : null))
    .attr("hidden", (note) => (note.hidden ? "" : null))
    .text((note) => note.text);
}

/** The table of every size, named, with its value. */
export function drawNumbers(div: HTMLDivElement, g: Geometry, labels: ConvArithmeticLabels): void {
  select(div).attr("class", "ca__table");
  drawTable(div, {
    caption: labels.numbersCaption,
    head: [labels.quantity, labels.value],
    rows: numberRows(labels, g, analyse(g)),
  });
}
