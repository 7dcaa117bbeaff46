/**
 * `npm run bench`: the core's conv2d against TensorFlow.js's CPU backend on the same
 * inputs, in one process, plus incremental pipeline updates against a full run.
 * All convolutions are 3×3 with 'same' padding, stride 1, no bias.
 * Target: ours at least 5× faster than tfjs on every multi-channel case.
 */
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import {
  conv2d,
  conv2dInto,
  createRandom,
  randomTensor,
  runPipeline,
  updatePipeline,
  zeros,
  type PipelineChange,
  type PipelineParams,
  type Tensor,
} from "../src/core/index";

const TARGET = 5;
/** Per case: warm up for this long, then keep sampling for at least MEASURE_MS. */
const WARMUP_MS = 300;
const MEASURE_MS = 2000;
const MIN_SAMPLES = 5;
const MAX_SAMPLES = 1000;
const SLICE_MS = 100;

interface Case {
  cin: number;
  size: number;
  cout: number;
}

const CASES: Case[] = [
  { cin: 1, size: 28, cout: 8 },
  { cin: 8, size: 28, cout: 16 },
  { cin: 3, size: 128, cout: 8 },
  { cin: 8, size: 128, cout: 8 },
  { cin: 1, size: 256, cout: 1 },
  { cin: 3, size: 224, cout: 16 },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function timeOnce(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/**
 * Runs the functions in turn, round after round, so that a burst of load from other
 * processes hits all of them alike. In each round every function runs at least once
 * and for at least SLICE_MS, so a fast function collects many samples even next to a
 * slow one. Returns the samples of each, in milliseconds.
 */
function sampleInterleaved(fns: (() => void)[]): number[][] {
  const warmEnd = performance.now() + WARMUP_MS;
  do for (const f of fns) f();
  while (performance.now() < warmEnd);
  const samples: number[][] = fns.map(() => []);
  const end = performance.now() + MEASURE_MS;
  while (samples.some((s) => s.length < MIN_SAMPLES) || performance.now() < end) {
    fns.forEach((f, i) => {
      const sliceEnd = performance.now() + SLICE_MS;
      do samples[i].push(timeOnce(f));
      while (performance.now() < sliceEnd && samples[i].length < MAX_SAMPLES);
    });
  }
  return samples;
}

const ms = (v: number) => v.toFixed(v < 10 ? 3 : 1);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    "| " +
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ") +
    " |";
  // Markdown: the first column left-aligned, the numbers right-aligned.
  const rule =
    "|" + widths.map((w, i) => "-".repeat(w + 1) + (i === 0 ? "-" : ":")).join("|") + "|";
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/** [Cin,H,W] and [Cout,Cin,kh,kw] as tfjs's NHWC input and [kh,kw,Cin,Cout] filter. */
function toTfjs(x: Tensor, w: Tensor): { xt: tf.Tensor4D; wt: tf.Tensor4D } {
  const [cin, h, wd] = x.shape;
  const [cout, , kh, kw] = w.shape;
  return tf.tidy(() => ({
    xt: tf.transpose(tf.tensor4d(x.data, [1, cin, h, wd]), [0, 2, 3, 1]) as tf.Tensor4D,
    wt: tf.transpose(tf.tensor4d(w.data, [cout, cin, kh, kw]), [2, 3, 1, 0]) as tf.Tensor4D,
  }));
}

async function main(): Promise<void> {
  tf.enableProdMode(); // no debug checks, and no "install tfjs-node" banner
  await tf.setBackend("cpu");
  console.log(
    `conv2d benchmark: node ${process.version}, tfjs ${tf.version_core} (${tf.getBackend()})`,
  );

  const rows: string[][] = [];
  const ratios: { c: Case; ratio: number }[] = [];
  for (const c of CASES) {
    const label = `${c.cin}×${c.size}×${c.size} → ${c.cout}`;
    process.stdout.write(`  ${label} … `);
    const rng = createRandom(c.cin * 1000 + c.size + c.cout);
    const x = randomTensor([c.cin, c.size, c.size], rng);
    const w = randomTensor([c.cout, c.cin, 3, 3], rng);
    const out = zeros([c.cout, c.size, c.size]);
    const { xt, wt } = toTfjs(x, w);
    const options = { padding: "same" } as const;
    let ours: Tensor = out;
    let theirs: Float32Array = new Float32Array(0);
    const [oursMs, intoMs, tfMs] = sampleInterleaved([
      () => {
        ours = conv2d(x, w, undefined, options);
      },
      () => conv2dInto(x, w, undefined, options, out),
      () => {
        // dataSync forces tfjs to compute; tidy frees the result.
        theirs = tf.tidy(() => tf.conv2d(xt, wt, 1, "same").dataSync() as Float32Array);
      },
    ]);
    xt.dispose();
    wt.dispose();
    // Same numbers? theirs is NHWC: element (y, x, o) is ours (o, y, x).
    let worst = 0;
    const plane = c.size * c.size;
    for (let o = 0; o < c.cout; o++) {
      for (let i = 0; i < plane; i++) {
        worst = Math.max(worst, Math.abs(ours.data[o * plane + i] - theirs[i * c.cout + o]));
      }
    }
    const ratio = median(tfMs) / median(oursMs);
    ratios.push({ c, ratio });
    rows.push([
      label,
      ms(median(oursMs)),
      ms(median(intoMs)),
      ms(median(tfMs)),
      `${ratio.toFixed(1)}×`,
      worst.toExponential(1),
      `${oursMs.length}/${tfMs.length}`,
    ]);
    console.log(`${ratio.toFixed(1)}× (${oursMs.length} and ${tfMs.length} samples)`);
  }

  // Incremental recompute in a textbook-sized network.
  const rng = createRandom(7);
  const x = randomTensor([3, 128, 128], rng);
  const params: PipelineParams = {
    w1: randomTensor([8, 3, 3, 3], rng),
    b1: Array.from({ length: 8 }, () => rng.uniform(-0.1, 0.1)),
    w2: randomTensor([8, 8, 3, 3], rng),
    b2: Array.from({ length: 8 }, () => rng.uniform(-0.1, 0.1)),
    conv1: { padding: "same" },
    conv2: { padding: "same" },
    activation: { name: "relu" },
    pool: { kind: "max", size: 2 },
  };
  const result = runPipeline(x, params);
  const pipeRows: string[][] = [];
  for (const change of [
    { param: "w1", filter: 3 },
    { param: "w2", filter: 3 },
  ] as PipelineChange[]) {
    const label = `${change.param}[${change.filter}] edit`;
    process.stdout.write(`  pipeline ${label} … `);
    const w = params[change.param as "w1" | "w2"];
    const per = w.data.length / w.shape[0];
    const [updateMs, fullMs] = sampleInterleaved([
      () => {
        w.data[change.filter * per] += 1e-3;
        updatePipeline(result, params, change);
      },
      () => runPipeline(x, params),
    ]);
    const ratio = median(fullMs) / median(updateMs);
    pipeRows.push([label, ms(median(updateMs)), ms(median(fullMs)), `${ratio.toFixed(1)}×`]);
    console.log(`${ratio.toFixed(1)}×`);
  }

  console.log("\n3×3 convolution, padding 'same', stride 1; median milliseconds per call\n");
  console.log(
    table(
      [
        "case (Cin×H×W → Cout)",
        "ours conv2d",
        "ours conv2dInto",
        "tfjs cpu",
        "tfjs/ours",
        "max abs diff",
        "samples",
      ],
      rows,
    ),
  );
  console.log(
    "\nPipeline 3×128×128 → 8 → 8, 3×3 'same', ReLU, 2×2 max pooling; median milliseconds\n",
  );
  console.log(table(["change", "updatePipeline", "runPipeline", "full/update"], pipeRows));

  const multi = ratios.filter(({ c }) => c.cin > 1 || c.cout > 1);
  const slow = multi.filter(({ ratio }) => ratio < TARGET);
  const worstMulti = Math.min(...multi.map(({ ratio }) => ratio));
  console.log(
    slow.length === 0
      ? `\nPASS: every multi-channel case is at least ${TARGET}× faster than tfjs (worst ${worstMulti.toFixed(1)}×).`
      : `\nFAIL: ${slow.length} multi-channel case(s) under ${TARGET}×: ${slow
          .map(({ c, ratio }) => `${c.cin}×${c.size}×${c.size} → ${c.cout} at ${ratio.toFixed(1)}×`)
          .join(", ")}.`,
  );
}

await main();
