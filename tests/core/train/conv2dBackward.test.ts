import { describe, expect, it } from "vitest";
import { conv2d, tensor } from "../../../src/core/index";
import { conv2dBackward } from "../../../src/core/train/index";
import {
  convOutSize,
  dot,
  numericGradient,
  randomArray,
  refConv,
  relativeError,
  type ConvGeometry,
} from "./reference";

const TOLERANCE = 1e-3;

const CASES: [string, ConvGeometry][] = [
  [
    "3×3, stride 1, padding 1 (the trained network's layers)",
    { cin: 2, h: 6, w: 5, cout: 3, kh: 3, kw: 3, stride: 1, padding: 1, dilation: 1 },
  ],
  [
    "3×3, stride 2, padding 0",
    { cin: 2, h: 7, w: 7, cout: 2, kh: 3, kw: 3, stride: 2, padding: 0, dilation: 1 },
  ],
  [
    "3×3, stride 2, padding 2, dilation 2",
    { cin: 1, h: 8, w: 6, cout: 3, kh: 3, kw: 3, stride: 2, padding: 2, dilation: 2 },
  ],
  [
    "2×4 kernel, stride 1, padding 1 (the general-size path)",
    { cin: 3, h: 5, w: 6, cout: 2, kh: 2, kw: 4, stride: 1, padding: 1, dilation: 1 },
  ],
];

/** Random input, weights, bias and output weighting r, so that L = Σ r · conv(x). */
function setUp(g: ConvGeometry, seed: number) {
  const [ho, wo] = convOutSize(g);
  return {
    x: randomArray(g.cin * g.h * g.w, seed),
    w: randomArray(g.cout * g.cin * g.kh * g.kw, seed + 1),
    b: randomArray(g.cout, seed + 2),
    r: randomArray(g.cout * ho * wo, seed + 3),
    outShape: [g.cout, ho, wo],
  };
}

function analytic(g: ConvGeometry, s: ReturnType<typeof setUp>) {
  // float32 copies: the core's tensors; the float64 originals drive the reference.
  s.x.set(Float32Array.from(s.x));
  s.w.set(Float32Array.from(s.w));
  s.b.set(Float32Array.from(s.b));
  s.r.set(Float32Array.from(s.r));
  return conv2dBackward(
    tensor([g.cin, g.h, g.w], s.x),
    tensor([g.cout, g.cin, g.kh, g.kw], s.w),
    tensor(s.outShape, s.r),
    { stride: g.stride, padding: g.padding, dilation: g.dilation },
  );
}

describe("conv2dBackward", () => {
  it.each(CASES)("conv2dBackward with %s matches central differences", (_name, g) => {
    const s = setUp(g, 11);
    const grads = analytic(g, s);
    const loss = () => dot(s.r, refConv(g, s.x, s.w, s.b));
    expect(grads.input!.shape).toEqual([g.cin, g.h, g.w]);
    expect(grads.weights.shape).toEqual([g.cout, g.cin, g.kh, g.kw]);
    expect(relativeError(grads.input!.data, numericGradient(s.x, loss))).toBeLessThan(TOLERANCE);
    expect(relativeError(grads.weights.data, numericGradient(s.w, loss))).toBeLessThan(TOLERANCE);
    expect(relativeError(grads.bias, numericGradient(s.b, loss))).toBeLessThan(TOLERANCE);
  });

  it("conv2dBackward matches central differences of the core's own float32 conv2d", () => {
    const g = CASES[0][1];
    const s = setUp(g, 5);
    const grads = analytic(g, s);
    const x = tensor([g.cin, g.h, g.w], Float32Array.from(s.x));
    const w = tensor([g.cout, g.cin, g.kh, g.kw], Float32Array.from(s.w));
    const loss = () => dot(s.r, conv2d(x, w, undefined, { padding: 1 }).data);
    // A linear function: a large step is exact, and keeps float32 rounding small beside it.
    const numericW = new Float64Array(w.data.length);
    for (let i = 0; i < w.data.length; i++) {
      const keep = w.data[i];
      w.data[i] = keep + 0.5;
      const plus = loss();
      w.data[i] = keep - 0.5;
      const minus = loss();
      w.data[i] = keep;
      numericW[i] = plus - minus;
    }
    expect(relativeError(grads.weights.data, numericW)).toBeLessThan(TOLERANCE);
  });

  it("the reference convolution agrees with the core's conv2d (so both use one convention)", () => {
    const g = CASES[2][1];
    const s = setUp(g, 3);
    const core = conv2d(
      tensor([g.cin, g.h, g.w], Float32Array.from(s.x)),
      tensor([g.cout, g.cin, g.kh, g.kw], Float32Array.from(s.w)),
      Float32Array.from(s.b),
      { stride: 2, padding: 2, dilation: 2 },
    );
    const ref = refConv(g, Float32Array.from(s.x), Float32Array.from(s.w), Float32Array.from(s.b));
    expect(core.data.length).toBe(ref.length);
    for (let i = 0; i < ref.length; i++) expect(core.data[i]).toBeCloseTo(ref[i], 5);
  });

  it("conv2dBackward with withInput false returns no input gradient and the same weight gradient", () => {
    const g = CASES[0][1];
    const s = setUp(g, 7);
    const full = analytic(g, s);
    const partial = conv2dBackward(
      tensor([g.cin, g.h, g.w], Float32Array.from(s.x)),
      tensor([g.cout, g.cin, g.kh, g.kw], Float32Array.from(s.w)),
      tensor(s.outShape, Float32Array.from(s.r)),
      { padding: 1 },
      false,
    );
    expect(partial.input).toBeUndefined();
    expect(Array.from(partial.weights.data)).toEqual(Array.from(full.weights.data));
  });

  it("conv2dBackward with an output gradient of the wrong shape throws a RangeError", () => {
    const x = tensor([1, 4, 4]);
    const w = tensor([2, 1, 3, 3]);
    expect(() => conv2dBackward(x, w, tensor([2, 4, 4]))).toThrow(/produces \[2, 2, 2\]/);
    expect(() => conv2dBackward(x, w, tensor([2, 4, 4]))).toThrow(RangeError);
  });
});
