import { drawHeatmap } from "../../viz/heatmap";
import { formatNumber } from "../../viz/format";
import type { ExplorerNetwork } from "../PipelineExplorer/network";
import { followExplorerNetwork } from "../shared/explorerNetwork";
import type { Listen } from "../shared/WidgetElement";
import { thumbnailMaps, type Thumbnail } from "./thumbnails";
import type { TermLensLabels } from "./labels";

function dataUri({ values, width, height, scale }: Thumbnail): string {
  const canvas = document.createElement("canvas");
  drawHeatmap(canvas, values, width, height, scale);
  return canvas.toDataURL();
}

/** Redraws the lens's thumbnails and bias values from the explorer's network. */
function show(root: HTMLElement, labels: TermLensLabels, { params, result }: ExplorerNetwork) {
  const maps = thumbnailMaps({ params, result });
  const byStage = new Map<string, HTMLImageElement[]>();
  for (const img of root.querySelectorAll<HTMLImageElement>("img[data-thumb]")) {
    const stage = img.dataset.thumb!;
    byStage.set(stage, [...(byStage.get(stage) ?? []), img]);
  }
  for (const [stage, images] of byStage) {
    const thumbs = maps[stage as keyof typeof maps];
    images.forEach((img, i) => {
      img.hidden = !thumbs?.[i];
      if (thumbs?.[i]) img.src = dataUri(thumbs[i]);
    });
  }
  for (const [key, values] of [
    ["b1", params.b1],
    ["b2", params.b2],
  ] as const) {
    const bias = root.querySelector(`[data-bias='${key}']`);
    if (bias) bias.textContent = Array.from(values, (v) => formatNumber(v)).join(", ");
  }
  const note = root.querySelector<HTMLElement>("[data-network-note]");
  if (note) {
    note.textContent = params.pool
      ? labels.networkExplorer
      : `${labels.networkExplorer} ${labels.networkNoPool}`;
  }
}

/**
 * Makes the lens's pictures follow a pipeline explorer on the same page (one network for both
 * figures); without one, the build-time pictures of the default network stay. Redraws at most
 * once a frame, however fast the reader types.
 */
export function followExplorer(root: HTMLElement, labels: TermLensLabels, listen: Listen): void {
  followExplorerNetwork(listen, (network) => show(root, labels, network));
}
