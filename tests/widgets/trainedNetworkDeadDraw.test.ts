// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { paintImage } from "../../src/viz/mapImageAtBuild";
import {
  drawDeadMaps,
  drawShiftValue,
  gridDigits,
  type DeadPicture,
} from "../../src/widgets/TrainedNetwork/deadDraw";
import { deadStep, jobModel } from "../../src/widgets/TrainedNetwork/jobs";
import { trainedNetworkLabels } from "../../src/widgets/TrainedNetwork/labels";
import { DIGITS_FILE, WEIGHTS_FILE, readModelFiles } from "../../src/widgets/TrainedNetwork/model";
import { drawTwice } from "../viz/drawTwice";

const labels = trainedNetworkLabels.en;
const { net, digits } = readModelFiles(
  readFileSync(`public/${WEIGHTS_FILE}`),
  readFileSync(`public/${DIGITS_FILE}`),
);
const model = jobModel(net, digits);
const pictureOf = (filter: number, shift: number): DeadPicture => ({
  filter,
  shift,
  step: deadStep(model, filter, shift),
  digits: gridDigits(digits, model.grid),
});
/** The build's state, and the slider at its minimum for another filter: every map dead. */
const BUILT = pictureOf(0, 0);
const DEAD = pictureOf(2, -4);

describe("the dead-filter view's drawDeadMaps", () => {
  const draw = (div: HTMLDivElement, p: DeadPicture) => drawDeadMaps(div, p, labels, paintImage);

  it("redraws in place: the same state changes nothing, a new one draws what a fresh draw does", () => {
    const { root } = drawTwice("div", draw, BUILT, DEAD);
    expect(root.outerHTML).not.toMatch(/NaN|undefined/);
  });

  it("pairs each grid digit with its a1 map, names the filter, and says when it is dead", () => {
    const { root } = drawTwice("div", draw, BUILT, DEAD);
    const pairs = root.querySelectorAll(".tnd__pair");
    expect(pairs).toHaveLength(8);
    for (const [j, pair] of [...pairs].entries()) {
      const stages = [...pair.querySelectorAll("[data-map]")].map(
        (m) => `${m.getAttribute("data-stage")}-${m.getAttribute("data-k")}`,
      );
      expect(stages).toEqual([`deadx-${j}`, `dead-${j}`]);
    }
    expect(root.querySelector("[data-dead-grid]")!.getAttribute("aria-label")).toMatch(/3/);
    expect(root.querySelector("[data-dead-status]")!.textContent).toMatch(/Filter 3 is dead/);
    expect(root.querySelectorAll("[data-legend='dead'] [data-tick]")).toHaveLength(3);
  });
});

describe("the dead-filter view's drawShiftValue", () => {
  it("redraws in place and shows the shift with the bias it makes", () => {
    const draw = (output: HTMLOutputElement, p: DeadPicture) => drawShiftValue(output, p, labels);
    const { root } = drawTwice("output", draw, BUILT, DEAD);
    expect(root.textContent).toMatch(/^−4 \(bias now −4\.\d+\)/);
  });
});
