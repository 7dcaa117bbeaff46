/**
 * CellGrid.astro's markup rebuilt in happy-dom, for golden tests of the functions that paint
 * it (paintCells, placeBox, markCells), and a page of such grids as a standalone SVG file.
 */
import { xhtml, goldenHtmlSvg } from "./goldenSvg";

/** A grid of rows × cols empty cells and the named (hidden) overlay boxes, as the build renders it. */
export function cellGridElement(rows: number, cols: number, boxes: readonly string[]): HTMLElement {
  const grid = document.createElement("div");
  grid.className = "cg";
  grid.style.setProperty("--rows", String(rows));
  grid.style.setProperty("--cols", String(cols));
  const cells = document.createElement("div");
  cells.className = "cg__cells";
  for (let i = 0; i < rows * cols; i++) {
    const cell = document.createElement("span");
    cell.className = "cg__cell";
    cell.dataset.cell = String(i);
    cells.append(cell);
  }
  grid.append(cells);
  for (const name of boxes) {
    const box = document.createElement("div");
    box.className = "cg__box";
    box.dataset.box = name;
    box.hidden = true;
    grid.append(box);
  }
  return grid;
}

/** CellGrid.astro's layout and the widgets' marks, in fixed sizes (the site's use variables). */
const STYLE = `
.page { display: flex; gap: 16px; padding: 8px; font: 12px sans-serif; background: #fffdf8; }
.cg { position: relative; width: 200px; }
.cg__cells { display: grid; grid-template-columns: repeat(var(--cols), minmax(0, 1fr));
  aspect-ratio: var(--cols) / var(--rows); border: 1px solid #d6d0c4; background: #fffdf8; }
.cg__cell { display: flex; align-items: center; justify-content: center; overflow: hidden;
  font-size: 9px; line-height: 1; white-space: nowrap; }
.cg__cell[data-pad] { outline: 1px dashed #5f5a52; outline-offset: -3px; }
.cg__cell[data-pending] { background: repeating-linear-gradient(45deg, #fffdf8 0 4px, #eee9df 4px 8px); }
.cg__cell[data-outside] { opacity: 0.3; }
.cg__cell[data-cut] { background-image: repeating-linear-gradient(135deg,
  rgb(255 255 255 / 0.7) 0 2px, rgb(80 80 80 / 0.55) 2px 4px); }
.cg__box { position: absolute; box-sizing: border-box; pointer-events: none;
  top: calc(1px + (100% - 2px) * var(--top) / var(--rows));
  left: calc(1px + (100% - 2px) * var(--left) / var(--cols));
  height: calc((100% - 2px) * var(--h) / var(--rows));
  width: calc((100% - 2px) * var(--w) / var(--cols));
  outline: 3px solid #7a4a12; box-shadow: inset 0 0 0 1px #fff, 0 0 0 4px #fff; }
.cg__box[data-box="via"] { outline: 2px solid #000; }
.cg__box[hidden] { display: none; }
`;

/** Grids side by side under their names, as one standalone SVG file. */
export function gridsSvg(grids: readonly [string, HTMLElement][], height: number): string {
  const page = document.createElement("div");
  page.className = "page";
  for (const [name, grid] of grids) {
    const figure = document.createElement("div");
    const title = document.createElement("div");
    title.textContent = name;
    figure.append(title, grid);
    page.append(figure);
  }
  return goldenHtmlSvg({ width: 16 + grids.length * 216, height, style: STYLE }, xhtml(page));
}
