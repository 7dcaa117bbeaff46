import type { NetworkParams } from "../../core/train";
import { computeOcclusionRow, occluderCorner } from "./model";
import type { OcclusionMaps, OcclusionOptions } from "./model";
import {
  a2Sum,
  activate2,
  allChannels,
  conv1,
  conv2,
  createLayers,
  forwardAll,
  grow,
  head,
  loadImage,
  pool1,
  pool2,
  pooledRect,
  regionsFit,
  type Layers,
  type Rect,
} from "./regions";

/**
 * The occlusion sweep, incrementally: the grey square changes only the conv1 outputs whose
 * 3×3 window it touches, the p1 cells that pool them, the conv2 outputs reading those, and so
 * on; everything else is the unoccluded digit's. Each position recomputes just those
 * rectangles (for the default 6×6 square: 8×8 of 28×28 conv1 outputs, 7×7 of 14×14 conv2
 * outputs, about a quarter of the work of a forward pass and none of its allocations), then
 * puts the unoccluded values back. The maps are bit for bit those of computeOcclusionRow.
 *
 * Returns the function that fills one row of `maps`.
 */
export function occlusionSweep(
  net: NetworkParams,
  image: ArrayLike<number>,
  options: OcclusionOptions,
  maps: OcclusionMaps,
): (row: number) => void {
  if (!regionsFit(net)) return (row) => computeOcclusionRow(net, image, options, maps, row);
  const layers = createLayers(net);
  loadImage(layers, image);
  forwardAll(layers);
  const clean = {
    x: layers.x.slice(),
    s1: layers.s1.slice(),
    p1: layers.p1.slice(),
    a2: layers.a2.slice(),
    p2: layers.p2.slice(),
  };
  const fill = Math.fround(options.fill);
  const channels = allChannels(layers);

  return (row) => {
    for (let col = 0; col < maps.steps; col++) {
      const [top, left] = occluderCorner(row, col, options);
      const patch: Rect = {
        r0: Math.max(0, top),
        r1: Math.min(layers.n, top + options.size) - 1,
        c0: Math.max(0, left),
        c1: Math.min(layers.n, left + options.size) - 1,
      };
      const rects = affected(layers, patch);
      paint(layers.x, layers.n + 2, patch, 1, fill);
      conv1(layers, rects.s1);
      pool1(layers, rects.p1);
      conv2(layers, rects.s2, channels);
      activate2(layers, rects.s2, layers.sums2);
      pool2(layers, rects.p2);
      const predicted = head(layers);
      const i = row * maps.steps + col;
      maps.activity[i] = a2Sum(layers, maps.strongest);
      maps.probability[i] = layers.probabilities[maps.target];
      maps.predicted[i] = predicted;
      restore(layers, clean, patch, rects);
    }
  };
}

/** The rectangles of each stage that a change of the input's `patch` reaches. */
function affected(layers: Layers, patch: Rect) {
  const s1 = grow(patch, 1, layers.n);
  const p1 = pooledRect(s1, layers.h1);
  const s2 = grow(p1, 1, layers.h1);
  return { s1, p1, s2, p2: pooledRect(s2, layers.h2) };
}

/** Writes `value` over a rectangle of a map `width` wide whose cells start `border` in. */
function paint(to: Float64Array, width: number, r: Rect, border: number, value: number): void {
  for (let y = r.r0; y <= r.r1; y++) {
    const row = (y + border) * width + border;
    to.fill(value, row + r.c0, row + r.c1 + 1);
  }
}

/** Copies a rectangle of each map of a [maps, size, size] stage back from `from`. */
function copyRect(
  to: Float32Array | Float64Array,
  from: Float32Array | Float64Array,
  maps: number,
  size: number,
  border: number,
  r: Rect,
): void {
  const width = size + 2 * border;
  for (let m = 0; m < maps; m++) {
    for (let y = r.r0; y <= r.r1; y++) {
      const start = (m * width + y + border) * width + border;
      for (let i = start + r.c0, end = start + r.c1; i <= end; i++) to[i] = from[i];
    }
  }
}

/** Puts back the unoccluded digit's values where a position changed them. */
function restore(
  layers: Layers,
  clean: {
    x: Float64Array;
    s1: Float32Array;
    p1: Float64Array;
    a2: Float32Array;
    p2: Float32Array;
  },
  patch: Rect,
  rects: ReturnType<typeof affected>,
): void {
  const { n, h1, h2, c1, c2 } = layers;
  copyRect(layers.x, clean.x, 1, n, 1, patch);
  copyRect(layers.s1, clean.s1, c1, n, 0, rects.s1);
  copyRect(layers.p1, clean.p1, c1, h1, 1, rects.p1);
  copyRect(layers.a2, clean.a2, c2, h1, 0, rects.s2);
  copyRect(layers.p2, clean.p2, c2, h2, 0, rects.p2);
}
