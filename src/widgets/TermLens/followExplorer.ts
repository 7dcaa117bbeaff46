import { drawHeatmap } from "../../viz/heatmap";
import type { ExplorerNetwork } from "../PipelineExplorer/network";
import { followExplorerNetwork } from "../shared/explorerNetwork";
import type { Listen } from "../shared/WidgetElement";
import { thumbnailMaps, type Thumbnail } from "./thumbnails";
import type { TermLensLabels } from "./labels";
import { drawNetworkNote, drawPictures, type LensPictures } from "./draw";

function dataUri({ values, width, height, scale }: Thumbnail): string {
  const canvas = document.createElement("canvas");
  drawHeatmap(canvas, values, width, height, scale);
  return canvas.toDataURL();
}

/** Redraws the lens's thumbnails, bias values and note from the explorer's network. */
function show(root: HTMLElement, labels: TermLensLabels, { params, result }: ExplorerNetwork) {
  const maps = thumbnailMaps({ params, result });
  const pictures: LensPictures = {
    thumbnails: Object.fromEntries(
      Object.entries(maps).map(([stage, thumbs]) => [stage, thumbs.map(dataUri)]),
    ),
    biases: { b1: params.b1, b2: params.b2 },
  };
  for (const card of root.querySelectorAll<HTMLElement>(".lens__stage")) {
    const pics = card.querySelector<HTMLSpanElement>(".lens__pics");
    if (pics) drawPictures(pics, card.dataset.stage!, pictures);
  }
  const note = root.querySelector<HTMLParagraphElement>("[data-network-note]");
  if (note) drawNetworkNote(note, Boolean(params.pool), labels);
}

/**
 * Makes the lens's pictures follow a pipeline explorer on the same page (one network for both
 * figures); without one, the build-time pictures of the default network stay. Redraws at most
 * once a frame, however fast the reader types.
 */
export function followExplorer(root: HTMLElement, labels: TermLensLabels, listen: Listen): void {
  followExplorerNetwork(listen, (network) => show(root, labels, network));
}
