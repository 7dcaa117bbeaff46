import {
  activate,
  addBias,
  channel,
  conv2d,
  resolvePadding,
  tensor,
  type Tensor,
} from "../../core";
import { formatNumber } from "../../viz/format";
import type { ColourScale } from "../../viz/scales";
import { tensorScale } from "../CellGrid/cells";
import { fillLabel, parseFieldNumber, type ParsedNumber } from "../parseNumber";
import { factor, productsText } from "../CellGrid/terms";
import { SAMPLE_SIZE, sampleValues } from "../samples";
import type { SlidingWindowLabels } from "./labels";

/** Width and height of the input, and of the kernel, in pixels. */
export const INPUT_SIZE = 8;
export const KERNEL_SIZE = 3;

/** An 8×8 crop of one of the site's samples. */
export interface SlidingInput {
  id: "eye" | "corner";
  sample: string;
  top: number;
  left: number;
}

/** The inputs on offer: the rim of the cat's eye, and the corner of the generated square. */
export const SLIDING_INPUTS: readonly SlidingInput[] = [
  { id: "eye", sample: "chelsea", top: 18, left: 14 },
  { id: "corner", sample: "shapes", top: 6, left: 4 },
];

export type PaddingChoice = "valid" | "same";
export const PADDINGS: readonly PaddingChoice[] = ["valid", "same"];

export interface SlidingConfig {
  /** The crop the input came from, and that Reset returns to. */
  input: SlidingInput["id"];
  /** The reader's own 64 grey values (typed or drawn), row-major, or null for the crop itself. */
  values: number[] | null;
  /** The preset the kernel came from, or null once a cell was edited. */
  preset: string | null;
  /** 9 weights, row-major. */
  kernel: number[];
  bias: number;
  padding: PaddingChoice;
}

