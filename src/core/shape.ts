/** Padding as a number of zero rows/columns added on every side, or a named rule. */
export type Padding = number | "same" | "valid";

function assertWhole(value: number, name: string, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    const what = min === 0 ? "a whole number ≥ 0" : `a whole number ≥ ${min}`;
    throw new RangeError(`The ${name} must be ${what}, got ${value}.`);
  }
}

/**
 * Length of a convolution or pooling output along one axis:
 * ⌊(n + 2·padding − dilation·(kernel − 1) − 1) / stride⌋ + 1.
 * `n` and `kernel` are in pixels; stride and dilation default to 1, padding to 0.
 * Throws RangeError if an argument is not a valid whole number, or if the dilated
 * kernel does not fit in the padded input.
 */
export function outputSize(
  n: number,
  kernel: number,
  stride = 1,
  padding = 0,
  dilation = 1,
): number {
  assertWhole(n, "input size", 1);
  assertWhole(kernel, "kernel size", 1);
  assertWhole(stride, "stride", 1);
  assertWhole(padding, "padding", 0);
  assertWhole(dilation, "dilation", 1);
  const span = dilation * (kernel - 1) + 1;
  const padded = n + 2 * padding;
  if (span > padded) {
    const spanNote = dilation > 1 ? ` (spanning ${span} pixels with dilation ${dilation})` : "";
    throw new RangeError(
      `The kernel of size ${kernel}${spanNote} is larger than the padded input of size ${padded}.`,
    );
  }
  return Math.floor((padded - span) / stride) + 1;
}

/**
 * Turns a padding option into a number of pixels per side for one axis.
 * 'valid' is 0. 'same' keeps the size unchanged, which with symmetric padding needs
 * stride 1 and an odd (dilated) kernel span: it is dilation·(kernel − 1)/2.
 */
export function resolvePadding(padding: Padding, kernel: number, stride = 1, dilation = 1): number {
  if (padding === "valid") return 0;
  if (padding === "same") {
    assertWhole(kernel, "kernel size", 1);
    assertWhole(dilation, "dilation", 1);
    if (stride !== 1) {
      throw new RangeError(`Padding 'same' needs stride 1, got stride ${stride}.`);
    }
    const total = dilation * (kernel - 1);
    if (total % 2 !== 0) {
      throw new RangeError(
        `Padding 'same' needs an odd kernel size (the padding must be equal on both sides), got ${kernel}.`,
      );
    }
    return total / 2;
  }
  if (typeof padding !== "number") {
    throw new TypeError(`Padding must be a number, 'same' or 'valid', got ${String(padding)}.`);
  }
  assertWhole(padding, "padding", 0);
  return padding;
}

/** One layer for receptive-field arithmetic: kernel size, stride (1), padding (0), dilation (1). */
export interface LayerGeometry {
  kernel: number;
  stride?: number;
  padding?: Padding;
  dilation?: number;
}

/** Where one output unit of a layer looks in the original input, in input pixels. */
export interface ReceptiveField {
  /** Width (= height) of the receptive field in input pixels. */
  size: number;
  /** Distance in input pixels between the fields of two neighbouring output units. */
  jump: number;
  /**
   * Input coordinate of the centre of the first output unit's field, where pixel i has
   * centre i. Negative when padding reaches outside the image; a half-integer for even spans.
   */
  start: number;
}

/**
 * Cumulative receptive fields of a stack of layers: entry i describes the output of
 * layers 0..i, measured in pixels of the input to layer 0. Uses the usual recurrences
 * jump ← jump·s, size ← size + (k' − 1)·jump, start ← start + ((k' − 1)/2 − p)·jump,
 * where k' = d·(k − 1) + 1 is the dilated kernel span.
 */
export function receptiveField(layers: readonly LayerGeometry[]): ReceptiveField[] {
  let size = 1;
  let jump = 1;
  let start = 0;
  return layers.map((layer) => {
    const stride = layer.stride ?? 1;
    const dilation = layer.dilation ?? 1;
    assertWhole(layer.kernel, "kernel size", 1);
    assertWhole(stride, "stride", 1);
    assertWhole(dilation, "dilation", 1);
    const padding = resolvePadding(layer.padding ?? 0, layer.kernel, stride, dilation);
    const span = dilation * (layer.kernel - 1) + 1;
    start += ((span - 1) / 2 - padding) * jump;
    size += (span - 1) * jump;
    jump *= stride;
    return { size, jump, start };
  });
}
