/**
 * `npm run bench`, part 2: editing one conv1 kernel cell, as the pipeline explorer does,
 * against recomputing everything, ours and @tensorflow/tfjs-backend-wasm's (XNNPACK, run in
 * Node from its packaged .wasm), all in one process and interleaved.
 *
 * Network per case: x [Cin,H,W] → conv1 (C1 filters, 3×3, same) + b1 → ReLU → 2×2 max pool
 * → conv2 (C1 → C1, 3×3, same) + b2 → ReLU → 2×2 max pool. Each timed call first writes a
 * new value into one cell of filter k of w1, so every contender sees new weights.
 *
 * - layer 1 only: ours brings s1 up to date incrementally (updateIncrementalConv: map k
 *   moves by the weight's change times the shifted input channel) or recomputes all of s1
 *   (conv2dInto); tfjs uploads the new w1 and runs conv2d, reading s1 back.
 * - whole network: ours runs updatePipeline (s1[k] by the same delta, z1[k], a1[k], p1[k],
 *   then every map of layer 2 by the change of p1[k], and z2, a2, p2, keeping every stage)
 *   or runPipeline (everything, new tensors); tfjs uploads
 *   the new w1 and runs fused conv+bias+ReLU, max pool, fused conv+bias+ReLU, max pool,
 *   reading back only p2: less work than ours, so its time is a lower bound.
 *
 * Target (issue 9): the edit at least 3× faster than tfjs-wasm's full recompute, on
 * 3×128×128 → 8 and 3×224×224 → 16.
 */
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import path from "node:path";
import * as tf from "@tensorflow/tfjs-core";
import { getThreadsCount, setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import {
  conv2dInto,
  createIncrementalConv,
  createRandom,
  randomTensor,
  runPipeline,
  updateIncrementalConv,
  updatePipeline,
  zeros,
  type PipelineParams,
  type PipelineResult,
} from "../src/core/index";
import { filterTensor, readBack, toHwio, toNhwc, worstDiff } from "./tfjs";
import { median, ms, sampleInterleaved, table } from "./timing";

const TARGET = 3;
/** Longer than conv2d.bench.ts: six contenders share each round. */
const SAMPLING = { warmupMs: 1000, measureMs: 6000 };

interface Case {
  cin: number;
  size: number;
  /** Filters of both layers. */
  filters: number;
}

const CASES: Case[] = [
  { cin: 3, size: 128, filters: 8 },
  { cin: 3, size: 224, filters: 16 },
];

function paramsFor(c: Case): PipelineParams {
  const rng = createRandom(c.cin * 1000 + c.size + c.filters);
  return {
    w1: randomTensor([c.filters, c.cin, 3, 3], rng),
    b1: Array.from({ length: c.filters }, () => rng.uniform(-0.1, 0.1)),
    w2: randomTensor([c.filters, c.filters, 3, 3], rng, -0.3, 0.3),
    b2: Array.from({ length: c.filters }, () => rng.uniform(-0.1, 0.1)),
    conv1: { padding: "same" },
    conv2: { padding: "same" },
    activation: { name: "relu" },
    pool: { kind: "max", size: 2 },
  };
}

interface Measured {
  label: string;
  /** Median CPU milliseconds per call, in the order of the contenders. */
  ms: number[];
  samples: number;
  /** tfjs-wasm's time over ours, by CPU time and by wall clock. */
  layerRatio: number;
  netRatio: number;
  layerWallRatio: number;
  netWallRatio: number;
  layerDiff: number;
  netDiff: number;
  updateVsRun: number;
}

async function measure(c: Case): Promise<Measured> {
  const label = `${c.cin}×${c.size}×${c.size} → ${c.filters} → ${c.filters}`;
  const params = paramsFor(c);
  const x = randomTensor([c.cin, c.size, c.size], createRandom(c.size));
  const k = c.filters - 1;
  const w1 = params.w1;
  const cell = k * c.cin * 9 + 4; // the centre of filter k's first channel
  const w1Hwio = toHwio(w1);
  const cellHwio = 4 * c.cin * c.filters + k; // the same weight in HWIO
  let edits = 0;
  /** A new value in one kernel cell of filter k, in both layouts; never the same twice. */
  const edit = () => {
    const value = Math.sin(++edits) * 0.75;
    w1.data[cell] = value;
    w1Hwio[cellHwio] = value;
  };

  const result: PipelineResult = runPipeline(x, params);
  const s1 = zeros(result.s1.shape);
  const s1Kept = zeros(result.s1.shape);
  const conv1 = createIncrementalConv(x, w1, params.conv1, s1Kept);
  const xt = toNhwc(x);
  const w2t = filterTensor(params.w2);
  const b1t = tf.tensor1d(Array.from(params.b1));
  const b2t = tf.tensor1d(Array.from(params.b2));
  const newW1 = () => tf.tensor4d(w1Hwio, [3, 3, c.cin, c.filters]);
  const tfLayer = () => readBack(() => tf.conv2d(xt, newW1(), 1, "same"));
  const tfNetwork = () =>
    readBack(() => {
      const layer = { strides: 1, pad: "same", activation: "relu" } as const;
      const a1 = tf.fused.conv2d({ x: xt, filter: newW1(), bias: b1t, ...layer });
      const p1 = tf.maxPool(a1, 2, 2, "valid");
      const a2 = tf.fused.conv2d({ x: p1, filter: w2t, bias: b2t, ...layer });
      return tf.maxPool(a2, 2, 2, "valid");
    });

  process.stdout.write(`  ${label}: sampling for ${SAMPLING.measureMs / 1000} s … `);
  const times = sampleInterleaved(
    [
      () => (edit(), updateIncrementalConv(conv1, x, w1, { filters: [k] })),
      () => (edit(), conv2dInto(x, w1, undefined, params.conv1, s1)),
      () => (edit(), tfLayer()),
      () => (edit(), updatePipeline(result, params, { param: "w1", filter: k })),
      () => (edit(), runPipeline(x, params)),
      () => (edit(), tfNetwork()),
    ],
    SAMPLING,
  );

  // Same numbers? One more edit, then every contender on the same weights.
  edit();
  updateIncrementalConv(conv1, x, w1, { filters: [k] });
  updatePipeline(result, params, { param: "w1", filter: k });
  const full = runPipeline(x, params);
  const layerDiff = worstDiff(s1Kept, tfLayer());
  const netDiff = worstDiff(result.p2!, tfNetwork());
  const updateVsRun = Math.max(
    ...(["s1", "a1", "p1", "s2", "a2", "p2"] as const).map((id) =>
      worstRelative(result[id]!.data, full[id]!.data),
    ),
  );
  tf.dispose([xt, w2t, b1t, b2t]);

  const med = times.map((t) => median(t.cpu));
  const wall = times.map((t) => median(t.wall));
  const measured = {
    label,
    ms: med,
    samples: Math.min(...times.map((t) => t.cpu.length)),
    layerRatio: med[2] / med[0],
    netRatio: med[5] / med[3],
    layerWallRatio: wall[2] / wall[0],
    netWallRatio: wall[5] / wall[3],
    layerDiff,
    netDiff,
    updateVsRun,
  };
  console.log(
    `edit ${measured.layerRatio.toFixed(1)}× (layer 1) and ${measured.netRatio.toFixed(1)}× ` +
      `(whole network) faster than tfjs-wasm by CPU time; by wall clock ` +
      `${measured.layerWallRatio.toFixed(1)}× and ${measured.netWallRatio.toFixed(1)}× ` +
      `(≥ ${measured.samples} samples each)`,
  );
  return measured;
}

/** Largest |a − b| over the largest |b|: how far an incremental stage is from the full one. */
function worstRelative(a: Float32Array, b: Float32Array): number {
  let diff = 0;
  let scale = 0;
  b.forEach((v, i) => {
    diff = Math.max(diff, Math.abs(a[i] - v));
    scale = Math.max(scale, Math.abs(v));
  });
  return scale === 0 ? diff : diff / scale;
}

function verdict(what: string, rows: Measured[], ratio: (m: Measured) => number): string {
  const slow = rows.filter((m) => ratio(m) < TARGET);
  const list = rows.map((m) => `${m.label.split(" → ")[0]} ${ratio(m).toFixed(1)}×`).join(", ");
  return slow.length === 0
    ? `PASS (${what}): the edit is at least ${TARGET}× faster than tfjs-wasm's full recompute on every size (${list}).`
    : `FAIL (${what}): under ${TARGET}× on ${slow.length} of ${rows.length} sizes (${list}).`;
}

async function main(): Promise<void> {
  tf.enableProdMode(); // no debug checks
  const distDir = path.dirname(
    createRequire(import.meta.url).resolve("@tensorflow/tfjs-backend-wasm"),
  );
  setWasmPaths(`${distDir}${path.sep}`);
  if (!(await tf.setBackend("wasm"))) throw new Error("tfjs could not start its wasm backend.");
  const env = tf.env();
  console.log(
    `incremental-update benchmark: node ${process.version}, tfjs ${tf.version_core} ` +
      `(${tf.getBackend()}: SIMD ${env.getBool("WASM_HAS_SIMD_SUPPORT") ? "yes" : "no"}, ` +
      `threads ${getThreadsCount()}), load average ${loadavg()[0].toFixed(1)}`,
  );

  const rows: Measured[] = [];
  for (const c of CASES) rows.push(await measure(c));

  console.log(
    "\nEdit of one conv1 kernel cell (filter k = last). Median CPU milliseconds per call; " +
      "ratios of medians taken in the same run (by CPU time, then by wall clock).\n",
  );
  console.log(
    table(
      [
        "case",
        "ours: edit s1[k]",
        "ours: all s1",
        "tfjs-wasm s1",
        "tfjs / s1[k]",
        "(wall)",
        "max abs diff",
      ],
      rows.map((m) => [
        m.label.split(" → ").slice(0, 2).join(" → "),
        ms(m.ms[0]),
        ms(m.ms[1]),
        ms(m.ms[2]),
        `${m.layerRatio.toFixed(1)}×`,
        `${m.layerWallRatio.toFixed(1)}×`,
        m.layerDiff.toExponential(1),
      ]),
    ),
  );
  console.log("");
  console.log(
    table(
      [
        "network",
        "updatePipeline",
        "runPipeline",
        "tfjs-wasm",
        "run / update",
        "tfjs / update",
        "(wall)",
        "max abs diff",
      ],
      rows.map((m) => [
        m.label,
        ms(m.ms[3]),
        ms(m.ms[4]),
        ms(m.ms[5]),
        `${(m.ms[4] / m.ms[3]).toFixed(1)}×`,
        `${m.netRatio.toFixed(1)}×`,
        `${m.netWallRatio.toFixed(1)}×`,
        m.netDiff.toExponential(1),
      ]),
    ),
  );
  const agree = Math.max(...rows.map((m) => m.updateVsRun));
  console.log(
    `\nAfter the thousands of edits above, updatePipeline and runPipeline agree ` +
      `${agree === 0 ? "exactly" : `to ${agree.toExponential(1)} of each stage's largest value`}; ` +
      `load average now ${loadavg()[0].toFixed(1)}.`,
  );
  console.log(verdict("layer 1, the issue's measure", rows, (m) => m.layerRatio));
  console.log(verdict("whole network, what the widget does", rows, (m) => m.netRatio));
}

await main();
