// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { drawCellGrid } from "../../src/widgets/CellGrid/paint";
import {
  drawCrop,
  drawLayer2,
  drawOutputColumn,
  drawVia,
  inputGrid,
  layer1Grid,
} from "../../src/widgets/Trace/draw";
import { traceFrame, type TraceFrame } from "../../src/widgets/Trace/frame";
import { traceEn as labels } from "../../src/widgets/Trace/labels";
import { traceNetwork } from "../../src/widgets/Trace/network";
import { defaultCursor } from "../../src/widgets/Trace/state";
import { drawTwice, firstFrame } from "./drawTwice";

const { params, result } = traceNetwork();
const FIRST = traceFrame(result, params, defaultCursor());
// Another output, of a2 and map 2, read through another a1 unit: every part of the figure changes.
const OTHER = traceFrame(result, params, {
  ...defaultCursor(),
  stage: "a2",
  map: 1,
  row: 40,
  col: 3,
  via: { channel: 1, i: 2, j: 0 },
});

type Draw = (div: HTMLDivElement, frame: TraceFrame) => void;
const PARTS: [string, Draw][] = [
  ["x's grid", (div, f) => drawCellGrid(div, inputGrid(f, labels))],
  ["a1 map 2's grid", (div, f) => drawCellGrid(div, layer1Grid(f, labels, "a1", 1))],
  ["x's crop caption", (div, f) => drawCrop(div, f, labels, "x")],
  ["the output's column", (div, f) => drawOutputColumn(div, f, labels)],
  ["the output's computation", (div, f) => drawLayer2(div, f.view, labels)],
  ["the chosen unit's computation", (div, f) => drawVia(div, f.view, labels)],
];

/** The build's first frame of a part, parsed into this document as the browser finds it. */
const built = (draw: Draw, frame: TraceFrame) =>
  firstFrame<HTMLDivElement>("div", (div) => draw(div, frame));

describe.each(PARTS)("the trace's draw function for %s", (_, draw) => {
  it("redraws the build's markup unchanged, and a new frame as a fresh draw would", () => {
    expect(built(draw, OTHER).outerHTML).not.toBe(built(draw, FIRST).outerHTML);
    drawTwice("div", draw, FIRST, OTHER);
  });
});

describe("the trace's computations", () => {
  it("draw one button per term, in one group per map, with one tab stop per map", () => {
    const div = built((d, f) => drawLayer2(d, f.view, labels), FIRST);
    const groups = [...div.querySelectorAll("[data-terms]")];
    expect(groups).toHaveLength(result.z1.shape[0]);
    expect(div.querySelectorAll("button[data-term]")).toHaveLength(FIRST.view.layer2.length);
    for (const group of groups) {
      expect(group.querySelectorAll("button[tabindex='0']")).toHaveLength(1);
    }
    const { via } = FIRST.view;
    const pressed = div.querySelector("button[aria-pressed='true']")!;
    expect(pressed.getAttribute("data-term")).toBe(`${via.channel},${via.i},${via.j}`);
    expect(pressed.getAttribute("tabindex")).toBe("0");
    expect(
      [...div.querySelectorAll("[data-line]")].map((p) => p.getAttribute("data-line")),
    ).toEqual(["s2", "z2", "a2"]);
  });

  it("show the output's stage and only its legend", () => {
    const div = built((d, f) => drawOutputColumn(d, f, labels), OTHER);
    expect(div.dataset.stage).toBe("a2");
    expect(div.querySelector("[data-output-name]")!.textContent).toBe(labels.stageNames.a2);
    expect(div.querySelector<HTMLElement>("[data-legend-for='a2']")!.hidden).toBe(false);
    expect(div.querySelector<HTMLElement>("[data-legend-for='z2']")!.hidden).toBe(true);
    expect(div.querySelector("[data-box='cursor']")!.getAttribute("style")).toContain("--h: 1");
  });
});
