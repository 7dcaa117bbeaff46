import type { DigitSet, NetworkParams } from "../../core/train";
import { deadFrame, type DeadFrame } from "./model";
import {
  activate2,
  conv1,
  conv2Sums,
  createLayers,
  forwardAll,
  fullRect,
  head,
  loadImage,
  pool1,
  pool2,
  poolMap,
  regionsFit,
  type Layers,
} from "./regions";

/*
 * The dead-filter slider, incrementally. Moving conv1 filter f's bias changes only map f of
 * z1, a1 and p1; conv2 is linear in p1, so its sums move by w2[·, f] ∗ Δp1[f], a one-channel
 * convolution, from the sums of the unchanged network, which are kept for every digit. The
 * a1 maps shown are computed as the core does (bit for bit); the sums of conv2 can differ from
 * a full recompute's in their last Float64 bit, far below float32's rounding, so the counts of
 * silent and correctly read digits are those of deadFrame (tests/widgets/trainedNetworkRegions.test.ts).
 */

/** What a step reuses: the buffers, and conv2's sums for every digit in the unchanged network. */
export interface DeadBase {
  layers: Layers;
  sums: Float64Array[];
  /** Each digit's class as the unchanged network reads it. */
  predicted: Uint8Array;
  /** p1[f] before and after the change, and their difference, each with a zero border. */
  before: Float64Array;
  delta: Float64Array;
}

/** Runs every digit through the unchanged network once (as many forward passes as digits). */
export function createDeadBase(net: NetworkParams, digits: DigitSet): DeadBase {
  const layers = createLayers(net);
  const plane = digits.size * digits.size;
  const predicted = new Uint8Array(digits.labels.length);
  const sums = Array.from(digits.labels, (_, d) => {
    loadImage(layers, digits.images.subarray(d * plane, (d + 1) * plane));
    predicted[d] = forwardAll(layers);
    return layers.sums2.slice();
  });
  const bordered = (layers.h1 + 2) ** 2;
  return {
    layers,
    sums,
    predicted,
    before: new Float64Array(bordered),
    delta: new Float64Array(layers.c1 * bordered),
  };
}

/** deadFrame, computed incrementally from `base` (made for the same network and digits). */
export function deadFrameFrom(
  base: DeadBase | null,
  net: NetworkParams,
  digits: DigitSet,
  grid: readonly number[],
  filter: number,
  shift: number,
): DeadFrame {
  if (!base || !regionsFit(net)) return deadFrame(net, digits, grid, filter, shift);
  const { layers, before, delta } = base;
  const { n, h1 } = layers;
  const plane = n * n;
  const bp = h1 + 2;
  const oldBias = net.b1[filter];
  const bias = Math.fround(oldBias + shift);
  const pooled = fullRect(h1);
  const deltaAt = filter * bp * bp;
  const shown = new Map(grid.map((d) => [d, new Float32Array(plane)]));
  let silent = 0;
  let correct = 0;
  for (let d = 0; d < digits.labels.length; d++) {
    loadImage(layers, digits.images.subarray(d * plane, (d + 1) * plane));
    conv1(layers, fullRect(n), [filter]);
    const s1 = layers.s1.subarray(filter * plane, (filter + 1) * plane);
    const map = shown.get(d);
    let alive = false;
    for (let i = 0; i < plane; i++) {
      const z = Math.fround(s1[i] + bias);
      const a = z > 0 ? z : 0;
      if (a > 0) alive = true;
      if (map) map[i] = a;
    }
    if (!alive) silent++;
    poolMap(layers.s1, filter * plane, n, oldBias, pooled, before, bp + 1, bp);
    pool1(layers, pooled, [filter], bias);
    let changed = false;
    for (let i = 0, j = filter * bp * bp; i < bp * bp; i++, j++) {
      const v = layers.p1[j] - before[i];
      delta[deltaAt + i] = v;
      if (v !== 0) changed = true;
    }
    if (changed) {
      const sums = layers.sums2;
      sums.set(base.sums[d]);
      conv2Sums(layers, pooled, delta, [filter], sums);
      activate2(layers, pooled, sums);
      pool2(layers, fullRect(layers.h2));
    }
    // p1 as in the unchanged network: so is everything after it.
    if ((changed ? head(layers) : base.predicted[d]) === digits.labels[d]) correct++;
  }
  const maps = grid.map((d) => shown.get(d)!);
  return {
    grid: { maps, silent: maps.filter((m) => m.every((v) => v === 0)).length },
    all: { silent, correct, count: digits.labels.length },
    bias,
  };
}
