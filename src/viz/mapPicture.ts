import type { BaseType, Selection } from "d3";
import type { ColourScale } from "./scales";

/** One heatmap as a figure's draw function hands it to a painter. */
export interface MapPicture {
  /** One 2-D map, row-major. */
  values: ArrayLike<number>;
  width: number;
  height: number;
  scale: ColourScale;
  /** The text alternative: what the map is and what it shows. */
  alt: string;
}

/**
 * Paints a map's pixels into its holder. Heatmaps stay pixels, not marks: at build the painter
 * is `paintImage` (a PNG, viz/mapImageAtBuild), in the browser `paintCanvas` (shared/canvasMaps),
 * so one draw function places the maps and the painter fills them.
 */
export type PaintMap = (holder: HTMLElement, map: MapPicture) => void;

/**
 * The holder of one map, as MapImage.astro makes it: a `div[data-map]` with the stage and
 * channel the widget's script and tests find it by, made once under `parent` and painted again on
 * every draw.
 */
export function drawMapHolder<P extends BaseType>(
  holder: Selection<HTMLDivElement, unknown, P, unknown>,
  where: { stage: string; k?: number },
  map: MapPicture,
  paint: PaintMap,
): void {
  holder
    .attr("data-map", "")
    .attr("data-stage", where.stage)
    .attr("data-k", where.k ?? 0)
    .each(function () {
      paint(this, map);
    });
}
