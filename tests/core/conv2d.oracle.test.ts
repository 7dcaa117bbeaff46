import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, describe, expect, it } from "vitest";
import { conv2d, createRandom, outputSize, randomTensor, type Tensor } from "../../src/core/index";

/** tfjs in NHWC layout, filters [kh, kw, Cin, Cout], explicit symmetric padding. */
function tfjsConv2d(
  x: Tensor,
  w: Tensor,
  stride: number,
  padding: number,
  dilation: number,
): { shape: number[]; data: Float32Array } {
  const [cin, h, wd] = x.shape;
  const [cout, , kh, kw] = w.shape;
  // tfjs refuses stride > 1 together with dilation > 1: compute at stride 1 and keep
  // every stride-th row and column, which is the same thing.
  const tfStride = dilation > 1 ? 1 : stride;
  const out = tf.tidy(() => {
    const xt = tf.transpose(tf.tensor4d(x.data, [1, cin, h, wd]), [0, 2, 3, 1]) as tf.Tensor4D;
    const wt = tf.transpose(tf.tensor4d(w.data, [cout, cin, kh, kw]), [2, 3, 1, 0]) as tf.Tensor4D;
    const pad: [[number, number], [number, number], [number, number], [number, number]] = [
      [0, 0],
      [padding, padding],
      [padding, padding],
      [0, 0],
    ];
    const y = tf.conv2d(xt, wt, tfStride, pad, "NHWC", dilation);
    return tf.transpose(y, [0, 3, 1, 2]);
  });
  const [, , fullH, fullW] = out.shape;
  const full = out.dataSync() as Float32Array;
  out.dispose();
  if (tfStride === stride) return { shape: [cout, fullH, fullW], data: full };
  const ho = outputSize(h, kh, stride, padding, dilation);
  const wo = outputSize(wd, kw, stride, padding, dilation);
  const data = new Float32Array(cout * ho * wo);
  for (let o = 0; o < cout; o++)
    for (let y = 0; y < ho; y++)
      for (let xx = 0; xx < wo; xx++)
        data[(o * ho + y) * wo + xx] = full[(o * fullH + y * stride) * fullW + xx * stride];
  return { shape: [cout, ho, wo], data };
}

describe("conv2d against TensorFlow.js (cpu backend)", () => {
  beforeAll(async () => {
    tf.enableProdMode(); // also silences the "install tfjs-node" banner
    await tf.setBackend("cpu");
  });

  it("conv2d matches tf.conv2d within 1e-4 on 300 seeded random cases", () => {
    const rng = createRandom(20240601);
    let checked = 0;
    let worst = 0;
    while (checked < 300) {
      const cin = rng.int(1, 5);
      const cout = rng.int(1, 5);
      const kh = rng.int(1, 6);
      const kw = rng.int(1, 6);
      const stride = rng.int(1, 4);
      const padding = rng.int(0, 3);
      const dilation = rng.int(1, 4);
      const h = rng.int(1, 13);
      const w = rng.int(1, 13);
      if (dilation * (kh - 1) + 1 > h + 2 * padding) continue;
      if (dilation * (kw - 1) + 1 > w + 2 * padding) continue;
      const x = randomTensor([cin, h, w], rng);
      const weights = randomTensor([cout, cin, kh, kw], rng);
      const ours = conv2d(x, weights, undefined, { stride, padding, dilation });
      const theirs = tfjsConv2d(x, weights, stride, padding, dilation);
      expect(ours.shape, `case ${checked}`).toEqual(theirs.shape);
      for (let i = 0; i < ours.data.length; i++) {
        worst = Math.max(worst, Math.abs(ours.data[i] - theirs.data[i]));
      }
      checked++;
    }
    expect(worst).toBeLessThanOrEqual(1e-4);
  });
});
