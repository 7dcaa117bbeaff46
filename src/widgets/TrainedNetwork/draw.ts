import { drawHeatmap } from "../../viz/heatmap";
import type { ColourScale } from "../../viz/scales";

/** Draws one map into the canvas that replaced MapImage `stage`/`k`, and sets its text alternative. */
export function drawMap(
  canvases: Map<string, HTMLCanvasElement>,
  key: string,
  map: { values: ArrayLike<number>; width: number; height: number },
  scale: ColourScale,
  alt?: string,
): HTMLCanvasElement | undefined {
  const canvas = canvases.get(key);
  if (!canvas) return undefined;
  drawHeatmap(canvas, map.values, map.width, map.height, scale);
  if (alt !== undefined) canvas.setAttribute("aria-label", alt);
  return canvas;
}

/** Enables every form control under root (they are disabled until the script runs). */
export function enableControls(root: Element): void {
  for (const control of root.querySelectorAll<
    HTMLInputElement | HTMLSelectElement | HTMLButtonElement
  >("input, select, button")) {
    control.disabled = false;
  }
}

/** The grid cell (row, col) of a steps × steps map under a pointer event. */
export function cellAt(target: Element, event: MouseEvent, steps: number): [number, number] {
  const box = target.getBoundingClientRect();
  const clamp = (v: number) => Math.max(0, Math.min(steps - 1, v));
  return [
    clamp(Math.floor(((event.clientY - box.top) / box.height) * steps)),
    clamp(Math.floor(((event.clientX - box.left) / box.width) * steps)),
  ];
}
