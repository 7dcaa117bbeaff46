// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { drawnAtBuild } from "../../src/viz/atBuild";
import { paintImage } from "../../src/viz/mapImageAtBuild";
import { mapsFrame, type MapsFrame } from "../../src/widgets/TrainedNetwork/frame";
import { trainedNetworkLabels } from "../../src/widgets/TrainedNetwork/labels";
import {
  drawLayer,
  drawMapsNumbers,
  drawNames,
  drawPrediction,
} from "../../src/widgets/TrainedNetwork/mapsDraw";
import {
  DIGITS_FILE,
  WEIGHTS_FILE,
  heldOutDigit,
  readModelFiles,
} from "../../src/widgets/TrainedNetwork/model";
import type { NamesLine } from "../../src/widgets/TrainedNetwork/text";

const labels = trainedNetworkLabels.en;
const { net, digits } = readModelFiles(
  readFileSync(`public/${WEIGHTS_FILE}`),
  readFileSync(`public/${DIGITS_FILE}`),
);
const frameOf = (digit: number, kind: "a" | "z" | "p" | "s"): MapsFrame =>
  mapsFrame(net, heldOutDigit(digits, digit).x, kind);

/** The build's first frame, parsed into this document as the browser finds it. */
function firstFrame(draw: (div: HTMLDivElement) => void): HTMLDivElement {
  const holder = document.createElement("div");
  holder.innerHTML = drawnAtBuild<HTMLDivElement>("div", draw);
  return holder.firstElementChild as HTMLDivElement;
}

const said = (who: string): { featureMap: NamesLine; other: NamesLine } => ({
  featureMap: [{ text: `${who} (“` }, { text: "feature map", lang: "en" }, { text: "”)" }],
  other: [{ text: labels.nobody }],
});

/** Each draw function with two states: the build's, and one the reader moves to. */
const cases: [string, (state: number) => (div: HTMLDivElement) => void][] = [
  [
    "drawPrediction",
    (s) => (div) => drawPrediction(div, frameOf(s, "p"), s === 0 ? digits.labels[0] : null, labels),
  ],
  ["drawNames", (s) => (div) => drawNames(div, said(s === 0 ? "A" : "B"), labels)],
  [
    "drawLayer",
    (s) => (div) =>
      drawLayer(div, frameOf(s, s === 0 ? "p" : "z").layers[1], 1, labels, paintImage),
  ],
  [
    "drawMapsNumbers",
    (s) => (div) => drawMapsNumbers(div, frameOf(s, s === 0 ? "p" : "a"), labels),
  ],
];

describe.each(cases)("the maps view's %s", (_, drawn) => {
  it("redrawing the build's first frame with the same state changes nothing", () => {
    const div = firstFrame(drawn(0));
    const built = div.outerHTML;
    const elements = [...div.querySelectorAll("*")];
    drawn(0)(div);
    expect(div.outerHTML).toBe(built);
    expect([...div.querySelectorAll("*")]).toEqual(elements);
  });

  it("a new state updates the elements in place and draws what a fresh draw draws", () => {
    const div = firstFrame(drawn(0));
    const elements = div.querySelectorAll("*").length;
    drawn(3)(div);
    expect(div.outerHTML).toBe(firstFrame(drawn(3)).outerHTML);
    expect(div.querySelectorAll("*").length).toBe(elements);
    expect(div.outerHTML).not.toMatch(/NaN|undefined/);
  });
});

describe("the maps view's prediction", () => {
  it("draws one bar per digit class, its length the probability, the predicted one marked", () => {
    const frame = frameOf(0, "p");
    const div = firstFrame((d) => drawPrediction(d, frame, digits.labels[0], labels));
    const bars = [...div.querySelectorAll("li[data-class]")];
    expect(bars).toHaveLength(10);
    expect(bars.filter((b) => b.hasAttribute("data-top"))).toEqual([bars[frame.predicted]]);
    const widths = bars.map((b) => b.querySelector(".tnm__bar-fill")!.getAttribute("style"));
    expect(widths[frame.predicted]).toBe(
      `width: ${(100 * frame.probabilities[frame.predicted]).toFixed(1)}%`,
    );
    expect(div.querySelector("[data-truth]")!.hasAttribute("hidden")).toBe(false);
  });

  it("hides the label for the reader's own drawing and draws no bar for a probability that is not a number", () => {
    const div = firstFrame((d) =>
      drawPrediction(d, { probabilities: new Float32Array([NaN, 1]), predicted: 1 }, null, labels),
    );
    expect(div.querySelector("[data-truth]")!.hasAttribute("hidden")).toBe(true);
    expect(div.querySelector(".tnm__bar-fill")!.getAttribute("style")).toBe("width: 0.0%");
    expect(div.querySelector("[data-p]")!.textContent).toBe("—");
  });
});
