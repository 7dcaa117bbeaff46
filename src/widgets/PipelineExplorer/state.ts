import { presetById } from "../../core";
import { readHash, writeHash } from "../hashState";
import { FIELD_LIMIT, parseFieldNumber } from "../parseNumber";
import { SAMPLES } from "../samples";
import {
  SCALE_MODES,
  SHOWN_STAGES,
  type ExplorerConfig,
  type FilterConfig,
  type ScaleMode,
} from "./model";
import type { Cell, MapStage } from "./readout";

/** URL keys, prefixed "pe." so that other widgets on the page never collide. */
const SAMPLE_KEY = "pe.x";
const BIAS_KEY = "pe.b1";
const POOL_KEY = "pe.pool";
const SCALE_KEY = "pe.scale";
/** The readout's pinned cell: stage, map, row, column, counted from 1 as the figure shows them. */
const CELL_KEY = "pe.cell";
const MAP_STAGES: readonly string[] = ["x", ...SHOWN_STAGES];
/** pe.pool's values: the explorer's one pooling, or none. */
const POOL_VALUES: Record<string, boolean> = { max: true, none: false };
const filterKey = (k: number) => `pe.w1.${k + 1}`;

export interface ExplorerStateRead {
  config: ExplorerConfig;
  /** True when a key of ours held something unusable and its default was kept. */
  fellBack: boolean;
}

function parseNumbers(text: string, count: number): number[] | null {
  const parts = text.split(",");
  if (parts.length !== count) return null;
  const values: number[] = [];
  for (const part of parts) {
    const parsed = parseFieldNumber(part, FIELD_LIMIT);
    if (!parsed.ok) return null;
    values.push(parsed.value);
  }
  return values;
}

/**
 * Reads `#pe.x=<sample>&pe.w1.<k>=<preset id or 9 numbers>&pe.b1=<biases>&pe.pool=max|none&pe.scale=stage|map`;
 * never throws.
 * Missing keys keep `defaults`; unusable ones keep them too and set `fellBack`.
 */
export function readExplorerState(hash: string, defaults: ExplorerConfig): ExplorerStateRead {
  const entries = readHash(hash);
  let fellBack = false;
  const sample = entries.get(SAMPLE_KEY);
  const config: ExplorerConfig = {
    sample: defaults.sample,
    filters: defaults.filters.map((f) => ({ ...f, kernel: [...f.kernel] })),
    pool: defaults.pool,
    scale: defaults.scale,
  };
  if (sample !== undefined) {
    if (SAMPLES.some((s) => s.id === sample)) config.sample = sample;
    else fellBack = true;
  }
  config.filters.forEach((filter: FilterConfig, k) => {
    const text = entries.get(filterKey(k));
    if (text === undefined) return;
    const preset = presetById(text);
    const numbers = preset ? null : parseNumbers(text, 9);
    if (preset) {
      filter.preset = preset.id;
      filter.kernel = [...preset.kernel];
    } else if (numbers) {
      filter.preset = null;
      filter.kernel = numbers;
    } else {
      fellBack = true;
    }
  });
  const biases = entries.get(BIAS_KEY);
  if (biases !== undefined) {
    const numbers = parseNumbers(biases, config.filters.length);
    if (numbers) numbers.forEach((b, k) => (config.filters[k].bias = b));
    else fellBack = true;
  }
  const pool = entries.get(POOL_KEY);
  if (pool !== undefined) {
    if (Object.hasOwn(POOL_VALUES, pool)) config.pool = POOL_VALUES[pool];
    else fellBack = true;
  }
  const scale = entries.get(SCALE_KEY);
  if (scale !== undefined) {
    if ((SCALE_MODES as readonly string[]).includes(scale)) config.scale = scale as ScaleMode;
    else fellBack = true;
  }
  return { config, fellBack };
}

/** Writes the whole explorer state into `hash`, keeping other widgets' keys. */
export function writeExplorerState(hash: string, config: ExplorerConfig): string {
  const updates: Record<string, string | undefined> = {
    // The reader's own drawing is too large for a link; a link to it shows the default sample.
    [SAMPLE_KEY]: config.sample === "own" ? undefined : config.sample,
    [BIAS_KEY]: config.filters.map((f) => f.bias).join(","),
    // Off is the default, and a link without the key shows it.
    [POOL_KEY]: config.pool ? "max" : undefined,
    [SCALE_KEY]: config.scale === "stage" ? undefined : config.scale,
  };
  config.filters.forEach((f, k) => {
    updates[filterKey(k)] = f.preset ?? f.kernel.join(",");
  });
  return writeHash(hash, updates);
}

/**
 * Reads `#pe.cell=<stage>,<map>,<row>,<column>` (map, row and column from 1); never throws.
 * Whether the cell lies on its map is for the network to say (cellExists).
 */
export function readPinnedCell(hash: string): { cell: Cell | null; fellBack: boolean } {
  const text = readHash(hash).get(CELL_KEY);
  if (text === undefined) return { cell: null, fellBack: false };
  const [stage, ...rest] = text.split(",");
  const numbers = rest.map((part) => (/^[1-9]\d{0,3}$/.test(part) ? Number(part) - 1 : NaN));
  if (!MAP_STAGES.includes(stage) || numbers.length !== 3 || numbers.some(Number.isNaN)) {
    return { cell: null, fellBack: true };
  }
  const [k, row, col] = numbers;
  return { cell: { stage: stage as MapStage, k, row, col }, fellBack: false };
}

/** Writes the pinned cell into `hash` (none removes the key), keeping every other key. */
export function writePinnedCell(hash: string, cell: Cell | null): string {
  return writeHash(hash, {
    [CELL_KEY]: cell ? [cell.stage, cell.k + 1, cell.row + 1, cell.col + 1].join(",") : undefined,
  });
}
