import type { ColourScale } from "../../viz/scales";
import { cellPaint, cellText } from "./cells";

/** The cells of a grid rendered by CellGrid.astro, in row-major order. */
export function gridCells(grid: Element): HTMLElement[] {
  return [...grid.querySelectorAll<HTMLElement>("[data-cell]")];
}

/**
 * Repaints cells with new values: fill, ink and (when `numbers`) the printed value.
 * A null value leaves the cell blank, marked data-pending, for outputs not computed yet.
 */
export function paintCells(
  cells: readonly HTMLElement[],
  values: ArrayLike<number | null>,
  scale: ColourScale,
  numbers: boolean,
): void {
  cells.forEach((cell, i) => {
    const value = values[i];
    if (value === null || value === undefined) {
      cell.style.backgroundColor = "";
      cell.style.color = "";
      cell.toggleAttribute("data-pending", true);
      if (numbers) cell.textContent = "";
      return;
    }
    const paint = cellPaint(value, scale);
    cell.style.backgroundColor = paint.background;
    cell.style.color = paint.ink;
    cell.removeAttribute("data-pending");
    if (numbers) cell.textContent = cellText(value);
  });
}

/** Moves (or, with null, hides) an overlay box rendered by CellGrid.astro with this name. */
export function placeBox(
  grid: Element,
  name: string,
  box: { top: number; left: number; height: number; width: number } | null,
): void {
  const element = grid.querySelector<HTMLElement>(`[data-box="${name}"]`);
  if (!element) return;
  element.hidden = box === null;
  if (!box) return;
  element.style.setProperty("--top", String(box.top));
  element.style.setProperty("--left", String(box.left));
  element.style.setProperty("--h", String(box.height));
  element.style.setProperty("--w", String(box.width));
}

/** Sets or removes a boolean data attribute on each cell, e.g. data-cut. */
export function markCells(
  cells: readonly HTMLElement[],
  name: string,
  flags: readonly boolean[],
): void {
  cells.forEach((cell, i) => cell.toggleAttribute(name, Boolean(flags[i])));
}
