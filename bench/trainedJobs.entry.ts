/**
 * The trained network's worker jobs, bundled by bench/browser.bench.mjs for a blank Chromium
 * page: the incremental recomputes the worker runs (jobs.ts) and the plain path, a forward pass
 * per position or digit (model.ts), each called synchronously so that one call is one task.
 */
import { deadStep, jobModel, type JobModel } from "../src/widgets/TrainedNetwork/jobs";
import {
  DEFAULT_OCCLUSION,
  deadFrame,
  heldOutDigit,
  occlusionMaps,
  readModelFiles,
  startOcclusion,
} from "../src/widgets/TrainedNetwork/model";
import { occlusionSweep } from "../src/widgets/TrainedNetwork/occlusionSweep";

let model: JobModel;

export function load(weights: Uint8Array, digits: Uint8Array): void {
  const files = readModelFiles(weights, digits);
  model = jobModel(files.net, files.digits);
}

/** The occlusion job of held-out digit `digit` (all rows at once), incremental or plain. */
export function occlusion(digit: number, plain: boolean): void {
  const { x, label } = heldOutDigit(model.digits, digit);
  if (plain) {
    occlusionMaps(model.net, x.data, DEFAULT_OCCLUSION, label);
    return;
  }
  const maps = startOcclusion(model.net, x.data, DEFAULT_OCCLUSION, label);
  const row = occlusionSweep(model.net, x.data, DEFAULT_OCCLUSION, maps);
  for (let r = 0; r < maps.steps; r++) row(r);
}

/** A dead-filter step as the worker runs it, or the plain deadFrame. */
export function dead(filter: number, shift: number, plain: boolean): void {
  if (plain) deadFrame(model.net, model.digits, model.grid, filter, shift);
  else deadStep(model, filter, shift);
}
