import {
  presetById,
  receptiveField,
  runPipeline,
  tensor,
  type LayerGeometry,
  type PipelineParams,
  type PipelineResult,
  type Tensor,
} from "../../core";
import { SAMPLE_SIZE, sampleValues } from "../samples";

/** Side of the input, in pixels: the cat's left eye and its surroundings. */
export const TRACE_SIZE = 12;
/** The photograph the traced crop comes from. */
export const TRACE_SAMPLE = "chelsea";
const CROP = { sample: TRACE_SAMPLE, top: 14, left: 12 };

/** Both layers: 3×3 kernels, stride 1, no padding ('valid'), so every field lies inside x. */
export const TRACE_LAYERS: readonly LayerGeometry[] = [
  { kernel: 3, padding: "valid" },
  { kernel: 3, padding: "valid" },
];

/** The 12×12 crop, rounded to two decimals so the written-out terms are the numbers used. */
export function traceInput(): Tensor {
  const full = sampleValues(CROP.sample);
  const data = new Float32Array(TRACE_SIZE * TRACE_SIZE);
  for (let r = 0; r < TRACE_SIZE; r++) {
    for (let c = 0; c < TRACE_SIZE; c++) {
      const v = full[(CROP.top + r) * SAMPLE_SIZE + CROP.left + c];
      data[r * TRACE_SIZE + c] = Math.round(v * 100) / 100;
    }
  }
  return tensor([1, TRACE_SIZE, TRACE_SIZE], data);
}

// Layer 2 reads both rectified edge maps with uneven positive weights: it responds where the
// eye's rim has edges of either direction. Uneven, so no two paths cancel exactly.
const W2 = [
  [0.3, 0.5, 0.2, 0.6, 0.9, 0.4, 0.1, 0.7, 0.3],
  [0.4, 0.2, 0.6, 0.3, 0.8, 0.5, 0.7, 0.1, 0.2],
];

/**
 * conv1: Sobel (x) and Sobel (y), ReLU; conv2: one filter over both maps, ReLU. The inputs
 * have two decimals and the Sobel weights are whole, so w1 ∗ x is a multiple of 0.01: a bias
 * of −0.125 keeps every z1 at least 0.005 away from ReLU's kink at 0, where "does a small
 * change get through?" would have no clear answer.
 */
export function traceParams(): PipelineParams {
  const sobelX = presetById("sobel-x")!.kernel;
  const sobelY = presetById("sobel-y")!.kernel;
  return {
    w1: tensor([2, 1, 3, 3], [...sobelX, ...sobelY]),
    b1: [-0.125, -0.125],
    w2: tensor([1, 2, 3, 3], W2.flat()),
    b2: [-0.4],
    conv1: { padding: TRACE_LAYERS[0].padding },
    conv2: { padding: TRACE_LAYERS[1].padding },
    activation: { name: "relu" },
  };
}

/** The whole network's stages, by the core. */
export function traceNetwork(): { params: PipelineParams; result: PipelineResult } {
  const params = traceParams();
  return { params, result: runPipeline(traceInput(), params) };
}

/**
 * From the core's shape arithmetic: the fields in x of a z1 unit (layer1) and of a z2 unit
 * (layer2), and the window in a1 of a z2 unit (window2, layer 2 alone).
 */
export function traceFields() {
  const [layer1, layer2] = receptiveField(TRACE_LAYERS);
  const [window2] = receptiveField(TRACE_LAYERS.slice(1));
  return { layer1, layer2, window2 };
}
