// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { gridCells, markCells, paintCells, placeBox } from "../../src/widgets/CellGrid/paint";
import { slidingWindowEn as slidingLabels } from "../../src/widgets/SlidingWindow/labels";
import { filledUpTo, slidingFrame } from "../../src/widgets/SlidingWindow/model";
import { defaultSlidingState } from "../../src/widgets/SlidingWindow/state";
import { inCrop, traceFrame, type CroppedMap } from "../../src/widgets/Trace/frame";
import type { Box } from "../../src/widgets/Trace/model";
import { traceNetwork } from "../../src/widgets/Trace/network";
import { defaultCursor } from "../../src/widgets/Trace/state";
import { colourScale, type ColourScale } from "../../src/viz/scales";
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

  it("the trace: the neighbourhoods of x, of the z1 maps with ReLU's cuts and of the output", async () => {
    const { params, result } = traceNetwork();
    const cursor = defaultCursor();
    const frame = traceFrame(result, params, cursor);
    const { view, crops } = frame;
    /** A cropped map painted and marked as the widget does, with its boxes in the crop. */
    const croppedGrid = (map: CroppedMap, scale: ColourScale, crop: Box) => {
      const grid = painted(crop.size, crop.size, map.values, scale, false, ["field", "via"]);
      for (const [name, flags] of Object.entries(map.marks))
        markCells(gridCells(grid), name, flags);
      return grid;
    };
    const x = croppedGrid(frame.x, frame.scales.x, crops.x);
    placeBox(x, "field", asBox(inCrop(view.xBox, crops.x)));
    placeBox(x, "via", asBox(inCrop(view.via.xBox, crops.x)));
    const grids: [string, HTMLElement][] = [["x", x]];
    frame.z1.forEach((map, k) => {
      const z = croppedGrid(map, frame.scales.z1, crops.layer1);
      placeBox(z, "field", asBox(inCrop(view.a1Box, crops.layer1)));
      const via = inCrop({ top: view.via.row, left: view.via.col, size: 1 }, crops.layer1);
      placeBox(z, "via", k === view.via.channel ? asBox(via) : null);
      grids.push([`z1 map ${k + 1}`, z]);
    });
    const size = crops.output.size;
    const out = painted(size, size, frame.output, frame.scales[cursor.stage], false, ["via"]);
    const here = inCrop({ top: cursor.row, left: cursor.col, size: 1 }, crops.output);
    placeBox(out, "via", asBox(here));
    grids.push([cursor.stage, out]);
    await expect(gridsSvg(grids, 240)).toMatchFileSnapshot("./golden/trace.svg");
  });
});
