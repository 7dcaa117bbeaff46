/**
 * `npm run bench`, part 3: how long the widgets' heavier recomputes take, to decide which
 * belong in a Web Worker. Issue 9's rule: a recompute of more than a few milliseconds leaves
 * the main thread; here "a few" is a quarter of a 60 Hz frame. Times are median CPU
 * milliseconds of this process (which the machine's load does not inflate, unlike wall clock),
 * for the computation alone: drawing the maps comes on top and stays on the main thread. Each
 * case says where the site runs it, and the verdict checks that against the threshold.
 */
import { loadavg } from "node:os";
import { runPipeline, tensor, updatePipeline } from "../src/core/index";
import { defaultConfig, explorerParams, inputTensor } from "../src/widgets/PipelineExplorer/model";
import { SAMPLE_SIZE, sampleValues } from "../src/widgets/samples";
import { readShippedPhotos } from "../src/widgets/samples/shipped";
import { deadStep, jobModel } from "../src/widgets/TrainedNetwork/jobs";
import {
  DEFAULT_OCCLUSION,
  classify,
  deadFrame,
  heldOutDigit,
  occlusionMaps,
  startOcclusion,
} from "../src/widgets/TrainedNetwork/model";
import { occlusionSweep } from "../src/widgets/TrainedNetwork/occlusionSweep";
import { shippedModel } from "../src/widgets/TrainedNetwork/shippedModel";
import { median, ms, sampleInterleaved, table } from "./timing";

const THRESHOLD_MS = 1000 / 60 / 4;

readShippedPhotos();
const config = defaultConfig();
const params = explorerParams(config);
const result = runPipeline(inputTensor(config.sample), params);
const ownImage = sampleValues("chelsea");
let edits = 0;

const { net, digits } = shippedModel();
const digit = heldOutDigit(digits, 0).x;
// The worker's own job code (src/widgets/TrainedNetwork/jobs.ts); its per-filter colour-scale
// maximum is cached after the first step, as in the worker.
const model = jobModel(net, digits);

type Where = "main thread" | "worker";
const CASES: [string, Where, () => void][] = [
  [
    "pipeline explorer: kernel edit (updatePipeline)",
    "main thread",
    () => {
      params.w1.data[4] = (edits++ % 5) - 2;
      updatePipeline(result, params, { param: "w1", filter: 0 });
    },
  ],
  [
    `pipeline explorer: new ${SAMPLE_SIZE}×${SAMPLE_SIZE} input image (runPipeline)`,
    "main thread",
    () => runPipeline(tensor([1, SAMPLE_SIZE, SAMPLE_SIZE], ownImage), params),
  ],
  ["trained network: one digit (forward pass)", "main thread", () => classify(net, digit)],
  [
    `trained network: dead-filter step, incremental (the worker's job)`,
    "worker",
    () => deadStep(model, 0, -0.5),
  ],
  [
    `trained network: dead-filter step, ${digits.labels.length} forward passes`,
    "worker",
    () => deadFrame(net, digits, model.grid, 0, -0.5),
  ],
  [
    "trained network: occlusion maps, incremental (the worker's job)",
    "worker",
    () => {
      const maps = startOcclusion(net, digit.data);
      const row = occlusionSweep(net, digit.data, DEFAULT_OCCLUSION, maps);
      for (let r = 0; r < maps.steps; r++) row(r);
    },
  ],
  [
    "trained network: occlusion maps, 196 forward passes",
    "worker",
    () => occlusionMaps(net, digit.data),
  ],
];

console.log(
  `recompute benchmark: node ${process.version}, load average ${loadavg()[0].toFixed(1)}; ` +
    `threshold for a worker ${ms(THRESHOLD_MS)} ms`,
);
process.stdout.write("  sampling every recompute, interleaved … ");
const times = sampleInterleaved(
  CASES.map(([, , f]) => f),
  { measureMs: 6000 },
);
console.log("done\n");
console.log(
  table(
    ["recompute", "CPU ms", "wall ms", "samples", "runs in", "verdict"],
    CASES.map(([label, where], i) => {
      const cpu = median(times[i].cpu);
      const over = cpu > THRESHOLD_MS;
      return [
        label,
        ms(cpu),
        ms(median(times[i].wall)),
        String(times[i].cpu.length),
        where,
        over === (where === "worker")
          ? "as it should"
          : over
            ? "MISSED: over, on the main thread"
            : "under: the worker is not needed",
      ];
    }),
  ),
);
console.log(`\nLoad average now ${loadavg()[0].toFixed(1)}.`);
