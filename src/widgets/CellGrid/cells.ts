import { minMax, type Tensor } from "../../core";
import { formatNumber } from "../../viz/format";
import { colourScale, scaleKindFor, type ColourScale, type StageRole } from "../../viz/scales";

/** How one grid cell is painted: its fill and a text colour readable on it. */
export interface CellPaint {
  background: string;
  ink: string;
}

/** WCAG relative luminance of an sRGB colour given as 0–255 channels. */
export function relativeLuminance([r, g, b]: readonly number[]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two luminances, ≥ 1. */
export function contrastRatio(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

const BLACK_INK = "#000";
const WHITE_INK = "#fff";

/**
 * The fill of a value on its scale, with black or white text, whichever contrasts more: the
 * better of the two always reaches at least 4.58:1, so printed numbers meet WCAG AA.
 */
export function cellPaint(value: number, scale: ColourScale): CellPaint {
  const rgb = scale.rgb(value);
  const l = relativeLuminance(rgb);
  const ink = contrastRatio(l, 0) >= contrastRatio(l, 1) ? BLACK_INK : WHITE_INK;
  return { background: `rgb(${rgb[0]}, ${rgb[1]}, ${rgb[2]})`, ink };
}

/** A value as printed inside a small cell: two significant digits, true minus sign. */
export function cellText(value: number): string {
  return formatNumber(value, 2);
}

/**
 * The colour scale of a tensor's maps, shared by all its channels so they can be compared:
 * grey from 0 to 1 for an input image, diverging for a signed stage (s, z: even when no value
 * is negative), else diverging or sequential as its values need.
 */
export function tensorScale(t: Tensor, role: StageRole = "other"): ColourScale {
  if (role === "input") return colourScale("image", 0, 1);
  const { min, max } = minMax(t);
  return colourScale(scaleKindFor(min, role), min, max);
}
