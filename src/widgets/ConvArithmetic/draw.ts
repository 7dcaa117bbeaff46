import { select, type Selection } from "d3";
import { part } from "../../viz/part";
import type { ConvArithmeticLabels } from "./labels";
import {
  analyse,
  type FormulaNumbers,
  inputScene,
  outputScene,
  sceneLayers,
  type Geometry,
  type GridScene,
  type SceneRect,
} from "./model";
import { explanation, inputAlt, outputAlt } from "./text";

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

function span(className: string, ...children: (Node | string)[]): HTMLSpanElement {
  const node = document.createElement("span");
  node.className = className;
  node.append(...children);
  return node;
}

const minus = (value: number) => String(value).replace("-", "\u2212");
const italic = (name: string) => span("caf__var", name);

function fraction(top: (Node | string)[], bottom: (Node | string)[]): HTMLSpanElement {
  return span("caf__frac", span("caf__num", ...top), span("caf__den", ...bottom));
}

function floored(...inside: (Node | string)[]): (Node | string)[] {
  return [span("caf__floor", "⌊"), ...inside, span("caf__floor", "⌋"), " + 1"];
}

/**
 * The substituted formula as typeset HTML (KaTeX's browser bundle is ~270 KB, too much for one
 * line): each "= …" step is a chunk that wraps as a whole on narrow screens.
 */
export function formulaNodes(g: Geometry, numbers: FormulaNumbers): HTMLElement[] {
  const { n, k, s, p, d } = g;
  const chunks: HTMLElement[] = [
    span(
      "caf__step",
      italic("o"),
      " = ",
      ...floored(fraction([`${n} + 2·${p} − ${d}·(${k} − 1) − 1`], [String(s)])),
    ),
    span("caf__step", "= ", ...floored(fraction([minus(numbers.numerator)], [String(s)]))),
  ];
  if (numbers.output !== null) {
    if (s !== 1) {
      const dots = numbers.approximate ? "…" : "";
      chunks.push(
        span("caf__step", "= ", ...floored(`${minus(Number(numbers.quotientText))}${dots}`)),
      );
    }
    chunks.push(span("caf__step", `= ${numbers.output}`));
  }
  return chunks;
}
