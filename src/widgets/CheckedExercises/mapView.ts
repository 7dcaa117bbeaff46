import { channel, minMax, type Tensor } from "../../core";
import { formatNumber, formatSize } from "../../viz/format";
import type { Lang } from "../../i18n";
import { colourScale, scaleKindFor, type ColourScale, type StageRole } from "../../viz/scales";
import { fillLabel } from "../parseNumber";

/** What a heatmap of a one-channel tensor needs: its values, size, colour scale and words. */
export interface MapView {
  values: Float32Array;
  width: number;
  height: number;
  min: number;
  max: number;
  scale: ColourScale;
  alt: string;
}

/**
 * The first channel of t, ready to draw, at build time or in the browser. Inputs use the grey
 * image scale; signed stages (z) always diverge about 0, other maps when they have negative values.
 * @param altTemplate "{stage}: {size} grid, values from {min} to {max}" in the page's language
 */
export function mapView(
  t: Tensor,
  stage: string,
  altTemplate: string,
  lang: Lang,
  role: StageRole = "other",
): MapView {
  const { min, max } = minMax(t);
  const [, height, width] = t.shape;
  return {
    values: channel(t, 0),
    width,
    height,
    min,
    max,
    scale: colourScale(scaleKindFor(min, role), min, max),
    alt: fillLabel(altTemplate, {
      stage,
      size: formatSize(height, width, lang),
      min: formatNumber(min),
      max: formatNumber(max),
    }),
  };
}
