import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { conv2d, conv2dInto, createRandom, randomTensor, zeros } from "../src/core/index";

tf.enableProdMode();
await tf.setBackend("cpu");
const cases = [
  [1, 28, 28, 8],
  [8, 28, 28, 16],
  [3, 128, 128, 8],
  [8, 128, 128, 8],
  [1, 256, 256, 1],
  [3, 224, 224, 16],
];
function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}
function time(f: () => void, budget: number) {
  const ts: number[] = [];
  const end = performance.now() + budget;
  while ((performance.now() < end && ts.length < 500) || ts.length < 5) {
    const t = performance.now();
    f();
    ts.push(performance.now() - t);
  }
  return ts;
}
for (const [cin, h, w, cout] of cases) {
  const rng = createRandom(1);
  const x = randomTensor([cin, h, w], rng);
  const wt = randomTensor([cout, cin, 3, 3], rng);
  const out = zeros([cout, h, w]);
  const xt = tf.transpose(tf.tensor4d(x.data, [cin, h, w, 1]), [3, 1, 2, 0]) as tf.Tensor4D;
  const ft = tf.transpose(tf.tensor4d(wt.data, [cout, cin, 3, 3]), [2, 3, 1, 0]) as tf.Tensor4D;
  const fo = () => conv2d(x, wt, undefined, { padding: "same" });
  const fi = () => conv2dInto(x, wt, undefined, { padding: "same" }, out);
  const ft2 = () => tf.tidy(() => tf.conv2d(xt, ft, 1, "same").dataSync());
  time(fo, 300);
  time(fi, 300);
  time(ft2, 300);
  const ours = time(fo, 1000),
    into = time(fi, 1000),
    tfj = time(ft2, 1000);
  console.log(
    `${cin}x${h}x${w}->${cout}`,
    median(ours).toFixed(3),
    median(into).toFixed(3),
    median(tfj).toFixed(3),
    (median(tfj) / median(ours)).toFixed(2),
    ours.length,
    tfj.length,
  );
}
