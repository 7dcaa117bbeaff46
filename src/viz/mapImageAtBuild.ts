import { select } from "d3";
import { heatmapPixels } from "./heatmap";
import type { PaintMap } from "./mapPicture";
import { pngDataUri } from "./png";

/**
 * The build's map painter: the map as a PNG `<img>`, the first frame a page shows before (or
 * without) its script, which then paints a canvas in its place (paintCanvas). Build only: the
 * PNG encoder needs Node.
 */
export const paintImage: PaintMap = (holder, map) => {
  select(holder)
    .selectChildren("img")
    .data([null])
    .join("img")
    .attr(
      "src",
      pngDataUri(
        heatmapPixels(map.values, map.width, map.height, map.scale),
        map.width,
        map.height,
      ),
    )
    .attr("alt", map.alt)
    .attr("width", map.width)
    .attr("height", map.height);
};
