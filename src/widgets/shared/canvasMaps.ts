import { drawHeatmap } from "../../viz/heatmap";
import type { PaintMap } from "../../viz/mapPicture";

/**
 * The canvas of one MapImage holder: the build's image replaced by a canvas of the same size and
 * text alternative, the canvas already there on a later call, or a new one in an empty holder.
 */
function canvasIn(holder: Element): HTMLCanvasElement {
  const kept = holder.querySelector("canvas");
  if (kept) return kept;
  const canvas = document.createElement("canvas");
  canvas.setAttribute("role", "img");
  const img = holder.querySelector("img");
  if (!img) {
    holder.append(canvas);
    return canvas;
  }
  canvas.width = img.width;
  canvas.height = img.height;
  canvas.setAttribute("aria-label", img.alt);
  img.replaceWith(canvas);
  return canvas;
}

/**
 * Replaces each build-time map image under `root` (rendered by MapImage.astro) with a canvas of
 * the same size and text alternative, and returns the canvases keyed "<stage>-<k>".
 */
export function upgradeMapImages(root: Element): Map<string, HTMLCanvasElement> {
  const canvases = new Map<string, HTMLCanvasElement>();
  for (const holder of root.querySelectorAll<HTMLElement>("[data-map]")) {
    if (!holder.querySelector("img")) continue;
    canvases.set(`${holder.dataset.stage}-${holder.dataset.k ?? 0}`, canvasIn(holder));
  }
  return canvases;
}

/**
 * The browser's map painter (see PaintMap): the build's image becomes a canvas on the first
 * paint, and every paint draws the map's pixels and its text alternative into it.
 */
export const paintCanvas: PaintMap = (holder, map) => {
  const canvas = canvasIn(holder);
  drawHeatmap(canvas, map.values, map.width, map.height, map.scale);
  canvas.setAttribute("aria-label", map.alt);
};
