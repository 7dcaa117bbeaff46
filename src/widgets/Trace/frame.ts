import { channel, type PipelineParams, type PipelineResult } from "../../core";
import type { ColourScale } from "../../viz/scales";
import { tensorScale } from "../CellGrid/cells";
import { traceView, type Box, type TraceCursor, type TraceView } from "./model";

/** Sides of the cropped neighbourhoods drawn: of x, of each z1 and a1 map, of the output map. */
export const CROP = { x: 12, layer1: 10, output: 12 } as const;

/** Per-cell flags of one cropped map: outside the map (padding), outside the box, cut by ReLU. */
export type MapMarks = Record<"data-pad" | "data-outside" | "data-cut", boolean[]>;

/** One cropped map: its values (null outside the map) and marks, row-major in the crop. */
export interface CroppedMap {
  values: (number | null)[];
  marks: MapMarks;
}

/** Everything one frame draws, for the build and the browser alike. */
export interface TraceFrame {
  view: TraceView;
  scales: Record<"x" | "z1" | "a1" | "z2" | "a2", ColourScale>;
  /** Where each drawn neighbourhood lies in its full map. */
  crops: { x: Box; layer1: Box; output: Box };
  /** Rows and columns of the full maps: x, each z1 and a1 map, the output map. */
  shapes: { x: readonly number[]; layer1: readonly number[]; output: readonly number[] };
  x: CroppedMap;
  z1: CroppedMap[];
  a1: CroppedMap[];
  output: (number | null)[];
}

function inBox(box: Box, row: number, col: number): boolean {
  return row >= box.top && row < box.top + box.size && col >= box.left && col < box.left + box.size;
}

/** A box moved into a crop's coordinates. */
export function inCrop(box: Box, crop: Box): Box {
  return { top: box.top - crop.top, left: box.left - crop.left, size: box.size };
}

/** A crop of `size` around `box`, centred on it; it may reach past the map's edges. */
function around(box: Box, size: number): Box {
  const margin = Math.floor((size - box.size) / 2);
  return { top: box.top - margin, left: box.left - margin, size };
}

/**
 * The window of the output map the grid shows: `previous` while it still holds the cursor,
 * else one centred on the cursor; always inside the map.
 */
export function outputCrop(
  previous: Box | null,
  cursor: { row: number; col: number },
  rows: number,
  cols: number,
): Box {
  const size = Math.min(CROP.output, rows, cols);
  const fits = (b: Box) =>
    b.size === size && b.top >= 0 && b.left >= 0 && b.top + size <= rows && b.left + size <= cols;
  if (previous && fits(previous) && inBox(previous, cursor.row, cursor.col)) return previous;
  const start = (at: number, n: number) =>
    Math.min(Math.max(at - Math.floor(size / 2), 0), n - size);
  return { top: start(cursor.row, rows), left: start(cursor.col, cols), size };
}

/** The cells of a crop of a map, null where the crop reaches past the map. */
export function cropValues(values: ArrayLike<number>, rows: number, cols: number, crop: Box) {
  return Array.from({ length: crop.size * crop.size }, (_, n) => {
    const row = crop.top + Math.floor(n / crop.size);
    const col = crop.left + (n % crop.size);
    return row < 0 || col < 0 || row >= rows || col >= cols ? null : values[row * cols + col];
  });
}

function cropped(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  crop: Box,
  box: Box,
  cut: (index: number) => boolean,
): CroppedMap {
  const shown = cropValues(values, rows, cols, crop);
  const at = (n: number) => ({
    row: crop.top + Math.floor(n / crop.size),
    col: crop.left + (n % crop.size),
  });
  const pad = shown.map((v) => v === null);
  const outside = shown.map((_, n) => !inBox(box, at(n).row, at(n).col));
  return {
    values: shown,
    marks: {
      "data-pad": pad,
      "data-outside": outside,
      "data-cut": shown.map((_, n) => !pad[n] && !outside[n] && cut(at(n).row * cols + at(n).col)),
    },
  };
}

/**
 * The frame for a cursor: the view, one colour scale per stage (shared by a stage's maps, so
 * colours match the explorer's), and the cropped neighbourhoods with their marks: x pixels a
 * small change of which cannot reach the output are cut; in z1 and a1, the units ReLU zeroed.
 * `previousOutput` is the output window shown before, kept while it holds the cursor.
 */
export function traceFrame(
  result: PipelineResult,
  params: PipelineParams,
  cursor: TraceCursor,
  previousOutput: Box | null = null,
): TraceFrame {
  const view = traceView(result, params, cursor);
  const [, hx, wx] = result.x.shape;
  const [c1, h1, w1] = result.z1.shape;
  const [, h2, w2] = result.z2.shape;
  const crops = {
    x: around(view.xBox, CROP.x),
    layer1: around(view.a1Box, CROP.layer1),
    output: outputCrop(previousOutput, cursor, h2, w2),
  };
  const layer1 = (stage: "z1" | "a1") =>
    Array.from({ length: c1 }, (_, k) => {
      const z1 = channel(result.z1, k);
      const values = channel(result[stage], k);
      return cropped(values, h1, w1, crops.layer1, view.a1Box, (i) => z1[i] <= 0);
    });
  return {
    view,
    scales: {
      x: tensorScale(result.x, "input"),
      z1: tensorScale(result.z1, "signed"),
      a1: tensorScale(result.a1),
      z2: tensorScale(result.z2, "signed"),
      a2: tensorScale(result.a2),
    },
    crops,
    shapes: {
      x: result.x.shape.slice(1),
      layer1: result.z1.shape.slice(1),
      output: result.z2.shape.slice(1),
    },
    x: cropped(channel(result.x, 0), hx, wx, crops.x, view.xBox, (i) => !view.sensitive[i]),
    z1: layer1("z1"),
    a1: layer1("a1"),
    output: cropValues(channel(result[cursor.stage], cursor.map), h2, w2, crops.output),
  };
}
