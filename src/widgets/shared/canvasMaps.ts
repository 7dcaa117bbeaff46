/**
 * Replaces each build-time map image under `root` (rendered by MapImage.astro) with a canvas of
 * the same size and text alternative, and returns the canvases keyed "<stage>-<k>".
 */
export function upgradeMapImages(root: Element): Map<string, HTMLCanvasElement> {
  const canvases = new Map<string, HTMLCanvasElement>();
  for (const holder of root.querySelectorAll<HTMLElement>("[data-map]")) {
    const img = holder.querySelector("img");
    if (!img) continue;
    const canvas = document.createElement("canvas");
    canvas.width = img.width;
    canvas.height = img.height;
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", img.alt);
    img.replaceWith(canvas);
    canvases.set(`${holder.dataset.stage}-${holder.dataset.k ?? 0}`, canvas);
  }
  return canvases;
}
