/**
 * A page of grids drawn by drawCellGrid (CellGrid.astro's markup) as a standalone SVG file, for
 * golden tests of the grids the widgets draw.
 */
import { xhtml, goldenHtmlSvg } from "./goldenSvg";

/** CellGrid.astro's layout and the widgets' marks, in fixed sizes (the site's use variables). */
const STYLE = `
.page { display: flex; gap: 16px; padding: 8px; font: 12px sans-serif; background: #fffdf8; }
.cg { position: relative; width: 200px; }
.cg__cells { display: grid; grid-template-columns: repeat(var(--cols), minmax(0, 1fr));
  aspect-ratio: var(--cols) / var(--rows); border: 1px solid #d6d0c4; background: #fffdf8; }
.cg__row { display: contents; }
button.cg__cell { margin: 0; padding: 0; border: 0; font: inherit; }
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
