import type { Selection } from "d3";
import { part } from "../../viz/part";

/** One written-out step of a computation (s = …, z = …, a = …), coloured by its stage. */
export interface StepLine {
  /** data-line: the widget's and the tests' name for the line. */
  key: string;
  /** data-stage: the stage whose colour marks the line. */
  stage: string;
  text: string;
}

/**
 * Draws the lines of a computation, one paragraph each, in a part of `parent` of their own
 * (so what the caller draws after them stays after them); drawing again updates the same
 * paragraphs.
 */
export function drawStepLines<P extends Element>(
  parent: Selection<P, unknown, null, undefined>,
  className: string,
  lines: readonly StepLine[],
): void {
  part(parent, "div", `${className}s`)
    .selectChildren<HTMLParagraphElement, StepLine>("p")
    .data(lines)
    .join("p")
    .attr("class", className)
    .attr("data-stage", (line) => line.stage)
    .attr("data-line", (line) => line.key)
    .text((line) => line.text);
}
