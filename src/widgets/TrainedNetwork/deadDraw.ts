import { select } from "d3";
import { drawNamedLegend } from "../../viz/legend";
import { drawMapHolder, type PaintMap } from "../../viz/mapPicture";
import { part } from "../../viz/part";
import { colourScale } from "../../viz/scales";
import { fillLabel } from "../parseNumber";
import { deadScale } from "./frame";
import type { DeadStep } from "./jobs";
import type { TrainedNetworkLabels } from "./labels";
import type { DigitSet } from "../../core/train";
import { DIGIT_SIZE, heldOutDigit, mapFacts } from "./model";
import { deadStatus, factsText, shiftText } from "./text";

/*
 * The dead-filter view's draw functions, run at build on empty elements (drawnAtBuild) for the
 * first frame and in the browser on that markup for every step the worker answers.
 */

const IMAGE = colourScale("image", 0, 1);

/** One step of the bias slider as drawn: the filter, the shift, and what the network made of it. */
export interface DeadPicture {
  filter: number;
  shift: number;
  step: DeadStep;
  /** The grid's digits, in the order of step.grid.maps. */
  digits: { image: ArrayLike<number>; label: number }[];
}

/** The grid's digits (indices into `digits`) as the picture takes them. */
export function gridDigits(digits: DigitSet, grid: readonly number[]): DeadPicture["digits"] {
  return grid.map((i) => {
    const { x, label } = heldOutDigit(digits, i);
    return { image: x.data, label };
  });
}

/** The slider's value: the shift and the bias it makes. */
export function drawShiftValue(
  output: HTMLOutputElement,
  picture: Pick<DeadPicture, "shift" | "step">,
  labels: TrainedNetworkLabels,
): void {
  select(output)
    .attr("class", "tnd__value")
    .attr("data-shift-value", "")
    .text(shiftText(labels, picture.shift, picture.step.bias));
}

/** Each grid digit beside the filter's a1 map of it, the maps' legend, and the status line. */
export function drawDeadMaps(
  div: HTMLDivElement,
  picture: DeadPicture,
  labels: TrainedNetworkLabels,
  paint: PaintMap,
): void {
  const { filter, step } = picture;
  const scale = deadScale(step.scaleMax);
  const root = select(div).attr("class", "tnd__figure").attr("data-dead-figure", "");
  const size = { width: DIGIT_SIZE, height: DIGIT_SIZE };
  part(root, "div", "tnd__grid")
    .attr("role", "group")
    .attr("data-dead-grid", "")
    .attr("aria-label", fillLabel(labels.dead.gridLabel, { k: filter + 1 }))
    .selectChildren<HTMLDivElement, Float32Array>("div.tnd__pair")
    .data(step.grid.maps)
    .join("div")
    .attr("class", "tnd__pair")
    .each(function (map, j) {
      const pair = select<HTMLDivElement, unknown>(this);
      const { image, label } = picture.digits[j];
      const inputAlt = fillLabel(labels.inputAlt, { what: String(label) });
      drawMapHolder(
        part(pair, "div", "tn__map tnd__digit"),
        { stage: "deadx", k: j },
        { values: image, ...size, scale: IMAGE, alt: inputAlt },
        paint,
      );
      const facts = factsText(mapFacts(map));
      const alt = fillLabel(labels.dead.digitAlt, { k: filter + 1, label, facts });
      drawMapHolder(
        part(pair, "div", "tn__map tnd__a1"),
        { stage: "dead", k: j },
        { values: map, ...size, scale, alt },
        paint,
      );
    });
  part(root, "div", "legend").each(function () {
    drawNamedLegend(this, "dead", fillLabel(labels.legendFor, { stage: "a1" }), scale);
  });
  part(root, "p", "tnd__status")
    .attr("role", "status")
    .attr("data-dead-status", "")
    .text(deadStatus(labels, filter, step));
}
