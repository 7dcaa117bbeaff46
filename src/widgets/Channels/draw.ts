import { range, select, type Selection } from "d3";
import { formatNumber } from "../../viz/format";
import { drawLegend } from "../../viz/legend";
import { drawMapHolder, type MapPicture, type PaintMap } from "../../viz/mapPicture";
import { part, type Drawn } from "../../viz/part";
import type { ColourScale } from "../../viz/scales";
import { fillLabel } from "../parseNumber";
import type { ChannelsLabels } from "./labels";
import { markerStyle, windowStyle } from "./markers";
import type { ChannelsInput, SumView } from "./model";
import { mapAlt, numberRows, partNames, probeText } from "./text";

type Div = Selection<HTMLDivElement, unknown, null, undefined>;
type Parent<E extends HTMLElement = HTMLElement> = Drawn<E>;

/** One map of the sum: its frame, the map, the outline over it, and its caption under it. */
interface MapCell {
  stage: string;
  k: number;
  /** data-part of the frame, for the maps that change with the output. */
  part?: string;
  values: Float32Array;
  scale: ColourScale;
  name: string;
  outline: { kind: "window" | "marker"; style: string };
}

function drawMapCell<E extends HTMLElement>(
  cell: Parent<E>,
  map: MapCell,
  input: ChannelsInput,
  labels: ChannelsLabels,
  paint: PaintMap,
): void {
  const { width, height } = input;
  cell.attr("data-stage", map.stage);
  const frame = part(cell, "div", "ch__frame").attr("data-part", map.part ?? null);
  const picture: MapPicture = {
    values: map.values,
    width,
    height,
    scale: map.scale,
    alt: mapAlt(labels, map.name, map.values, width, height),
  };
  drawMapHolder(part(frame, "div", "ch__map"), { stage: map.stage, k: map.k }, picture, paint);
  part(frame, "span", `ch__${map.outline.kind}`)
    .attr(`data-${map.outline.kind}`, "")
    .attr("style", map.outline.style);
  part(cell, "span", "ch__map-caption").text(map.name);
}

/** The 3 × 3 weights of w2[o, c] as a table, its caption and its name under it. */
function drawSlice<E extends HTMLElement>(
  cell: Parent<E>,
  view: SumView,
  c: number,
  labels: ChannelsLabels,
): void {
  const name = fillLabel(labels.slice, { o: view.o + 1, c: c + 1 });
  const weights = view.slices[c];
  const table = part(cell.attr("data-stage", "w2"), "table", "ch__slice").attr("data-slice", c);
  part(table, "caption", "visually-hidden").text(name);
  part(table, "tbody", "ch__weights")
    .selectChildren("tr")
    .data(range(3))
    .join("tr")
    .selectChildren("td")
    .data((r) => range(r * 3, r * 3 + 3))
    .join("td")
    .attr("data-zero", (i) => String(weights[i] === 0))
    .text((i) => formatNumber(weights[i]));
  part(cell, "span", "ch__map-caption").text(name);
}

function op<E extends HTMLElement>(parent: Parent<E>, name: string, sign: string): void {
  part(parent, "span", `ch__op ch__op--${name}`).attr("aria-hidden", "true").text(sign);
}

/**
 * The sum for output map o: per map c of a1, the map with the window the outlined pixel reads,
 * ∗ the slice w2[o, c], = its contribution; then their sum, + the bias, → z2[o].
 */
function drawSum<E extends HTMLElement>(
  scroll: Parent<E>,
  input: ChannelsInput,
  view: SumView,
  labels: ChannelsLabels,
  paint: PaintMap,
): void {
  const { width: w, height: h } = input;
  const names = partNames(labels, view);
  const window = windowStyle(view.probe, w, h);
  const marker = markerStyle(view.probe, w, h);
  const mapCell = <E extends HTMLElement>(cell: Parent<E>, map: MapCell) =>
    drawMapCell(cell, map, input, labels, paint);
  // The contributions, their sum and z2 share one scale and the outlined pixel.
  const share = (stage: string, k: number, key: string, values: Float32Array, name: string) => ({
    stage,
    k,
    part: key,
    values,
    scale: view.scale,
    name,
    outline: { kind: "marker" as const, style: marker },
  });
  const sum = part(scroll, "div", "ch__sum");
  sum
    .selectChildren<HTMLDivElement, number>("div.ch__row")
    .data(range(input.a1.length))
    .join("div")
    .attr("class", "ch__row")
    .each(function (c) {
      const row = select<HTMLElement, unknown>(this);
      const cell = (kind: string) => part(row, "div", `ch__cell ch__cell--${kind}`);
      mapCell(cell("a1"), {
        stage: "a1",
        k: c,
        values: input.a1[c],
        scale: input.a1Scale,
        name: fillLabel(labels.inputMap, { c: c + 1 }),
        outline: { kind: "window", style: window },
      });
      op(row, "times", "∗");
      drawSlice(cell("w2"), view, c, labels);
      op(row, "equals", "=");
      mapCell(cell("s2"), share("s2", c, String(c), view.parts[c], names.parts[c]));
    });

  const total = part(sum, "div", "ch__total");
  part(total, "div", "ch__total-label ch__total-label--sum").call((label) =>
    part(label, "span", "ch__op").text("Σ"),
  );
  mapCell(
    part(total, "div", "ch__cell ch__cell--total"),
    share("s2", 0, "sum", view.sum, names.sum),
  );
  const bias = part(total, "div", "ch__total-label ch__total-label--bias");
  part(bias, "span", "ch__bias")
    .attr("data-bias", "")
    .text(fillLabel(labels.plusBias, { o: view.o + 1, b: formatNumber(view.bias) }));
  op(bias, "then", "→");
  mapCell(part(total, "div", "ch__cell ch__cell--z"), share("z2", 0, "z", view.z, names.result));
}

