import { range, scaleLinear, select } from "d3";
import { drawLegend } from "../../viz/legend";
import { drawMapHolder, type PaintMap } from "../../viz/mapPicture";
import { part } from "../../viz/part";
import { fillLabel } from "../parseNumber";
import type { MapsFrame, LayerFrame } from "./frame";
import type { TrainedNetworkLabels } from "./labels";
import { mapFacts, mapOf } from "./model";
import { factCells, mapAlt, percent, type NamesLine } from "./text";

/*
 * The maps view's draw functions. Each owns its root element: the build runs it on an empty one
 * (drawnAtBuild) for the first frame, the browser again on that markup for every new input or
 * tensor, and d3's joins update what is there, so drawing one state twice changes nothing.
 */

/** A bar's length as a share of its track, in percent; a probability that is not a number draws none. */
const barWidth = scaleLinear().domain([0, 1]).range([0, 100]).clamp(true);

/**
 * What the network says: the predicted digit, the digit's label (null for the reader's own
 * drawing, which has none), and one bar per class.
 */
export function drawPrediction(
  div: HTMLDivElement,
  frame: Pick<MapsFrame, "probabilities" | "predicted">,
  truth: number | null,
  labels: TrainedNetworkLabels,
): void {
  const root = select(div).attr("class", "tnm__prediction").attr("data-prediction-figure", "");
  part(root, "h3", "tnm__prediction-title").text(labels.prediction);
  part(root, "p", "tnm__predicted")
    .attr("data-prediction", "")
    .text(
      fillLabel(labels.predictionText, {
        predicted: frame.predicted,
        percent: percent(frame.probabilities[frame.predicted]),
      }),
    );
  part(root, "p", "tnm__truth")
    .attr("data-truth", "")
    .attr("hidden", truth === null ? "" : null)
    .text(truth === null ? "" : fillLabel(labels.truth, { label: truth }));
  const bars = part(root, "ol", "tnm__bars")
    .attr("aria-label", labels.barsLabel)
    .selectChildren("li")
    .data(Array.from(frame.probabilities))
    .join("li")
    .attr("data-class", (_, k) => k)
    .attr("data-top", (_, k) => (k === frame.predicted ? "" : null));
  bars.each(function (p, k) {
    const bar = select<HTMLLIElement, unknown>(this as HTMLLIElement);
    part(bar, "span", "tnm__bar-k").attr("aria-hidden", "true").text(k);
    part(bar, "span", "visually-hidden").text(fillLabel(labels.probabilityOf, { k }));
    part(part(bar, "span", "tnm__bar").attr("aria-hidden", "true"), "span", "tnm__bar-fill").attr(
      "style",
      `width: ${(Number.isFinite(p) ? barWidth(p) : 0).toFixed(1)}%`,
    );
    part(bar, "span", "tnm__bar-p").attr("data-p", "").text(percent(p));
  });
}

/** The two lines under the tensor choice: who calls it the feature map, who names it otherwise. */
export function drawNames(
  div: HTMLDivElement,
  said: { featureMap: NamesLine; other: NamesLine },
  labels: TrainedNetworkLabels,
): void {
  const root = select(div).attr("class", "tnm__names").attr("data-names-figure", "");
  const lines = [
    { which: "featureMap", title: labels.featureMapBy, parts: said.featureMap },
    { which: "other", title: labels.otherNamesBy, parts: said.other },
  ] as const;
  root
    .selectChildren("p")
    .data(lines)
    .join("p")
    .each(function (line) {
      const p = select<HTMLParagraphElement, unknown>(this as HTMLParagraphElement);
      part(p, "strong", "tnm__names-by").text(line.title);
      // The sources' own words are marked with their language in every edition.
      part(p, "span", "tnm__names-said")
        .attr("data-names", line.which)
        .selectChildren("span")
        .data(line.parts)
        .join("span")
        .attr("lang", (d) => d.lang ?? null)
        .text((d) => d.text);
    });
}

/** Layer i's title, the legend of its scale, and every one of its maps. */
export function drawLayer(
  div: HTMLDivElement,
  layer: LayerFrame,
  i: 0 | 1,
  labels: TrainedNetworkLabels,
  paint: PaintMap,
): void {
  const key = `layer${i + 1}`;
  const root = select(div)
    .attr("class", "tnm__layer")
    .attr("data-layer", i + 1);
  part(root, "h3", "tnm__layer-title")
    .attr("data-stage", layer.stage)
    .attr("data-layer-title", "")
    .text(fillLabel(i === 0 ? labels.layer1 : labels.layer2, { stage: layer.stage }));
  part(root, "div", "legend")
    .attr("data-legend", key)
    .attr("role", "group")
    .attr("aria-label", fillLabel(labels.legendFor, { stage: layer.stage }))
    .each(function () {
      drawLegend(this, layer.scale);
    });
  const count = layer.tensor.shape[0];
  part(root, "div", "tnm__maps")
    .attr("data-count", count)
    .selectChildren<HTMLDivElement, number>("div.tn__map")
    .data(range(count))
    .join("div")
    .attr("class", "tn__map")
    .each(function (k) {
      const map = mapOf(layer.tensor, k);
      const alt = mapAlt(labels, layer.stage, k, mapFacts(map.values), map.width, map.height);
      drawMapHolder(select(this), { stage: key, k }, { ...map, scale: layer.scale, alt }, paint);
    });
}

/** The numbers table: every map's minimum, maximum, sum and share at or below zero. */
export function drawMapsNumbers(
  div: HTMLDivElement,
  frame: MapsFrame,
  labels: TrainedNetworkLabels,
): void {
  const root = select(div)
    .attr("class", "tn__scroll")
    .attr("tabindex", "0")
    .attr("role", "region")
    .attr("aria-label", labels.numbersCaption)
    .attr("data-numbers-figure", "");
  const table = part(root, "table", "tn__numbers-table");
  part(table, "caption", "tn__numbers-caption").text(labels.numbersCaption);
  const columns = [labels.mapColumn, labels.min, labels.max, labels.sum, labels.zeroShare];
  part(part(table, "thead", "tn__numbers-head"), "tr", "tn__numbers-columns")
    .selectChildren("th")
    .data(columns)
    .join("th")
    .attr("scope", "col")
    .text((text) => text);
  const rows = frame.layers.flatMap((layer, i) =>
    range(layer.tensor.shape[0]).map((k) => ({
      key: `layer${i + 1}-${k}`,
      name: `${layer.stage} [${k + 1}]`,
      cells: factCells(mapFacts(mapOf(layer.tensor, k).values)),
    })),
  );
  const tr = part(table, "tbody", "tn__numbers-rows")
    .selectChildren("tr")
    .data(rows)
    .join("tr")
    .attr("data-row", (row) => row.key);
  tr.each(function (row) {
    const line = select<HTMLTableRowElement, unknown>(this as HTMLTableRowElement);
    part(line, "th", "tn__numbers-name").attr("scope", "row").text(row.name);
    line
      .selectChildren("td")
      .data(row.cells)
      .join("td")
      .text((text) => text);
  });
}
