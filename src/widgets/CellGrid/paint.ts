import { range, select, type Selection } from "d3";
import type { ColourScale } from "../../viz/scales";
import { part } from "../../viz/part";
import { cellPaint, cellText } from "./cells";

/** A rectangle of cells drawn over the grid (a kernel window, a receptive field). */
export interface GridBox {
  name: string;
  top: number;
  left: number;
  height: number;
  width: number;
  hidden?: boolean;
}

/** Everything a grid of cells shows: CellGrid.astro's props. */
export interface CellGridData {
  /** Row-major values; null draws an empty (pending) cell. */
  values: ArrayLike<number | null>;
  rows: number;
  cols: number;
  scale: ColourScale;
  /** Stage id (for colours and for the widget's script to find the grid) and channel. */
  stage: string;
  k?: number;
  /** Accessible name of the whole grid. */
  label: string;
  /**
   * table: cells print their values and screen readers read rows and cells;
   * img: colours only, one text alternative (`label`) for the whole grid;
   * buttons: every cell is a (disabled until enhanced) button named by `cellLabels`.
   */
  mode: "table" | "img" | "buttons";
  cellLabels?: readonly string[];
  /** Width of the ring of zero-padding cells drawn dashed around the input. */
  padRing?: number;
  /** Boolean data attributes per cell, e.g. { "data-cut": [...] }. */
  marks?: Record<string, readonly boolean[]>;
  boxes?: readonly GridBox[];
  class?: string;
}

const ROLES = { table: "table", img: "img", buttons: "group" } as const;

type Cells = Selection<HTMLElement, number, Element, unknown>;

/**
 * Draws a grid of cells into `root` (a <div>): the build runs it for the first frame, and a
 * widget may run it again on that markup; drawing again updates the same cells in place. Cells
 * are HTML, not SVG: table cells are read row by row, and buttons take focus.
 * A button entered by a draw starts disabled, as at build: the widget enables it.
 */
export function drawCellGrid(root: HTMLElement, grid: CellGridData): void {
  const { rows, cols, mode, padRing = 0, marks = {}, cellLabels = [] } = grid;
  const figure = select(root)
    .attr("class", ["cg", grid.class].filter(Boolean).join(" "))
    .attr("data-grid", grid.stage)
    .attr("data-k", grid.k ?? 0)
    .attr("data-stage", grid.stage)
    .attr("style", `--rows: ${rows}; --cols: ${cols}`);
  const holder = part(figure, "div", "cg__cells")
    .attr("role", ROLES[mode])
    .attr("aria-label", grid.label);

  let cells: Cells;
  if (mode === "table") {
    cells = holder
      .selectChildren<HTMLDivElement, number>("div.cg__row")
      .data(range(rows))
      .join("div")
      .attr("class", "cg__row")
      .attr("role", "row")
      .selectChildren<HTMLElement, number>(".cg__cell")
      .data((r) => range(r * cols, (r + 1) * cols))
      .join("span")
      .attr("class", "cg__cell")
      .attr("role", "cell");
  } else {
    cells = holder
      .selectChildren<HTMLElement, number>(".cg__cell")
      .data(range(rows * cols))
      .join((enter) => {
        const entered = enter.append<HTMLElement>(mode === "buttons" ? "button" : "span");
        if (mode === "buttons") {
          entered.attr("type", "button").attr("tabindex", "-1").attr("disabled", "");
        }
        return entered;
      })
      .attr("class", "cg__cell")
      .attr("aria-label", (i) => cellLabels[i] ?? null);
  }
  const isPad = (i: number) => {
    const [r, c] = [Math.floor(i / cols), i % cols];
    return r < padRing || c < padRing || r >= rows - padRing || c >= cols - padRing;
  };
  cells.attr("data-cell", (i) => i).attr("data-pad", (i) => (isPad(i) ? "" : null));
  for (const [name, flags] of Object.entries(marks)) {
    cells.attr(name, (i) => (flags[i] ? "" : null));
  }
  paint(cells, grid.values, grid.scale, mode === "table");

  // Boxes from the build's markup carry no d3 data yet: their key is read from data-box.
  figure
    .selectChildren<HTMLDivElement, GridBox | undefined>("div.cg__box")
    .data(grid.boxes ?? [], function (b) {
      return b ? b.name : (this as Element).getAttribute("data-box")!;
    })
    .join("div")
    .attr("class", "cg__box")
    .attr("data-box", (b) => b.name)
    .attr("aria-hidden", "true")
    .attr("hidden", (b) => (b.hidden ? "" : null))
    .attr("style", (b) => `--top: ${b.top}; --left: ${b.left}; --h: ${b.height}; --w: ${b.width}`);
}

/**
 * Fill, ink and (when `numbers`) the printed value of each cell, the cell bound to index i taking
 * values[i]. A null value leaves the cell blank, marked data-pending, for outputs not computed yet.
 */
function paint(
  cells: Selection<HTMLElement, number, Element | null, unknown>,
  values: ArrayLike<number | null>,
  scale: ColourScale,
  numbers: boolean,
): void {
  cells.each(function (i) {
    const value = values[i];
    const cell = select(this);
    const pending = value === null || value === undefined;
    const colours = pending ? null : cellPaint(value, scale);
    cell
      .attr("style", colours && `background-color: ${colours.background}; color: ${colours.ink}`)
      .attr("data-pending", pending ? "" : null);
    if (numbers) cell.text(pending ? "" : cellText(value));
  });
}

/** The cells of a grid drawn by drawCellGrid, in row-major order. */
export function gridCells(grid: Element): HTMLElement[] {
  return [...grid.querySelectorAll<HTMLElement>("[data-cell]")];
}
