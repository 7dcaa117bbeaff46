import { channel, type PipelineParams, type PipelineResult, type ReceptiveField } from "../../core";
import { traceFields } from "./network";

export type OutputStage = "z2" | "a2";
export const OUTPUT_STAGES: readonly OutputStage[] = ["a2", "z2"];

/** Where the reader is looking: an output unit, and one a1 unit of its window (offsets). */
export interface TraceCursor {
  stage: OutputStage;
  row: number;
  col: number;
  /** The a1 unit whose own dot product is written out: channel, row and column in the window. */
  via: { channel: number; i: number; j: number };
}

/** A square of cells in some map: top-left corner and side. */
export interface Box {
  top: number;
  left: number;
  size: number;
}

/** One of the 9·C terms of z2's dot product: a w2 weight times an a1 value. */
export interface Layer2Term {
  channel: number;
  i: number;
  j: number;
  /** Position of the a1 unit in its map. */
  row: number;
  col: number;
  weight: number;
  z1: number;
  a1: number;
  product: number;
  /** ReLU set this a1 unit to 0 (z1 ≤ 0): no small change before it gets through. */
  cut: boolean;
}

/** One of the 9 terms of a z1 unit's dot product: a w1 weight times an input value. */
export interface Layer1Term {
  row: number;
  col: number;
  weight: number;
  value: number;
  product: number;
}

export interface TraceView {
  cursor: TraceCursor;
  s2: number;
  b2: number;
  z2: number;
  a2: number;
  /** The a2 unit itself is 0, so nothing upstream changes it slightly. */
  outputCut: boolean;
  layer2: Layer2Term[];
  /** The output unit's window in a1 (and z1), and its receptive field in x. */
  a1Box: Box;
  xBox: Box;
  via: {
    channel: number;
    row: number;
    col: number;
    s1: number;
    b1: number;
    z1: number;
    a1: number;
    cut: boolean;
    terms: Layer1Term[];
    /** The chosen a1 unit's own field in x. */
    xBox: Box;
  };
  /**
   * For each x pixel (row-major): does a small change of it alter the chosen output? True
   * where at least one path through live (z1 > 0) a1 units carries it and the paths do not
   * cancel; all false when the output is a2 and ReLU zeroed it.
   */
  sensitive: boolean[];
}

/** The field of output unit (row, col) as a box in the input of the layers `field` sums up. */
export function fieldBox(field: ReceptiveField, row: number, col: number): Box {
  const half = (field.size - 1) / 2;
  return {
    top: field.start + field.jump * row - half,
    left: field.start + field.jump * col - half,
    size: field.size,
  };
}

function weightAt(
  t: { shape: number[]; data: Float32Array },
  o: number,
  c: number,
  i: number,
  j: number,
) {
  const [, cin, kh, kw] = t.shape;
  return t.data[((o * cin + c) * kh + i) * kw + j];
}

/**
 * Everything the trace shows for one cursor, read from the core's pipeline result: the
 * terms of both dot products, the fields (from receptiveField) and the sensitive pixels.
 */
export function traceView(
  result: PipelineResult,
  params: PipelineParams,
  cursor: TraceCursor,
): TraceView {
  const fields = traceFields();
  const [c1, h1, w1] = result.z1.shape;
  const [, , w2] = result.z2.shape;
  const [, , wx] = result.x.shape;
  const k = params.w2.shape[2];
  const out = cursor.row * w2 + cursor.col;
  const z2 = result.z2.data[out];
  const a1Box = fieldBox(fields.window2, cursor.row, cursor.col);

  const layer2: Layer2Term[] = [];
  for (let c = 0; c < c1; c++) {
    const z1 = channel(result.z1, c);
    const a1 = channel(result.a1, c);
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) {
        const row = a1Box.top + i;
        const col = a1Box.left + j;
        const weight = weightAt(params.w2, 0, c, i, j);
        const a = a1[row * w1 + col];
        layer2.push({
          channel: c,
          i,
          j,
          row,
          col,
          weight,
          z1: z1[row * w1 + col],
          a1: a,
          product: weight * a,
          cut: z1[row * w1 + col] <= 0,
        });
      }
    }
  }

  const viaTerm = layer2.find(
    (t) => t.channel === cursor.via.channel && t.i === cursor.via.i && t.j === cursor.via.j,
  )!;
  const viaBox = fieldBox(fields.layer1, viaTerm.row, viaTerm.col);
  const x = channel(result.x, 0);
  const viaTerms: Layer1Term[] = [];
  for (let u = 0; u < viaBox.size; u++) {
    for (let v = 0; v < viaBox.size; v++) {
      const row = viaBox.top + u;
      const col = viaBox.left + v;
      const weight = weightAt(params.w1, viaTerm.channel, 0, u, v);
      const value = x[row * wx + col];
      viaTerms.push({ row, col, weight, value, product: weight * value });
    }
  }
  const viaIndex = viaTerm.channel * h1 * w1 + viaTerm.row * w1 + viaTerm.col;

  const outputCut = cursor.stage === "a2" && z2 <= 0;
  return {
    cursor,
    s2: result.s2.data[out],
    b2: params.b2[0],
    z2,
    a2: result.a2.data[out],
    outputCut,
    layer2,
    a1Box,
    xBox: fieldBox(fields.layer2, cursor.row, cursor.col),
    via: {
      channel: viaTerm.channel,
      row: viaTerm.row,
      col: viaTerm.col,
      s1: result.s1.data[viaIndex],
      b1: params.b1[viaTerm.channel],
      z1: viaTerm.z1,
      a1: viaTerm.a1,
      cut: viaTerm.cut,
      terms: viaTerms,
      xBox: viaBox,
    },
    sensitive: outputCut ? new Array<boolean>(result.x.data.length).fill(false) : sensitivity(),
  };

  /** The chain rule through the live units: d output / d x, nonzero or not, per pixel. */
  function sensitivity(): boolean[] {
    const gradient = new Float64Array(result.x.data.length);
    for (const term of layer2) {
      if (term.cut) continue;
      const box = fieldBox(fields.layer1, term.row, term.col);
      for (let u = 0; u < box.size; u++) {
        for (let v = 0; v < box.size; v++) {
          const w = weightAt(params.w1, term.channel, 0, u, v);
          gradient[(box.top + u) * wx + box.left + v] += term.weight * w;
        }
      }
    }
    // w2 has one decimal and w1 whole numbers: a true sum is 0 or at least 0.1 away from it.
    return Array.from(gradient, (g) => Math.abs(g) > 1e-9);
  }
}
