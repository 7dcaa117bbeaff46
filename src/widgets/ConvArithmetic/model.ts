import { outputSize } from "../../core";
import { parseFieldNumber, type FieldError } from "../parseNumber";

/** The five sizes of one convolution axis, in pixels: input, kernel, stride, padding, dilation. */
export const GEOMETRY_KEYS = ["n", "k", "s", "p", "d"] as const;
export type GeometryKey = (typeof GEOMETRY_KEYS)[number];
export type Geometry = Record<GeometryKey, number>;

/**
 * What each field accepts. n and k reach beyond the small drawable sizes so that AlexNet's
 * 227 (and the printed 224) with its 11×11 kernel can be entered.
 */
export const LIMITS: Readonly<Record<GeometryKey, { min: number; max: number }>> = {
  n: { min: 1, max: 256 },
  k: { min: 1, max: 11 },
  s: { min: 1, max: 5 },
  p: { min: 0, max: 5 },
  d: { min: 1, max: 4 },
};

/** A small case where padding, stride and the output grid are all visible at once. */
export const DEFAULT_GEOMETRY: Readonly<Geometry> = { n: 7, k: 3, s: 2, p: 1, d: 1 };

export type PresetId = "deshpande" | "lenet" | "same" | "alexnet" | "alexnetPrinted" | "dilation";

/** The textbook cases, in button order. */
export const PRESETS: readonly { id: PresetId; geometry: Geometry }[] = [
  { id: "deshpande", geometry: { n: 32, k: 5, s: 1, p: 0, d: 1 } },
  { id: "lenet", geometry: { n: 32, k: 5, s: 1, p: 0, d: 1 } },
  { id: "same", geometry: { n: 32, k: 3, s: 1, p: 1, d: 1 } },
  { id: "alexnet", geometry: { n: 227, k: 11, s: 4, p: 0, d: 1 } },
  { id: "alexnetPrinted", geometry: { n: 224, k: 11, s: 4, p: 0, d: 1 } },
  { id: "dilation", geometry: { n: 9, k: 3, s: 1, p: 0, d: 2 } },
];

export function sameGeometry(a: Geometry, b: Geometry): boolean {
  return GEOMETRY_KEYS.every((key) => a[key] === b[key]);
}

export function isAlexNetAsPrinted(g: Geometry): boolean {
  return sameGeometry(g, PRESETS.find((p) => p.id === "alexnetPrinted")!.geometry);
}

/** Side of the input with its zero border, n + 2p. */
export function paddedSize(g: Geometry): number {
  return g.n + 2 * g.p;
}

/** Pixels from the first to the last tap of the dilated kernel, d(k − 1) + 1. */
export function kernelSpan(g: Geometry): number {
  return g.d * (g.k - 1) + 1;
}

interface Sizes {
  padded: number;
  span: number;
}

/**
 * What a geometry gives: an output that uses every row ("fits"), an output that leaves the
 * last `remainder` rows and columns uncovered ("drops"), or no output ("doesNotFit", with the
 * core's message). The output size always comes from the core's outputSize.
 */
export type Analysis =
  | (Sizes & { kind: "fits"; output: number; remainder: 0 })
  | (Sizes & { kind: "drops"; output: number; remainder: number })
  | (Sizes & { kind: "doesNotFit"; message: string });

export function analyse(g: Geometry): Analysis {
  const sizes = { padded: paddedSize(g), span: kernelSpan(g) };
  let output: number;
  try {
    output = outputSize(g.n, g.k, g.s, g.p, g.d);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...sizes, kind: "doesNotFit", message };
  }
  // The last window starts at (o − 1)s and ends at (o − 1)s + span − 1; what lies beyond is dropped.
  const remainder = sizes.padded - ((output - 1) * g.s + sizes.span);
  if (remainder === 0) return { ...sizes, kind: "fits", output, remainder: 0 };
  return { ...sizes, kind: "drops", output, remainder };
}

