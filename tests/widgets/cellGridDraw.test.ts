// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { drawCellGrid, gridCells, type CellGridData } from "../../src/widgets/CellGrid/paint";
import { drawnAtBuild } from "../../src/viz/atBuild";
import { colourScale } from "../../src/viz/scales";
import { sortedMarkup } from "../viz/drawTwice";

const scale = colourScale("diverging", -3, 3);

function grid(change: Partial<CellGridData> = {}): CellGridData {
  return {
    values: [-2, -1, 0, 1, 2, null],
    rows: 2,
    cols: 3,
    scale,
    stage: "z1",
    label: "z1, 2 × 3",
    mode: "table",
    boxes: [{ name: "window", top: 0, left: 1, height: 2, width: 2 }],
    ...change,
  };
}

describe("drawCellGrid", () => {
  it("draws a table of rows and cells with fills, numbers, the pending cell and the boxes", () => {
    const root = document.createElement("div");
    drawCellGrid(root, grid({ padRing: 1, marks: { "data-cut": [true, false] } }));
    expect(root.getAttribute("data-grid")).toBe("z1");
    expect(root.querySelectorAll("[role=row]")).toHaveLength(2);
    const cells = gridCells(root);
    expect(cells.map((c) => c.dataset.cell)).toEqual(["0", "1", "2", "3", "4", "5"]);
    expect(cells.map((c) => c.textContent)).toEqual(["−2", "−1", "0", "1", "2", ""]);
    expect(cells[5].hasAttribute("data-pending")).toBe(true);
    expect(cells[5].getAttribute("style")).toBeNull();
    expect(cells[4].getAttribute("style")).toMatch(/^background-color: rgb\(.+\); color: #/);
    expect(cells.filter((c) => c.hasAttribute("data-cut"))).toEqual([cells[0]]);
    expect(cells.every((c) => c.hasAttribute("data-pad"))).toBe(true);
    expect(root.querySelector("[data-box=window]")!.getAttribute("style")).toBe(
      "--top: 0; --left: 1; --h: 2; --w: 2",
    );
  });

  it("draws buttons named one by one, disabled until the widget enables them", () => {
    const root = document.createElement("div");
    drawCellGrid(root, grid({ mode: "buttons", cellLabels: ["a", "b", "c", "d", "e", "f"] }));
    const buttons = root.querySelectorAll("button");
    expect(buttons).toHaveLength(6);
    expect(buttons[2].getAttribute("aria-label")).toBe("c");
    expect([...buttons].every((b) => b.disabled && b.tabIndex === -1)).toBe(true);
    expect(buttons[0].textContent).toBe("");
  });

  it("drawing the same grid twice leaves identical markup", () => {
    for (const mode of ["table", "img", "buttons"] as const) {
      const root = document.createElement("div");
      drawCellGrid(root, grid({ mode }));
      const first = root.outerHTML;
      drawCellGrid(root, grid({ mode }));
      expect(root.outerHTML, mode).toBe(first);
    }
  });

  it("drawing new values updates the same cells in place; a new size adds or drops cells", () => {
    const root = document.createElement("div");
    drawCellGrid(root, grid());
    const cells = gridCells(root);
    drawCellGrid(root, grid({ values: [3, 3, 3, 3, 3, 3] }));
    expect(gridCells(root)).toEqual(cells);
    expect(cells[5].textContent).toBe("3");
    expect(cells[5].hasAttribute("data-pending")).toBe(false);
    drawCellGrid(root, grid({ rows: 3, values: [1, 2, 3, 4, 5, 6, 7, 8, 9] }));
    const grown = gridCells(root);
    expect(grown).toHaveLength(9);
    expect(grown.slice(0, 6)).toEqual(cells);
    expect(grown.map((c) => c.textContent).at(-1)).toBe("9");
    expect(root.style.getPropertyValue("--rows")).toBe("3");
  });

  it("drawing new values and boxes on the build's markup gives what a fresh draw draws", () => {
    const host = document.createElement("div");
    host.innerHTML = drawnAtBuild<HTMLDivElement>("div", (div) => drawCellGrid(div, grid()));
    const boxes = [{ name: "window", top: 1, left: 0, height: 1, width: 3, hidden: true }];
    const values = [1, null, -3, 0.5, 2, -1];
    drawCellGrid(host.firstElementChild as HTMLElement, grid({ values, boxes }));
    const drawn = document.createElement("div");
    drawCellGrid(drawn, grid({ values, boxes }));
    expect(sortedMarkup(host.firstElementChild!)).toBe(sortedMarkup(drawn));
  });
});
