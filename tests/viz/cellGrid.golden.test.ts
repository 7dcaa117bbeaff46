// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { gridCells, markCells, paintCells, placeBox } from "../../src/widgets/CellGrid/paint";
import { slidingWindowEn as slidingLabels } from "../../src/widgets/SlidingWindow/labels";
import { filledUpTo, slidingFrame } from "../../src/widgets/SlidingWindow/model";
import { defaultSlidingState } from "../../src/widgets/SlidingWindow/state";
import { traceFrame } from "../../src/widgets/Trace/frame";
import type { Box } from "../../src/widgets/Trace/model";
import { traceNetwork } from "../../src/widgets/Trace/network";
import { defaultCursor } from "../../src/widgets/Trace/state";
import { channel } from "../../src/core";
import { colourScale } from "../../src/viz/scales";
import { cellGridElement, gridsSvg } from "./cellGridFigure";

/** A painted grid: the cells of a new grid painted with the values, as the widgets do. */
function painted(
  rows: number,
  cols: number,
  values: ArrayLike<number | null>,
  scale: Parameters<typeof paintCells>[2],
  numbers: boolean,
  boxes: readonly string[] = [],
): HTMLElement {
  const grid = cellGridElement(rows, cols, boxes);
  paintCells(gridCells(grid), values, scale, numbers);
  return grid;
}

const asBox = (b: Box) => ({ top: b.top, left: b.left, height: b.size, width: b.size });

describe("golden drawings: cell grids", () => {
  it("paintCells, placeBox and markCells on a small signed grid", async () => {
    // HTML, not SVG: the painted cells' markup (fills, ink, numbers), shown in a foreignObject.
    const values = [-2, -1, 0, 1, 2, null, 0.5, -0.25, 1.5, null, 3, -3];
    const scale = colourScale("diverging", -3, 3);
    const withNumbers = painted(3, 4, values, scale, true, ["window", "hidden"]);
    placeBox(withNumbers, "window", { top: 1, left: 2, height: 2, width: 1 });
    placeBox(withNumbers, "hidden", null);
    const coloursOnly = painted(3, 4, values, scale, false);
    markCells(
      gridCells(coloursOnly),
      "data-cut",
      values.map((v) => v !== null && v < 0),
    );
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
      const { maps, scales } = frame;
      const x = painted(frame.inputSide, frame.inputSide, frame.input, scales.x, true, ["window"]);
      const side = frame.inputSide;
      markCells(
        gridCells(x),
        "data-pad",
        frame.input.map((_, i) => {
          const [r, c] = [Math.floor(i / side), i % side];
          return r < maps.pad || c < maps.pad || r >= side - maps.pad || c >= side - maps.pad;
        }),
      );
      placeBox(x, "window", frame.window);
      const z = painted(maps.rows, maps.cols, filledUpTo(maps.z.data, position), scales.z, true, [
        "current",
      ]);
      placeBox(z, "current", frame.current);
      const a = painted(maps.rows, maps.cols, filledUpTo(maps.a.data, position), scales.a, true, [
        "current",
      ]);
      placeBox(a, "current", frame.current);
      const svg = gridsSvg(
        [
          ["x", x],
          ["z1", z],
          ["a1", a],
        ],
        240,
      );
      await expect(svg).toMatchFileSnapshot(`./golden/sliding-window-${padding}.svg`);
    }
  });

  it("the trace: x with the receptive field, z1 maps with ReLU's cuts, and the output", async () => {
    const { params, result } = traceNetwork();
    const cursor = defaultCursor();
    const frame = traceFrame(result, params, cursor);
    const { view } = frame;
    const [, hx, wx] = result.x.shape;
    const [c1, h1, w1] = result.z1.shape;
    const [, h2, w2] = result.z2.shape;
    const x = painted(hx, wx, channel(result.x, 0), frame.scales.x, false, ["field", "via"]);
    markCells(gridCells(x), "data-outside", frame.marks.x["data-outside"]);
    markCells(gridCells(x), "data-cut", frame.marks.x["data-cut"]);
    placeBox(x, "field", asBox(view.xBox));
    placeBox(x, "via", asBox(view.via.xBox));
    const grids: [string, HTMLElement][] = [["x", x]];
    for (let k = 0; k < c1; k++) {
      const z = painted(h1, w1, channel(result.z1, k), frame.scales.z1, false, ["field", "via"]);
      markCells(gridCells(z), "data-outside", frame.marks.layer1[k]["data-outside"]);
      markCells(gridCells(z), "data-cut", frame.marks.layer1[k]["data-cut"]);
      placeBox(z, "field", asBox(view.a1Box));
      const via = { top: view.via.row, left: view.via.col, size: 1 };
      placeBox(z, "via", k === view.via.channel ? asBox(via) : null);
      grids.push([`z1 map ${k + 1}`, z]);
    }
    const out = painted(
      h2,
      w2,
      channel(result[cursor.stage], 0),
      frame.scales[cursor.stage],
      false,
      ["via"],
    );
    placeBox(out, "via", { top: cursor.row, left: cursor.col, height: 1, width: 1 });
    grids.push([cursor.stage, out]);
    await expect(gridsSvg(grids, 240)).toMatchFileSnapshot("./golden/trace.svg");
  });
});
