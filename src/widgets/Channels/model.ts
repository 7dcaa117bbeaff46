import {
  channel,
  conv2d,
  minMax,
  presetById,
  runPipeline,
  tensor,
  type Conv2dOptions,
  type PipelineParams,
  type PipelineResult,
  type Tensor,
} from "../../core";
import { colourScale, roleOfStage, scaleKindFor, type ColourScale } from "../../viz/scales";
import { SAMPLE_SIZE, sampleValues } from "../samples";

/** The photograph layer 1 reads. */
export const CHANNELS_SAMPLE = "chelsea";

/** Layer 2 keeps the size of a1, so every contribution lines up with z2 pixel for pixel. */
export const CONV2: Conv2dOptions = { padding: "same" };

const kernel = (id: string) => [...presetById(id)!.kernel];
const centre = (v: number) => [0, 0, 0, 0, v, 0, 0, 0, 0];
const ZERO = centre(0);

/**
 * w2 [3, 4, 3, 3] and b2, one row of slices per output map (labels.outputNotes say what each
 * does): filter 1 reads all four maps, filter 2 only the two edge maps, filter 3 only map 4.
 */
const LAYER2 = [
  {
    slices: [
      centre(0.5),
      centre(0.5),
      [0, -0.25, 0, -0.25, 0, -0.25, 0, -0.25, 0],
      [0, 0.5, 0, 0.5, 1, 0.5, 0, 0.5, 0],
    ],
    bias: -0.5,
  },
  { slices: [centre(1), centre(1), ZERO, ZERO], bias: -0.5 },
  { slices: [ZERO, ZERO, ZERO, kernel("sobel-y")], bias: 0 },
];

/**
 * The network: four conv1 filters (two Sobel edges, a Laplacian, a blur with a negative bias)
 * with stride 2 and no padding, so z1 is [4, 31, 31] from the 64 × 64 photograph (zero padding
 * would draw false edges along the bright border of the photograph); then ReLU and the three
 * layer-2 filters above.
 */
export function channelsParams(): PipelineParams {
  return {
    w1: tensor([4, 1, 3, 3], ["sobel-x", "sobel-y", "laplacian", "gaussian-blur"].flatMap(kernel)),
    b1: [0, 0, 0, -0.35],
    w2: tensor(
      [LAYER2.length, 4, 3, 3],
      LAYER2.flatMap((f) => f.slices.flat()),
    ),
    b2: LAYER2.map((f) => f.bias),
    conv1: { stride: 2 },
    conv2: CONV2,
    activation: { name: "relu" },
    pool: null,
  };
}

export function runChannels(): PipelineResult {
  const x = tensor([1, SAMPLE_SIZE, SAMPLE_SIZE], sampleValues(CHANNELS_SAMPLE));
  return runPipeline(x, channelsParams());
}

/** The 3×3 slice w2[o, c] as kh·kw numbers, row-major. */
export function weightSlice(w2: Tensor, o: number, c: number): Float32Array {
  const [, cin, kh, kw] = w2.shape;
  const taps = kh * kw;
  return w2.data.slice((o * cin + c) * taps, (o * cin + c + 1) * taps);
}

/**
 * What input map c adds to output map o: w2[o, c] ∗ a1[c], computed by the core's conv2d on
 * that one channel with that one slice, without bias. One [H, W] map per input channel.
 */
export function contributions(
  a1: Tensor,
  w2: Tensor,
  o: number,
  options: Conv2dOptions = CONV2,
): Float32Array[] {
  const [cin, h, w] = a1.shape;
  const [, , kh, kw] = w2.shape;
  return Array.from({ length: cin }, (_, c) => {
    const input = tensor([1, h, w], channel(a1, c).slice());
    const slice = tensor([1, 1, kh, kw], weightSlice(w2, o, c));
    return conv2d(input, slice, undefined, options).data;
  });
}

/** The sum of the contributions (s2[o]) and that sum plus the bias (z2[o]), pixel by pixel. */
export function combine(
  parts: Float32Array[],
  bias: number,
): { sum: Float32Array; z: Float32Array } {
  const length = parts[0]?.length ?? 0;
  const sum = new Float32Array(length);
  const z = new Float32Array(length);
  for (let i = 0; i < length; i++) {
    let total = 0;
    for (const part of parts) total += part[i];
    sum[i] = total;
    z[i] = total + bias;
  }
  return { sum, z };
}

/** One diverging scale for the contributions, their sum and z2[o], so their colours compare. */
export function partsScale(parts: Float32Array[], sum: Float32Array, z: Float32Array): ColourScale {
  let m = 0;
  for (const map of [...parts, sum, z]) {
    for (const v of map) m = Math.max(m, Math.abs(v));
  }
  return colourScale("diverging", -m, m);
}

/** The scale of a whole stage, shared by its maps (a1's starts at 0, z1's is signed). */
export function stageScale(t: Tensor, stage: "z1" | "a1"): ColourScale {
  const { min, max } = minMax(t);
  return colourScale(scaleKindFor(min, roleOfStage(stage)), min, max);
}

/** What the sum reads and never changes: the maps of a1 and their scale. */
export interface ChannelsInput {
  a1: Float32Array[];
  a1Scale: ColourScale;
  width: number;
  height: number;
}

export function channelsInput(result: PipelineResult): ChannelsInput {
  const [c1, height, width] = result.a1.shape;
  return {
    a1: Array.from({ length: c1 }, (_, c) => channel(result.a1, c)),
    a1Scale: stageScale(result.a1, "a1"),
    width,
    height,
  };
}

/**
 * The pixel whose arithmetic the widget spells out: where the contributions are largest in
 * total, so that a reader sees several non-zero terms. Only pixels whose 3×3 window lies inside
 * the map are candidates, away from the zero padding. Ties keep the first, in reading order.
 */
export function probePixel(
  parts: Float32Array[],
  width: number,
  height: number,
): { row: number; col: number } {
  let best = { row: Math.floor(height / 2), col: Math.floor(width / 2) };
  let bestScore = -1;
  for (let row = 1; row < height - 1; row++) {
    for (let col = 1; col < width - 1; col++) {
      let score = 0;
      for (const part of parts) score += Math.abs(part[row * width + col]);
      if (score > bestScore) {
        bestScore = score;
        best = { row, col };
      }
    }
  }
  return best;
}

export function mapRange(values: Float32Array): { min: number; max: number } {
  return minMax({ shape: [values.length], data: values });
}

/** Everything the widget draws for output map o. */
export interface SumView {
  o: number;
  bias: number;
  slices: Float32Array[];
  parts: Float32Array[];
  sum: Float32Array;
  z: Float32Array;
  scale: ColourScale;
  probe: { row: number; col: number; index: number };
}

export function sumView(result: PipelineResult, params: PipelineParams, o: number): SumView {
  const parts = contributions(result.a1, params.w2, o, params.conv2);
  const bias = params.b2[o];
  const { sum, z } = combine(parts, bias);
  const [, height, width] = result.a1.shape;
  const { row, col } = probePixel(parts, width, height);
  return {
    o,
    bias,
    slices: parts.map((_, c) => weightSlice(params.w2, o, c)),
    parts,
    sum,
    z,
    scale: partsScale(parts, sum, z),
    probe: { row, col, index: row * width + col },
  };
}
