// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { drawCellGrid } from "../../src/widgets/CellGrid/paint";
import {
  drawLines,
  drawNote,
  drawPosition,
  drawProducts,
  drawWindowValues,
  inputGrid,
  outputGrid,
} from "../../src/widgets/SlidingWindow/draw";
import { slidingWindowEn as labels } from "../../src/widgets/SlidingWindow/labels";
import { slidingFrame, type SlidingFrame } from "../../src/widgets/SlidingWindow/model";
import { defaultSlidingState } from "../../src/widgets/SlidingWindow/state";
import { drawTwice, firstFrame } from "./drawTwice";

const { config } = defaultSlidingState();
const FIRST = slidingFrame({ ...config, padding: "valid" }, 0, labels);
// 'same' padding, another kernel, the window on the bottom-right corner (over the padding ring):
// another grid size, other numbers, other padding marks.
const OTHER = slidingFrame(
  { ...config, padding: "same", kernel: [1, 0, -1, 2, 0, -2, 1, 0, -1], bias: -0.5 },
  63,
  labels,
);

type Draw = (div: HTMLDivElement, frame: SlidingFrame) => void;
const last = (frame: SlidingFrame) => frame.maps.rows * frame.maps.cols - 1;
const PARTS: [string, Draw][] = [
  ["the input's grid", (div, f) => drawCellGrid(div, inputGrid(f, labels, null))],
  [
    "the input's grid while drawing",
    (div, f) => drawCellGrid(div, inputGrid(f, labels, { top: 2, left: 3, height: 1, width: 1 })),
  ],
  [
    "z1's grid, filled up to the window",
    (div, f) => drawCellGrid(div, outputGrid(f, labels, "z1", 5)),
  ],
  ["a1's grid, complete", (div, f) => drawCellGrid(div, outputGrid(f, labels, "a1", last(f)))],
  ["the padding's note", (div, f) => drawNote(div, "pad-note", labels.paddingNote, f.maps.pad > 0)],
  ["the window's values", drawWindowValues],
  ["the products", drawProducts],
  ["the lines", drawLines],
  ["the position", (div, f) => drawPosition(div, f, labels)],
];

/** The build's first frame of a part, parsed into this document as the browser finds it. */
const built = (draw: Draw, frame: SlidingFrame) =>
  firstFrame<HTMLDivElement>("div", (div) => draw(div, frame));

describe.each(PARTS)("the sliding window's draw function for %s", (_, draw) => {
  it("redraws the build's markup unchanged, and a new frame as a fresh draw would", () => {
    expect(built(draw, OTHER).outerHTML).not.toBe(built(draw, FIRST).outerHTML);
    drawTwice("div", draw, FIRST, OTHER);
  });
});

describe("the sliding window's parts", () => {
  it("the input grid grows by the padding ring and marks it, and boxes the window", () => {
    const div = built(PARTS[0][1], FIRST);
    PARTS[0][1](div, OTHER);
    expect(div.querySelectorAll("[role=row]")).toHaveLength(10);
    expect(div.querySelectorAll("[data-cell][data-pad]")).toHaveLength(36);
    expect(div.querySelector("[data-box=window]")!.getAttribute("style")).toBe(
      "--top: 7; --left: 7; --h: 3; --w: 3",
    );
    expect(div.querySelector<HTMLElement>("[data-box=brush]")!.hidden).toBe(true);
  });

  it("an output grid leaves the outputs after the window's empty", () => {
    const div = built(PARTS[2][1], FIRST);
    expect(div.querySelectorAll("[data-pending]")).toHaveLength(36 - 6);
  });

  it("the values mark the padding under the window, and the lines name s, z and a", () => {
    const values = built(drawWindowValues, OTHER);
    expect(values.querySelectorAll("span[data-pad]")).toHaveLength(5);
    const lines = built(drawLines, OTHER);
    expect(
      [...lines.querySelectorAll("[data-line]")].map((p) => p.getAttribute("data-line")),
    ).toEqual(["s", "z", "a"]);
    expect(built((d, f) => drawPosition(d, f, labels), OTHER).textContent).toMatch(/64 of 64/);
  });
});
