import { KERNEL_PRESETS, presetById, tensor, type PipelineParams, type Tensor } from "../../core";
import { SAMPLE_SIZE, sampleValues } from "../samples";

/** The stages the explorer can draw, in reading order; p1 and p2 only with pooling on. */
export const SHOWN_STAGES = ["s1", "z1", "a1", "p1", "z2", "a2", "p2"] as const;
export type ShownStage = (typeof SHOWN_STAGES)[number];
/** The stages that exist only when the network pools. */
export const POOLED_STAGES: readonly ShownStage[] = ["p1", "p2"];

/** The stages drawn for a network with or without pooling. */
export function shownStages(pool: boolean): readonly ShownStage[] {
  return pool ? SHOWN_STAGES : SHOWN_STAGES.filter((s) => !POOLED_STAGES.includes(s));
}

/** The pooling the explorer offers: 2 × 2 max pooling after each ReLU, as the term lens shows. */
export const EXPLORER_POOL = { kind: "max", size: 2 } as const;

export interface FilterConfig {
  /** The preset the kernel came from, or null once the reader has edited a cell. */
  preset: string | null;
  kernel: number[];
  bias: number;
}

export interface ExplorerConfig {
  sample: string;
  filters: FilterConfig[];
  /** 2 × 2 max pooling after each ReLU: p1 = pool(a1), then s2 = w2 ∗ p1. */
  pool: boolean;
  /** One colour scale per stage (maps comparable) or one per map (each map's detail). */
  scale: ScaleMode;
}

export const SCALE_MODES = ["stage", "map"] as const;
export type ScaleMode = (typeof SCALE_MODES)[number];

function fromPreset(id: string, bias: number): FilterConfig {
  const preset = presetById(id);
  if (!preset) throw new RangeError(`Unknown kernel preset “${id}”.`);
  return { preset: id, kernel: [...preset.kernel], bias };
}

/**
 * Four conv1 filters chosen to show four behaviours: two edge detectors (signed output, so
 * ReLU halves them), a Laplacian (thin outlines) and a blur with a negative bias (ReLU keeps
 * only the bright regions).
 */
export function defaultConfig(): ExplorerConfig {
  return {
    sample: "chelsea",
    filters: [
      fromPreset("sobel-x", 0),
      fromPreset("sobel-y", 0),
      fromPreset("laplacian", 0),
      fromPreset("gaussian-blur", -0.35),
    ],
    pool: false,
    scale: "stage",
  };
}

const CENTRE = [0, 0, 0, 0, 1, 0, 0, 0, 0];
const ZERO = Array(9).fill(0);

/** Fixed conv2 weights [2, 4, 3, 3]; see labels.layer2Note for what they do. */
function layer2Weights(): { w2: Tensor; b2: number[] } {
  const filter1 = [CENTRE, CENTRE, ZERO, ZERO];
  const filter2 = [ZERO, ZERO, ZERO, presetById("sobel-y")!.kernel];
  return { w2: tensor([2, 4, 3, 3], [...filter1, ...filter2].flat()), b2: [-0.5, 0] };
}

export function inputTensor(sample: string): Tensor {
  return tensor([1, SAMPLE_SIZE, SAMPLE_SIZE], sampleValues(sample));
}

export function explorerParams(config: ExplorerConfig): PipelineParams {
  const { w2, b2 } = layer2Weights();
  return {
    w1: tensor(
      [config.filters.length, 1, 3, 3],
      config.filters.flatMap((f) => f.kernel),
    ),
    b1: config.filters.map((f) => f.bias),
    w2,
    b2,
    conv1: { padding: "same" },
    conv2: { padding: "same" },
    activation: { name: "relu" },
    pool: config.pool ? EXPLORER_POOL : null,
  };
}

export { KERNEL_PRESETS };