/** A grey value in hundredths, as the figure writes and multiplies every input value. */
export function roundGrey(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The crop's grey values rounded to two decimals, so that every number written out in the
 * arithmetic is exactly a number the core multiplies (up to float32).
 */
export function inputValues(id: string): Float32Array {
  const spec = SLIDING_INPUTS.find((s) => s.id === id);
  if (!spec) throw new RangeError(`There is no input called “${id}”.`);
  const full = sampleValues(spec.sample);
  const out = new Float32Array(INPUT_SIZE * INPUT_SIZE);
  for (let r = 0; r < INPUT_SIZE; r++) {
    for (let c = 0; c < INPUT_SIZE; c++) {
      const v = full[(spec.top + r) * SAMPLE_SIZE + spec.left + c];
      out[r * INPUT_SIZE + c] = roundGrey(v);
    }
  }
  return out;
}

/** The 64 input values the layer reads, as the number fields show them (no float32 noise). */
export function greyValues(config: Pick<SlidingConfig, "input" | "values">): number[] {
  return config.values ?? Array.from(inputValues(config.input), roundGrey);
}

/** The reader's values, or null when they are the crop's own (so the link can leave them out). */
export function ownValues(input: SlidingInput["id"], values: readonly number[]): number[] | null {
  const crop = greyValues({ input, values: null });
  return values.every((v, i) => v === crop[i]) ? null : [...values];
}

/**
 * Reads a typed input value: a grey value from 0 (black) to 1 (white), kept to two decimals
 * like the crops. Refusals are the number fields' own codes; below 0 is out of range too.
 */
export function parseGrey(text: string): ParsedNumber {
  const parsed = parseFieldNumber(text, 1);
  if (!parsed.ok) return parsed;
  return parsed.value < 0
    ? { ok: false, error: "outOfRange" }
    : { ok: true, value: roundGrey(parsed.value) };
}

/** Every map of the one-filter layer, computed by the core, and the output grid's size. */
export interface SlidingMaps {
  x: Tensor;
  s: Tensor;
  z: Tensor;
  a: Tensor;
  /** Zero rings added around x on each side. */
  pad: number;
  rows: number;
  cols: number;
}

/** s1 = w1 ∗ x, z1 = s1 + b1, a1 = ReLU(z1), all by the core. Throws the core's errors. */
export function computeMaps(config: SlidingConfig): SlidingMaps {
  const x = tensor([1, INPUT_SIZE, INPUT_SIZE], greyValues(config));
  const w = tensor([1, 1, KERNEL_SIZE, KERNEL_SIZE], config.kernel);
  const s = conv2d(x, w, undefined, { padding: config.padding });
  const z = addBias(s, [config.bias]);
  const a = activate(z, { name: "relu" });
  const pad = resolvePadding(config.padding, KERNEL_SIZE);
  return { x, s, z, a, pad, rows: s.shape[1], cols: s.shape[2] };
}

/** One product of the dot product at a window position. */
export interface WindowTerm {
  weight: number;
  /** The input value under this kernel cell: 0 on padding. */
  value: number;
  product: number;
  /** Input row and column (may be −1 or 8 on padding). */
  inRow: number;
  inCol: number;
  padding: boolean;
}

/** The nine products of the kernel with the window whose top-left output cell is (row, col). */
export function windowTerms(
  x: Tensor,
  kernel: ArrayLike<number>,
  pad: number,
  row: number,
  col: number,
): WindowTerm[] {
  const [, h, w] = x.shape;
  const values = channel(x, 0);
  const terms: WindowTerm[] = [];
  for (let i = 0; i < KERNEL_SIZE; i++) {
    for (let j = 0; j < KERNEL_SIZE; j++) {
      const inRow = row + i - pad;
      const inCol = col + j - pad;
      const padding = inRow < 0 || inCol < 0 || inRow >= h || inCol >= w;
      const value = padding ? 0 : values[inRow * w + inCol];
      const weight = kernel[i * KERNEL_SIZE + j];
      terms.push({ weight, value, product: weight * value, inRow, inCol, padding });
    }
  }
  return terms;
}

/** What the figure writes out at one output position; s, z and a are the core's numbers. */
export interface PositionArithmetic {
  row: number;
  col: number;
  terms: WindowTerm[];
  s: number;
  bias: number;
  z: number;
  a: number;
}

export function positionArithmetic(
  maps: SlidingMaps,
  config: SlidingConfig,
  row: number,
  col: number,
): PositionArithmetic {
  const i = row * maps.cols + col;
  return {
    row,
    col,
    terms: windowTerms(maps.x, config.kernel, maps.pad, row, col),
    s: maps.s.data[i],
    bias: config.bias,
    z: maps.z.data[i],
    a: maps.a.data[i],
  };
}

/** The three lines of arithmetic: s1, z1 and a1 at this position. */
export function arithmeticLines(
  labels: SlidingWindowLabels,
  arith: PositionArithmetic,
): { s: string; z: string; a: string } {
  const values = {
    terms: productsText(arith.terms),
    s: formatNumber(arith.s),
    b: factor(arith.bias),
    z: formatNumber(arith.z),
    a: formatNumber(arith.a),
  };
  return {
    s: fillLabel(labels.sLine, values),
    z: fillLabel(labels.zLine, values),
    a: fillLabel(labels.aLine, values),
  };
}

/** What the live region says after a step: the whole computation in one sentence. */
export function announcement(labels: SlidingWindowLabels, arith: PositionArithmetic): string {
  const terms = arith.terms
    .map((t) =>
      fillLabel(labels.spokenTerm, { w: formatNumber(t.weight), x: formatNumber(t.value) }),
    )
    .join(" + ");
  return fillLabel(labels.announce, {
    r: arith.row + 1,
    c: arith.col + 1,
    terms,
    s: formatNumber(arith.s),
    b: formatNumber(arith.bias),
    z: formatNumber(arith.z),
    a: formatNumber(arith.a),
  });
}

/** x with its zero rings, as drawn: (8 + 2·pad)² values, row-major. */
export function paddedInput(maps: SlidingMaps): number[] {
  const [, h, w] = maps.x.shape;
  const size = w + 2 * maps.pad;
  const values = channel(maps.x, 0);
  return Array.from({ length: (h + 2 * maps.pad) * size }, (_, i) => {
    const r = Math.floor(i / size) - maps.pad;
    const c = (i % size) - maps.pad;
    return r < 0 || c < 0 || r >= h || c >= w ? 0 : values[r * w + c];
  });
}

/** The output values computed so far in a raster scan up to position `upTo`; later ones null. */
export function filledUpTo(values: Float32Array, upTo: number): (number | null)[] {
  return Array.from(values, (v, i) => (i <= upTo ? v : null));
}

export type MoveKey =
  "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown" | "Home" | "End" | "next" | "previous";

/**
 * The window position after a key or a step, as a raster index. Left/right and the step
 * buttons follow the scan order (wrapping to the next row), up/down stay in the column,
 * Home and End jump to the first and last position. Never leaves the grid.
 */
export function movePosition(index: number, key: MoveKey, rows: number, cols: number): number {
  const last = rows * cols - 1;
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  switch (key) {
    case "ArrowRight":
    case "next":
      return clamp(index + 1);
    case "ArrowLeft":
    case "previous":
      return clamp(index - 1);
    case "ArrowDown":
      return index + cols <= last ? index + cols : index;
    case "ArrowUp":
      return index - cols >= 0 ? index - cols : index;
    case "Home":
      return 0;
    case "End":
      return last;
  }
}

/** A rectangle of grid cells, as CellGrid draws boxes. */
export interface CellBox {
  top: number;
  left: number;
  height: number;
  width: number;
}

/** Everything one frame of the figure shows, for the build and the browser alike. */
export interface SlidingFrame {
  maps: SlidingMaps;
  arith: PositionArithmetic;
  lines: { s: string; z: string; a: string };
  /** x with its padding ring, and that grid's side. */
  input: number[];
  inputSide: number;
  /** The window in the padded input grid, and the current cell in the output grids. */
  window: CellBox;
  current: CellBox;
  scales: { x: ColourScale; z: ColourScale; a: ColourScale };
}

export function slidingFrame(
  config: SlidingConfig,
  position: number,
  labels: SlidingWindowLabels,
): SlidingFrame {
  const maps = computeMaps(config);
  const row = Math.floor(position / maps.cols);
  const col = position % maps.cols;
  const arith = positionArithmetic(maps, config, row, col);
  return {
    maps,
    arith,
    lines: arithmeticLines(labels, arith),
    input: paddedInput(maps),
    inputSide: INPUT_SIZE + 2 * maps.pad,
    // Output (row, col) reads padded rows row…row+2: the padded grid starts where the window does.
    window: { top: row, left: col, height: KERNEL_SIZE, width: KERNEL_SIZE },
    current: { top: row, left: col, height: 1, width: 1 },
    scales: {
      x: tensorScale(maps.x, "input"),
      z: tensorScale(maps.z, "signed"),
      a: tensorScale(maps.a),
    },
  };
}