/** The colour scales of a1 and of the contributions, their sum and z2 (which changes with o). */
function drawLegends<E extends HTMLElement>(
  parent: Parent<E>,
  input: ChannelsInput,
  view: SumView,
  labels: ChannelsLabels,
) {
  const legends = part(parent, "div", "ch__legends");
  for (const [stage, scale] of [
    ["a1", input.a1Scale],
    ["parts", view.scale],
  ] as const) {
    const holder = part(legends, "div", `ch__legend ch__legend--${stage}`);
    part(holder, "span", "ch__legend-name").text(labels.legendStages[stage]);
    part(holder, "div", "legend")
      .attr("data-legend", stage)
      .attr("role", "group")
      .attr("aria-label", fillLabel(labels.legendFor, { stage: labels.legendStages[stage] }))
      .each(function () {
        drawLegend(this, scale);
      });
  }
}

/** The numbers table: each map's minimum, maximum and value at the outlined pixel. */
function drawNumbers<E extends HTMLElement>(
  parent: Parent<E>,
  view: SumView,
  labels: ChannelsLabels,
): void {
  const details = part(parent, "details", "ch__numbers");
  part(details, "summary", "ch__numbers-title").text(labels.numbers);
  // On a phone the table scrolls inside itself: a keyboard reaches it to scroll it (WCAG 2.1.1).
  const table = part(details, "table", "ch__numbers-table").attr("tabindex", 0);
  part(table, "caption", "ch__numbers-caption").text(
    fillLabel(labels.numbersCaption, { o: view.o + 1 }),
  );
  part(part(table, "thead", "ch__numbers-head"), "tr", "ch__numbers-columns")
    .selectChildren("th")
    .data([labels.map, labels.min, labels.max, labels.atProbe])
    .join("th")
    .attr("scope", "col")
    .text((text) => text);
  part(table, "tbody", "ch__numbers-rows")
    .attr("data-rows", "")
    .selectChildren("tr")
    .data(numberRows(labels, view))
    .join("tr")
    .call((rows) => {
      rows
        .selectChildren("th")
        .data((row) => [row[0]])
        .join("th")
        .attr("scope", "row")
        .text((name) => name);
      rows
        .selectChildren("td")
        .data((row) => row.slice(1))
        .join("td")
        .text((text) => text);
    });
}

/**
 * Everything that changes with the chosen output map o: its note and equation, the sum, the
 * legends, the arithmetic at the outlined pixel and the numbers table. The build draws it with
 * map images (paintImage), the browser again on that markup with canvases (paintCanvas).
 */
export function drawOutput(
  div: HTMLDivElement,
  input: ChannelsInput,
  view: SumView,
  labels: ChannelsLabels,
  paint: PaintMap,
): void {
  const root: Div = select(div).attr("class", "ch__output").attr("data-output-figure", "");
  const o = view.o + 1;
  part(root, "p", "ch__note").text(labels.outputNotes[view.o] ?? "");
  part(root, "p", "ch__equation").text(fillLabel(labels.equation, { o }));
  const scroll = part(root, "div", "ch__scroll")
    .attr("role", "region")
    .attr("tabindex", "0")
    .attr("aria-label", labels.sumHeading);
  drawSum(scroll, input, view, labels, paint);
  drawLegends(root, input, view, labels);
  part(root, "p", "ch__probe").attr("data-probe", "").text(probeText(labels, view));
  drawNumbers(root, view, labels);
}
