/** Feeding our tensors to TensorFlow.js and reading its results back, for the benchmarks. */
import * as tf from "@tensorflow/tfjs-core";
import type { Tensor } from "../src/core/index";

/**
 * Runs f in a tidy scope and reads its result back. The data is read outside tf.tidy on
 * purpose: tidy walks a returned container key by key, which for a large typed array costs
 * hundreds of milliseconds that have nothing to do with the convolution.
 */
export function readBack(f: () => tf.Tensor): Float32Array {
  const result = tf.tidy(f);
  const data = result.dataSync() as Float32Array;
  result.dispose();
  return data;
}

/** Our [C, H, W] as tfjs's NHWC [1, H, W, C]. */
export function toNhwc(x: Tensor): tf.Tensor4D {
  const [c, h, w] = x.shape;
  return tf.tidy(() => tf.transpose(tf.tensor4d(x.data, [1, c, h, w]), [0, 2, 3, 1]));
}

/** Our filters [Cout, Cin, kh, kw] in tfjs's order [kh, kw, Cin, Cout] (HWIO), into `out`. */
export function toHwio(w: Tensor, out = new Float32Array(w.data.length)): Float32Array {
  const [cout, cin, kh, kw] = w.shape;
  for (let o = 0; o < cout; o++)
    for (let c = 0; c < cin; c++)
      for (let i = 0; i < kh; i++)
        for (let j = 0; j < kw; j++)
          out[((i * kw + j) * cin + c) * cout + o] = w.data[((o * cin + c) * kh + i) * kw + j];
  return out;
}

/** Our filters as a tfjs HWIO tensor. */
export function filterTensor(w: Tensor): tf.Tensor4D {
  const [cout, cin, kh, kw] = w.shape;
  return tf.tensor4d(toHwio(w), [kh, kw, cin, cout]);
}

/** Largest |ours − theirs|, ours [C, H, W] against theirs NHWC [1, H, W, C]. */
export function worstDiff(ours: Tensor, theirs: Float32Array): number {
  const [c, h, w] = ours.shape;
  const plane = h * w;
  let worst = 0;
  for (let o = 0; o < c; o++)
    for (let i = 0; i < plane; i++)
      worst = Math.max(worst, Math.abs(ours.data[o * plane + i] - theirs[i * c + o]));
  return worst;
}
