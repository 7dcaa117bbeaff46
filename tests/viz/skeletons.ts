/**
 * The build-time markup of HeatmapLegend.astro and MapImage.astro, rebuilt in happy-dom with
 * placeholder content, for golden tests of the browser functions that update it.
 */

/** A legend with a blank bar and placeholder ticks, as the functions that update it find it. */
export function legendElement(key: string): HTMLElement {
  const legend = document.createElement("div");
  legend.className = "legend";
  legend.dataset.legend = key;
  legend.innerHTML =
    '<div class="legend__bar"></div><div class="legend__ticks">' +
    '<span data-tick="">?</span><span data-tick="">?</span><span data-tick="">?</span></div>';
  return legend;
}

export const LEGEND_STYLE =
  ".legend { font: 12px sans-serif; width: 180px; margin: 6px; }" +
  " .legend__bar { height: 10px; border: 1px solid #d6d0c4; }" +
  " .legend__ticks { display: flex; justify-content: space-between; }";

/** A map holder with its build-time image (a 1-pixel placeholder of the map's size). */
export function mapImageElement(
  stage: string,
  k: number,
  width: number,
  height: number,
): HTMLElement {
  const holder = document.createElement("div");
  holder.className = "map";
  holder.dataset.map = "";
  holder.dataset.stage = stage;
  holder.dataset.k = String(k);
  const img = document.createElement("img");
  img.alt = `${stage} map ${k + 1}, as built`;
  img.width = width;
  img.height = height;
  holder.append(img);
  return holder;
}
