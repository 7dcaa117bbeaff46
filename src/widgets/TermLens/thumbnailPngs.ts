import { heatmapPixels } from "../../viz/heatmap";
import { pngDataUri } from "../../viz/png";
import { thumbnailMaps, type PicturedStage, type Thumbnail } from "./thumbnails";

// Build-time only (png.ts needs node:zlib): the first frame of the lens's thumbnails.

export function thumbnailPng({ values, width, height, scale }: Thumbnail): string {
  return pngDataUri(heatmapPixels(values, width, height, scale), width, height);
}

/** The lens's thumbnails as PNG data URIs, by stage. */
export function stageThumbnails(
  network: Parameters<typeof thumbnailMaps>[0],
): Partial<Record<PicturedStage, string[]>> {
  const maps = thumbnailMaps(network);
  return Object.fromEntries(
    Object.entries(maps).map(([stage, thumbs]) => [stage, thumbs.map(thumbnailPng)]),
  );
}
