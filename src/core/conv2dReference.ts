import { checkedPlan, FLOAT32_MAX, tooLargeError, type Conv2dOptions } from "./conv2d";
import { outputSize, resolvePadding } from "./shape";
import type { Tensor } from "./tensor";

/**
 * conv2d written as its definition reads, for readers and as the tests' oracle:
 * out[o, y, x] = bias[o] + Σ_c Σ_i Σ_j w[o, c, i, j] · in[c, y·stride + i·dilation − pad,
 * x·stride + j·dilation − pad], skipping taps that fall outside the input (the zero padding).
 * Same arguments, checks and result as conv2d, one output value at a time: no padded
 * copy, no grouping of filters, no special 3×3 kernels. Far slower; never used by the site.
 */
export function conv2dReference(
  input: Tensor,
  weights: Tensor,
  bias?: ArrayLike<number>,
  options?: Conv2dOptions,
): Tensor {
  checkedPlan(input, weights, bias, options);
  const [cin, h, w] = input.shape;
  const [cout, , kh, kw] = weights.shape;
  const stride = options?.stride ?? 1;
  const dilation = options?.dilation ?? 1;
  const padding = options?.padding ?? 0;
  const padTop = resolvePadding(padding, kh, stride, dilation);
  const padLeft = resolvePadding(padding, kw, stride, dilation);
  const hout = outputSize(h, kh, stride, padTop, dilation);
  const wout = outputSize(w, kw, stride, padLeft, dilation);
  const out: Tensor = { shape: [cout, hout, wout], data: new Float32Array(cout * hout * wout) };
  for (let o = 0; o < cout; o++) {
    for (let y = 0; y < hout; y++) {
      for (let x = 0; x < wout; x++) {
        let sum = bias === undefined ? 0 : bias[o];
        for (let c = 0; c < cin; c++) {
          for (let i = 0; i < kh; i++) {
            for (let j = 0; j < kw; j++) {
              const iy = y * stride + i * dilation - padTop;
              const ix = x * stride + j * dilation - padLeft;
              if (iy < 0 || iy >= h || ix < 0 || ix >= w) continue;
              sum +=
                weights.data[((o * cin + c) * kh + i) * kw + j] * input.data[(c * h + iy) * w + ix];
            }
          }
        }
        if (Math.abs(sum) > FLOAT32_MAX) throw tooLargeError(o, Math.abs(sum));
        out.data[(o * hout + y) * wout + x] = sum;
      }
    }
  }
  return out;
}
