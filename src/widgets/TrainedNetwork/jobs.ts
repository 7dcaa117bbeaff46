import type { DigitSet, NetworkParams } from "../../core/train";
import { createDeadBase, deadFrameFrom, type DeadBase } from "./deadSweep";
import {
  DEAD_GRID_SIZE,
  DEFAULT_OCCLUSION,
  deadScaleMax,
  firstOfEachClass,
  heldOutDigit,
  startOcclusion,
  type DeadFrame,
  type OcclusionMaps,
} from "./model";
import { occlusionSweep } from "./occlusionSweep";

/*
 * The trained network's heavy recomputes (tens of milliseconds each, bench/recompute.bench.ts)
 * as jobs, run by the same code in the Web Worker (network.worker.ts) and, where no worker can
 * start, on the page (jobClient.ts). Like the worker, this module imports only model.ts and the
 * core: no DOM, no drawing.
 */

/** What jobs read: the network, the held-out digits, and what is worth keeping between jobs. */
export interface JobModel {
  net: NetworkParams;
  digits: DigitSet;
  /** The dead-filter view's digits. */
  grid: number[];
  /** deadScaleMax of each filter, computed on first use. */
  scaleMax: Map<number, number>;
  /** What every dead-filter step reuses, made by the first (see deadSweep.ts). */
  deadBase: DeadBase | null;
}

export function jobModel(net: NetworkParams, digits: DigitSet): JobModel {
  return {
    net,
    digits,
    grid: firstOfEachClass(digits, DEAD_GRID_SIZE),
    scaleMax: new Map(),
    deadBase: null,
  };
}

/** A recompute a view asks for: the occlusion sweep of a digit, or a step of the bias slider. */
export type NetworkJob =
  | { kind: "occlusion"; digit: number; size: number }
  | { kind: "dead"; filter: number; shift: number };

/** A step of the dead-filter view: its frame and the top of the filter's colour scale. */
export interface DeadStep extends DeadFrame {
  scaleMax: number;
}

export type JobResult<J extends NetworkJob> = J extends { kind: "occlusion" }
  ? OcclusionMaps
  : DeadStep;

/**
 * Awaited before each slice of a job with the forward passes done so far; resolves to false
 * when a newer job has made this one stale, which then stops.
 */
export type Between = (done: number, total: number) => Promise<boolean>;

export function deadStep(model: JobModel, filter: number, shift: number): DeadStep {
  let max = model.scaleMax.get(filter);
  if (max === undefined) {
    max = deadScaleMax(model.net, model.digits, model.grid, filter);
    model.scaleMax.set(filter, max);
  }
  model.deadBase ??= createDeadBase(model.net, model.digits);
  const frame = deadFrameFrom(model.deadBase, model.net, model.digits, model.grid, filter, shift);
  return { ...frame, scaleMax: max };
}

/** Runs a job: the occlusion sweep one row of positions per slice, a dead-filter step at once. */
export async function runJob<J extends NetworkJob>(
  model: JobModel,
  job: J,
  between: Between,
): Promise<JobResult<J> | null> {
  if (job.kind === "dead") {
    if (!(await between(0, model.digits.labels.length))) return null;
    return deadStep(model, job.filter, job.shift) as JobResult<J>;
  }
  const { x, label } = heldOutDigit(model.digits, job.digit);
  const options = { ...DEFAULT_OCCLUSION, size: job.size };
  const maps = startOcclusion(model.net, x.data, options, label);
  const total = maps.steps * maps.steps;
  const computeRow = occlusionSweep(model.net, x.data, options, maps);
  for (let row = 0; row < maps.steps; row++) {
    if (!(await between(row * maps.steps, total))) return null;
    computeRow(row);
  }
  return maps as JobResult<J>;
}

/** The buffers of a result, to hand over to the other thread rather than copy. */
export function transferList(result: OcclusionMaps | DeadStep): ArrayBuffer[] {
  const arrays =
    "steps" in result ? [result.activity, result.probability, result.predicted] : result.grid.maps;
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/** Messages to the worker. */
export type ToWorker =
  | { type: "init"; net: NetworkParams; digits: DigitSet }
  | { type: "job"; id: number; channel: string; job: NetworkJob };

/** Messages from the worker, each naming the job it is about. */
export type FromWorker =
  | { type: "progress"; id: number; done: number; total: number }
  | { type: "done"; id: number; result: OcclusionMaps | DeadStep }
  | { type: "error"; id: number; message: string };
