import { select } from "d3";
import { formatNumber } from "../../viz/format";
import { part } from "../../viz/part";
import { drawTable } from "../../viz/table";
import { fillLabel } from "../parseNumber";
import { pickInfo, separationText } from "./info";
import type { KernelFeatureMapLabels } from "./labels";
import { phi } from "./model";
import { placeMarkers, type PlotView } from "./plots";
import { TURN_STEP } from "./state";

/*
 * The figure's words and numbers beside the plots, one draw function each: the build runs it on
 * an empty element (drawnAtBuild), the browser on that markup after every change.
 */

/** An entry of the key: its sample mark, its words, and whether this map's picture has it. */
interface KeyItem {
  id: "inner" | "outer" | "plane" | "witness";
  text: string;
  shown: boolean;
}

/** The sample mark of a key entry, in a 12 × 12 box: a marker, the plane or the witness line. */
function drawSample(svg: SVGSVGElement, id: KeyItem["id"]): void {
  const root = select(svg).attr("viewBox", "0 0 12 12").attr("aria-hidden", "true");
  if (id === "inner" || id === "outer") {
    const label: 0 | 1 = id === "inner" ? 0 : 1;
    // The triangle's centroid sits below its box's middle: half a unit lower looks centred.
    placeMarkers(root.selectChildren("path").data([{ label }]).join("path"), () => [
      6,
      6 + label / 2,
    ]);
  } else if (id === "plane") {
    part(root, "rect", "kf-plane").attr("x", 1).attr("y", 1).attr("width", 10).attr("height", 10);
  } else {
    part(root, "line", "kf-witness").attr("x1", 1).attr("y1", 6).attr("x2", 11).attr("y2", 6);
  }
}

/** The key to the plots' marks, and the verdict on separability under the state's map. */
export function drawSeparation(
  div: HTMLDivElement,
  { split, state }: PlotView,
  labels: KernelFeatureMapLabels,
): void {
  const root = select(div).attr("class", "kf__separation");
  const items: KeyItem[] = [
    { id: "inner", text: labels.classNames.inner, shown: true },
    { id: "outer", text: labels.classNames.outer, shown: true },
    { id: "plane", text: labels.keyBoundary, shown: split.kind === "plane" },
    { id: "witness", text: labels.keyWitness, shown: split.kind === "witness" },
  ];
  part(root, "ul", "kf__key")
    .selectChildren("li")
    .data(items)
    .join("li")
    .attr("data-key", (item) => item.id)
    .attr("hidden", (item) => (item.shown ? null : ""))
    .each(function (item) {
      const li = select(this);
      drawSample(part(li, "svg", "kf__sample").node()!, item.id);
      part(li, "span", "kf__key-name").text(item.text);
    });
  part(root, "p", "kf__verdict")
    .attr("data-verdict", "")
    .text(separationText(labels, state.map, split));
}

/** The readout of the two picked points: where they are, φ of them, ⟨φ(x), φ(y)⟩ and k(x, y). */
export function drawPickReadout(
  div: HTMLDivElement,
  { data, state }: PlotView,
  labels: KernelFeatureMapLabels,
): void {
  const info = pickInfo(labels, state.map, data, state);
  // Paragraphs of lines; each line's data-line names it for tests and for the reader's tools.
  const paragraphs = [
    ...info.points.map((p) => [
      { line: `point-${p.which}`, text: p.point },
      { line: `phi-${p.which}`, text: p.phi },
    ]),
    [{ line: "inner", text: info.innerProduct }],
    [{ line: "kernel", text: info.kernel }],
    [{ line: "agree", text: info.agreement }],
  ];
  select(div)
    .attr("class", "kf__numbers")
    .selectChildren("p")
    .data(paragraphs)
    .join("p")
    .selectChildren("span")
    .data((lines) => lines)
    .join("span")
    .attr("data-line", (l) => l.line)
    .text((l) => l.text);
}

/** The slider that turns the lifted view, with its reading in degrees. */
export function drawTurn(
  label: HTMLLabelElement,
  turn: number,
  labels: KernelFeatureMapLabels,
): void {
  const degrees = fillLabel(labels.degrees, { deg: turn });
  const root = select(label).attr("class", "kf__turn");
  part(root, "span", "kf__turn-name").text(labels.turn);
  root
    .selectChildren("input")
    .data([turn])
    // A slider the draw makes starts disabled, as at build: the element enables it.
    .join((enter) => enter.append("input").attr("disabled", ""))
    .attr("type", "range")
    .attr("min", 0)
    .attr("max", 360 - TURN_STEP)
    .attr("step", TURN_STEP)
    .attr("data-turn", "")
    .attr("value", turn)
    .property("value", String(turn))
    .attr("aria-valuetext", degrees);
  part(root, "output", "kf__turn-value").attr("data-turn-value", "").text(degrees);
}

/** The data as a table: each point's ring, coordinates and φ of it under the state's map. */
export function drawDataTable(
  div: HTMLDivElement,
  { data, state }: PlotView,
  labels: KernelFeatureMapLabels,
): void {
  select(div)
    .attr("class", "kf__table")
    .attr("tabindex", 0)
    .attr("role", "region")
    .attr("aria-label", labels.dataCaption);
  drawTable(div, {
    caption: labels.dataCaption,
    head: [labels.point, labels.ring, "x1", "x2", "φ(x)"],
    rows: data.map((p, i) => [
      String(i + 1),
      p.label === 0 ? labels.classNames.inner : labels.classNames.outer,
      formatNumber(p.x[0]),
      formatNumber(p.x[1]),
      `(${phi(state.map, p.x)
        .map((v) => formatNumber(v))
        .join(", ")})`,
    ]),
  });
}
