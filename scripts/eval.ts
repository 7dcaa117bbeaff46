/**
 * `npm run eval`: loads the SHIPPED weights (public/models/mnist-cnn.bin), runs every
 * held-out digit through them and prints "accuracy: NN.N%"; then the per-class accuracy
 * and the accuracy on the 100 shipped digits the widgets use.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { decodeDigits, decodeWeights, evaluateNetwork } from "../src/core/train/index";
import { SHIPPED_DIGITS, SHIPPED_WEIGHTS, splitDigits } from "./mnist";

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

let bytes: Uint8Array;
try {
  bytes = readFileSync(SHIPPED_WEIGHTS);
} catch {
  console.error(
    `No weights at ${relative(process.cwd(), SHIPPED_WEIGHTS)}; run npm run train first.`,
  );
  process.exit(1);
}
const { net, meta } = decodeWeights(bytes);
const { heldOut } = splitDigits();
const result = evaluateNetwork(net, heldOut);
console.log(
  `Shipped weights ${relative(process.cwd(), SHIPPED_WEIGHTS)} (${bytes.length} bytes, seed ${meta.seed}), ${result.count} held-out digits: ${result.correct} correct, mean loss ${result.loss.toFixed(4)}.`,
);

const correct = new Array<number>(10).fill(0);
const total = new Array<number>(10).fill(0);
heldOut.labels.forEach((label, i) => {
  total[label]++;
  if (result.predictions[i] === label) correct[label]++;
});
console.log(`per class: ${correct.map((n, d) => `${d} ${percent(n / total[d])}`).join(", ")}`);

const shipped = decodeDigits(readFileSync(SHIPPED_DIGITS));
const onShipped = evaluateNetwork(net, shipped);
console.log(
  `the ${onShipped.count} digits shipped for the widgets (16 grey levels): ${onShipped.correct} correct`,
);
console.log(`accuracy: ${percent(result.accuracy)}`);
