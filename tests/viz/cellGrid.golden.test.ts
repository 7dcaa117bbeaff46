// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { drawCellGrid, type CellGridData } from "../../src/widgets/CellGrid/paint";
import { slidingWindowEn as slidingLabels } from "../../src/widgets/SlidingWindow/labels";
import { slidingFrame } from "../../src/widgets/SlidingWindow/model";
import { inputGrid as slidingInput, outputGrid } from "../../src/widgets/SlidingWindow/draw";
import { defaultSlidingState } from "../../src/widgets/SlidingWindow/state";
import {
  inputGrid as traceInput,
  layer1Grid,
  drawOutputColumn,
} from "../../src/widgets/Trace/draw";
import { traceFrame } from "../../src/widgets/Trace/frame";
import { traceEn as traceLabels } from "../../src/widgets/Trace/labels";
import { traceNetwork } from "../../src/widgets/Trace/network";
import { defaultCursor } from "../../src/widgets/Trace/state";
import { colourScale } from "../../src/viz/scales";
import { gridsSvg } from "./cellGridFigure";

/** A grid as drawCellGrid draws it, at build and in the browser alike. */
function drawn(data: CellGridData): HTMLElement {
  const root = document.createElement("div");
  drawCellGrid(root, data);
  return root;
}

describe("golden drawings: cell grids", () => {
  it("drawCellGrid on a small signed grid: numbers and a box, colours and cut marks", async () => {
    // HTML, not SVG: the drawn cells' markup (fills, ink, numbers), shown in a foreignObject.
    const values = [-2, -1, 0, 1, 2, null, 0.5, -0.25, 1.5, null, 3, -3];
    const scale = colourScale("diverging", -3, 3);
    const grid = { values, rows: 3, cols: 4, scale, stage: "z1", label: "z1" };
    const withNumbers = drawn({
      ...grid,
      mode: "table",
      boxes: [
        { name: "window", top: 1, left: 2, height: 2, width: 1 },
        { name: "hidden", top: 0, left: 0, height: 1, width: 1, hidden: true },
      ],
    });
    const coloursOnly = drawn({
      ...grid,
      mode: "img",
      marks: { "data-cut": values.map((v) => v !== null && v < 0) },
    });
    const svg = gridsSvg(
      [
        ["numbers, box at row 2 col 3", withNumbers],
        ["colours, negatives cut", coloursOnly],
      ],
      200,
    );
    await expect(svg).toMatchFileSnapshot("./golden/cell-grid-paint.svg");
  });

  it("the sliding window part-way: padded input with its window, z1 and a1 filled so far", async () => {
    const { config, position } = defaultSlidingState();
    for (const padding of ["valid", "same"] as const) {
      const frame = slidingFrame({ ...config, padding }, position, slidingLabels);
      const svg = gridsSvg(
        [
          ["x", drawn(slidingInput(frame, slidingLabels, null))],
          ["z1", drawn(outputGrid(frame, slidingLabels, "z1", position))],
          ["a1", drawn(outputGrid(frame, slidingLabels, "a1", position))],
        ],
        240,
      );
      await expect(svg).toMatchFileSnapshot(`./golden/sliding-window-${padding}.svg`);
    }
  });

  it("the trace: the neighbourhoods of x, of the z1 maps with ReLU's cuts and of the output", async () => {
    const { params, result } = traceNetwork();
    const cursor = defaultCursor();
    const frame = traceFrame(result, params, cursor);
    const grids: [string, HTMLElement][] = [["x", drawn(traceInput(frame, traceLabels))]];
    frame.z1.forEach((_, k) => {
      grids.push([`z1 map ${k + 1}`, drawn(layer1Grid(frame, traceLabels, "z1", k))]);
    });
    const column = document.createElement("div");
    drawOutputColumn(column, frame, traceLabels);
    grids.push([cursor.stage, column.querySelector<HTMLElement>(".cg")!]);
    await expect(gridsSvg(grids, 240)).toMatchFileSnapshot("./golden/trace.svg");
  });
});
