import {
  receptiveField,
  runPipeline,
  type LayerGeometry,
  type PipelineParams,
  type PipelineResult,
} from "../../core";
import { defaultConfig, explorerParams, inputTensor } from "../PipelineExplorer/model";

/** The photograph the default network reads: the pipeline explorer's default sample. */
export const TRACE_SAMPLE = defaultConfig().sample;

/**
 * The pipeline explorer's default network, by the core: the trace shows it when no explorer
 * shares its page, and the explorer's current network when one does (see trace-view.ts).
 */
export function traceNetwork(): { params: PipelineParams; result: PipelineResult } {
  const params = explorerParams(defaultConfig());
  return { params, result: runPipeline(inputTensor(TRACE_SAMPLE), params) };
}

/** The layers of a network as the core's shape arithmetic sees them: conv1, [pool], conv2. */
function layersOf(params: PipelineParams): {
  conv1: LayerGeometry;
  pool: LayerGeometry | null;
  conv2: LayerGeometry;
} {
  const conv = (w: PipelineParams["w1"], options: PipelineParams["conv1"]): LayerGeometry => ({
    kernel: w.shape[2],
    stride: options?.stride,
    padding: options?.padding,
    dilation: options?.dilation,
  });
  const pool = params.pool
    ? { kernel: params.pool.size, stride: params.pool.stride ?? params.pool.size }
    : null;
  return { conv1: conv(params.w1, params.conv1), pool, conv2: conv(params.w2, params.conv2) };
}

/**
 * From the core's shape arithmetic: the fields in x of a z1 unit (layer1) and of a z2 unit
 * (layer2), the window of a z2 unit in a1 (a1Window: through the pooling, if any) and in what
 * conv2 reads, a1 or p1 (window2).
 */
export function traceFields(params: PipelineParams) {
  const { conv1, pool, conv2 } = layersOf(params);
  const upper = pool ? [pool, conv2] : [conv2];
  return {
    layer1: receptiveField([conv1])[0],
    layer2: receptiveField([conv1, ...upper]).at(-1)!,
    a1Window: receptiveField(upper).at(-1)!,
    window2: receptiveField([conv2])[0],
  };
}
