/**
 * `npm run bench`: the core's conv2d against TensorFlow.js's CPU backend on the same
 * inputs, in one process (bench/incremental.bench.ts times the incremental updates).
 * All convolutions are 3×3 with 'same' padding, stride 1, no bias.
 * Target: ours at least 5× faster than tfjs on every multi-channel case, by CPU time.
 */
import { loadavg } from "node:os";
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import {
  conv2d,
  conv2dInto,
  createRandom,
  randomTensor,
  zeros,
  type Tensor,
} from "../src/core/index";
import { filterTensor, readBack, toNhwc, worstDiff } from "./tfjs";
import { median, ms, sampleInterleaved, table } from "./timing";

const TARGET = 5;

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

async function main(): Promise<void> {
  tf.enableProdMode(); // no debug checks, and no "install tfjs-node" banner
  await tf.setBackend("cpu");
  console.log(
    `conv2d benchmark: node ${process.version}, tfjs ${tf.version_core} (${tf.getBackend()}), ` +
      `load average ${loadavg()[0].toFixed(1)}`,
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
    const xt = toNhwc(x);
    const wt = filterTensor(w);
    const options = { padding: "same" } as const;
    let ours: Tensor = out;
    let theirs: Float32Array = new Float32Array(0);
    const [oursT, intoT, tfT] = sampleInterleaved([
      () => {
        ours = conv2d(x, w, undefined, options);
      },
      () => conv2dInto(x, w, undefined, options, out),
      () => {
        // Reading the result back forces tfjs to compute.
        theirs = readBack(() => tf.conv2d(xt, wt, 1, "same"));
      },
    ]);
    xt.dispose();
    wt.dispose();
    const worst = worstDiff(ours, theirs);
    const ratio = median(tfT.cpu) / median(oursT.cpu);
    const wallRatio = median(tfT.wall) / median(oursT.wall);
    ratios.push({ c, ratio });
    rows.push([
      label,
      ms(median(oursT.cpu)),
      ms(median(intoT.cpu)),
      ms(median(tfT.cpu)),
      `${ratio.toFixed(1)}×`,
      `${wallRatio.toFixed(1)}×`,
      worst.toExponential(1),
      `${oursT.cpu.length}/${tfT.cpu.length}`,
    ]);
    console.log(
      `${ratio.toFixed(1)}× by CPU time, ${wallRatio.toFixed(1)}× by wall clock ` +
        `(${oursT.cpu.length} and ${tfT.cpu.length} samples)`,
    );
  }

  console.log(
    "\n3×3 convolution, padding 'same', stride 1; median CPU milliseconds per call " +
      `(load average now ${loadavg()[0].toFixed(1)})\n`,
  );
  console.log(
    table(
      [
        "case (Cin×H×W → Cout)",
        "ours conv2d",
        "ours conv2dInto",
        "tfjs cpu",
        "tfjs/ours",
        "(wall)",
        "max abs diff",
        "samples",
      ],
      rows,
    ),
  );
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