/** Where the windows start along one side, shortened to "0, 4, 8, …, 212" when there are many. */
export function startsText(output: number, stride: number, shown = 4): string {
  const starts = Array.from({ length: Math.min(output, shown) }, (_, i) => i * stride);
  if (output <= shown) return starts.join(", ");
  return `${starts.slice(0, shown - 1).join(", ")}, …, ${(output - 1) * stride}`;
}

/** The nearest input sizes, one smaller and one larger, whose windows cover every row. */
export function exactInputSizes(g: Geometry, remainder: number): { down: number; up: number } {
  return { down: g.n - remainder, up: g.n + g.s - remainder };
}

export type GeometryFieldResult =
  { ok: true; value: number } | { ok: false; error: FieldError | "notWhole" };

/** Reads one size field: a whole number within the field's limits. */
export function parseGeometryField(key: GeometryKey, text: string): GeometryFieldResult {
  const { min, max } = LIMITS[key];
  const parsed = parseFieldNumber(text, Number.MAX_SAFE_INTEGER);
  if (!parsed.ok) return parsed;
  if (!Number.isInteger(parsed.value)) return { ok: false, error: "notWhole" };
  if (parsed.value < min || parsed.value > max) return { ok: false, error: "outOfRange" };
  return parsed;
}

/** The numbers of o = ⌊(n + 2p − d(k − 1) − 1)/s⌋ + 1 with the sizes substituted. */
export interface FormulaNumbers {
  numerator: number;
  quotient: number;
  /** The quotient with at most three decimals; `approximate` when more were cut off. */
  quotientText: string;
  approximate: boolean;
  floor: number;
  /** The core's output size; null when the kernel does not fit. */
  output: number | null;
}

export function formulaNumbers(g: Geometry, analysis: Analysis): FormulaNumbers {
  const numerator = paddedSize(g) - kernelSpan(g);
  const quotient = numerator / g.s;
  const rounded = Number(quotient.toFixed(3));
  return {
    numerator,
    quotient,
    quotientText: String(rounded),
    approximate: rounded !== quotient,
    floor: Math.floor(quotient),
    output: analysis.kind === "doesNotFit" ? null : analysis.output,
  };
}

/** The symbolic formula, in TeX. */
export const FORMULA_TEX = String.raw`o = \left\lfloor \frac{n + 2p - d(k-1) - 1}{s} \right\rfloor + 1`;

/** One grid cell-aligned rectangle of a drawing, in cell units. */
export interface SceneRect {
  part: "padding" | "input" | "uncovered" | "tap" | "span" | "last" | "output" | "first";
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A square drawing: its side in cells, its rectangles, and its cell borders as one SVG path. */
export interface GridScene {
  side: number;
  rects: SceneRect[];
  /** Empty when there are too many cells for their borders to be seen. */
  gridLines: string;
}

/** Parts drawn under the cell borders; the rest is drawn over them. */
const UNDER_BORDERS: ReadonlySet<SceneRect["part"]> = new Set([
  "padding",
  "input",
  "uncovered",
  "output",
]);

/** A scene in drawing order: the fills under the cell borders, then the marks over them. */
export function sceneLayers(scene: GridScene): { under: SceneRect[]; over: SceneRect[] } {
  return {
    under: scene.rects.filter((r) => UNDER_BORDERS.has(r.part)),
    over: scene.rects.filter((r) => !UNDER_BORDERS.has(r.part)),
  };
}

/** Above this many cells a side, cell borders would merge into a solid tint, so none are drawn. */
export const GRID_LINE_LIMIT = 48;

function gridLines(side: number): string {
  if (side > GRID_LINE_LIMIT) return "";
  const parts: string[] = [];
  for (let i = 0; i <= side; i++) parts.push(`M0 ${i}H${side}M${i} 0V${side}`);
  return parts.join("");
}

/** Taps are drawn a little smaller than a cell, so neighbouring taps stay apart. */
const TAP_INSET = 0.12;

/**
 * The padded input with the kernel's taps at the first position and the outline of the last
 * position; a kernel too large to fit overhangs the input, so the drawing grows to hold it.
 */
export function inputScene(g: Geometry, analysis: Analysis): GridScene {
  const { padded, span } = analysis;
  const rects: SceneRect[] = [];
  if (g.p > 0) rects.push({ part: "padding", x: 0, y: 0, w: padded, h: padded });
  rects.push({ part: "input", x: g.p, y: g.p, w: g.n, h: g.n });
  if (analysis.kind === "drops") {
    const r = analysis.remainder;
    rects.push({ part: "uncovered", x: padded - r, y: 0, w: r, h: padded - r });
    rects.push({ part: "uncovered", x: 0, y: padded - r, w: padded, h: r });
  }
  for (let i = 0; i < g.k; i++) {
    for (let j = 0; j < g.k; j++) {
      const x = j * g.d + TAP_INSET;
      rects.push({
        part: "tap",
        x,
        y: i * g.d + TAP_INSET,
        w: 1 - 2 * TAP_INSET,
        h: 1 - 2 * TAP_INSET,
      });
    }
  }
  rects.push({ part: "span", x: 0, y: 0, w: span, h: span });
  if (analysis.kind !== "doesNotFit" && analysis.output > 1) {
    const last = (analysis.output - 1) * g.s;
    rects.push({ part: "last", x: last, y: last, w: span, h: span });
  }
  return { side: Math.max(padded, span), rects, gridLines: gridLines(padded) };
}

/** The output grid with the cells made by the first and last positions; null without output. */
export function outputScene(analysis: Analysis): GridScene | null {
  if (analysis.kind === "doesNotFit") return null;
  const o = analysis.output;
  const rects: SceneRect[] = [
    { part: "output", x: 0, y: 0, w: o, h: o },
    { part: "first", x: 0, y: 0, w: 1, h: 1 },
  ];
  if (o > 1) rects.push({ part: "last", x: o - 1, y: o - 1, w: 1, h: 1 });
  return { side: o, rects, gridLines: gridLines(o) };
}

/** One output cell: its row and column in the output grid. */
export interface OutputCell {
  row: number;
  col: number;
}

/**
 * The padded-input cells the kernel reads for one output cell, row by row: the window starts
 * `s` cells further per output step, and its taps are `d` cells apart. `padding` marks a tap on
 * the ring of zeros rather than on the input itself.
 */
export function readCells(
  g: Geometry,
  { row, col }: OutputCell,
): { x: number; y: number; padding: boolean }[] {
  const cells: { x: number; y: number; padding: boolean }[] = [];
  const inside = (v: number) => v >= g.p && v < g.p + g.n;
  for (let i = 0; i < g.k; i++) {
    for (let j = 0; j < g.k; j++) {
      const x = col * g.s + j * g.d;
      const y = row * g.s + i * g.d;
      cells.push({ x, y, padding: !inside(x) || !inside(y) });
    }
  }
  return cells;
}

/** The output cell after `key` (arrows, Home, End) in an o×o output, or null for other keys. */
export function movedCell(cell: OutputCell, key: string, o: number): OutputCell | null {
  const clamp = (v: number) => Math.max(0, Math.min(o - 1, v));
  switch (key) {
    case "ArrowLeft":
      return { row: cell.row, col: clamp(cell.col - 1) };
    case "ArrowRight":
      return { row: cell.row, col: clamp(cell.col + 1) };
    case "ArrowUp":
      return { row: clamp(cell.row - 1), col: cell.col };
    case "ArrowDown":
      return { row: clamp(cell.row + 1), col: cell.col };
    case "Home":
      return { row: 0, col: 0 };
    case "End":
      return { row: o - 1, col: o - 1 };
    default:
      return null;
  }
}

/** The sweep's next cell in reading order, or null after the last. */
export function nextCell({ row, col }: OutputCell, o: number): OutputCell | null {
  if (col + 1 < o) return { row, col: col + 1 };
  return row + 1 < o ? { row: row + 1, col: 0 } : null;
}
