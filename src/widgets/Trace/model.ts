import { channel, type PipelineParams, type PipelineResult, type ReceptiveField } from "../../core";
import { traceFields } from "./network";

export type OutputStage = "z2" | "a2";
export const OUTPUT_STAGES: readonly OutputStage[] = ["a2", "z2"];

/** Where the reader is looking: an output unit, and one term of its dot product (offsets). */
export interface TraceCursor {
  stage: OutputStage;
  /** The map of z2 (conv2's filter) the output unit belongs to. */
  map: number;
  row: number;
  col: number;
  /** The term whose a1 unit's own dot product is written out: channel, row and column in the window. */
  via: { channel: number; i: number; j: number };
}

/** A square of cells in some map: top-left corner and side; it may reach outside the map. */
export interface Box {
  top: number;
  left: number;
  size: number;
}

/** One of the k·k·C terms of z2's dot product: a w2 weight times what conv2 reads (a1 or p1). */
export interface Layer2Term {
  channel: number;
  i: number;
  j: number;
  /** Position of the unit read, in a1 (or p1 with pooling); outside the map for padding. */
  row: number;
  col: number;
  weight: number;
  /** The value read: 0 for padding. */
  value: number;
  product: number;
  /** The zero padding around the map: no unit of the network, nothing flows through it. */
  pad: boolean;
  /** The a1 unit the value comes from (with max pooling, the largest of its window); null for padding. */
  source: { row: number; col: number; z1: number } | null;
  /** ReLU set the source unit to 0 (z1 ≤ 0): no small change before it gets through. */
  cut: boolean;
}

/** One of the terms of a z1 unit's dot product: a w1 weight times an input value (0 outside). */
export interface Layer1Term {
  row: number;
  col: number;
  weight: number;
  value: number;
  product: number;
  pad: boolean;
}

export interface TraceView {
  cursor: TraceCursor;
  s2: number;
  b2: number;
  z2: number;
  a2: number;
  /** The a2 unit itself is 0, so nothing upstream changes it slightly. */
  outputCut: boolean;
  /** conv2 reads p1, the pooled a1, rather than a1 itself. */
  pooled: boolean;
  layer2: Layer2Term[];
  /** The output unit's window in what conv2 reads, in a1 (and z1), and its receptive field in x. */
  window2: Box;
  a1Box: Box;
  xBox: Box;
  via: {
    channel: number;
    /** The term's place in the window (the cursor's, unless that is padding). */
    i: number;
    j: number;
    row: number;
    col: number;
    s1: number;
    b1: number;
    z1: number;
    a1: number;
    cut: boolean;
    terms: Layer1Term[];
    /** The a1 unit's own field in x. */
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

/** The a1 unit behind unit (c, row, col) of what conv2 reads: itself, or its pooling window's maximum. */
function sourceOf(result: PipelineResult, c: number, row: number, col: number) {
  const [, h1, w1] = result.a1.shape;
  if (!result.p1 || !result.p1Argmax) {
    return { row, col, z1: result.z1.data[(c * h1 + row) * w1 + col] };
  }
  const [, hp, wp] = result.p1.shape;
  const at = result.p1Argmax[(c * hp + row) * wp + col] - c * h1 * w1;
  return {
    row: Math.floor(at / w1),
    col: at % w1,
    z1: result.z1.data[c * h1 * w1 + at],
  };
}

/** The viewed term: the cursor's, or the window's centre (never padding) when that is padding. */
function viaTermOf(layer2: Layer2Term[], cursor: TraceCursor, k: number): Layer2Term {
  const chosen = layer2.find(
    (t) => t.channel === cursor.via.channel && t.i === cursor.via.i && t.j === cursor.via.j,
  );
  if (chosen && !chosen.pad) return chosen;
  const centre = (k - 1) / 2;
  return layer2.find(
    (t) => t.channel === (chosen?.channel ?? 0) && t.i === centre && t.j === centre,
  )!;
}

/**
 * Everything the trace shows for one cursor, read from the core's pipeline result: the
 * terms of both dot products, the fields (from receptiveField) and the sensitive pixels.
 * Works for any padding and with or without pooling: conv2 then reads p1, and each p1 unit
 * passes on the largest a1 unit of its window.
 */
export function traceView(
  result: PipelineResult,
  params: PipelineParams,
  cursor: TraceCursor,
): TraceView {
  const fields = traceFields(params);
  const in2 = result.p1 ?? result.a1;
  const [c1, h2in, w2in] = in2.shape;
  const [, h2, w2] = result.z2.shape;
  const [, hx, wx] = result.x.shape;
  const k = params.w2.shape[2];
  const out = (cursor.map * h2 + cursor.row) * w2 + cursor.col;
  const z2 = result.z2.data[out];
  const window2 = fieldBox(fields.window2, cursor.row, cursor.col);

  const layer2: Layer2Term[] = [];
  for (let c = 0; c < c1; c++) {
    const values = channel(in2, c);
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) {
        const row = window2.top + i;
        const col = window2.left + j;
        const weight = weightAt(params.w2, cursor.map, c, i, j);
        const pad = row < 0 || col < 0 || row >= h2in || col >= w2in;
        const value = pad ? 0 : values[row * w2in + col];
        const source = pad ? null : sourceOf(result, c, row, col);
        layer2.push({
          channel: c,
          i,
          j,
          row,
          col,
          weight,
          value,
          product: weight * value,
          pad,
          source,
          cut: source !== null && source.z1 <= 0,
        });
      }
    }
  }

  const viaTerm = viaTermOf(layer2, cursor, k);
  const viaSource = viaTerm.source!;
  const viaBox = fieldBox(fields.layer1, viaSource.row, viaSource.col);
  const x = channel(result.x, 0);
  const viaTerms: Layer1Term[] = [];
  for (let u = 0; u < viaBox.size; u++) {
    for (let v = 0; v < viaBox.size; v++) {
      const row = viaBox.top + u;
      const col = viaBox.left + v;
      const weight = weightAt(params.w1, viaTerm.channel, 0, u, v);
      const pad = row < 0 || col < 0 || row >= hx || col >= wx;
      const value = pad ? 0 : x[row * wx + col];
      viaTerms.push({ row, col, weight, value, product: weight * value, pad });
    }
  }
  const [, h1, w1] = result.z1.shape;
  const viaIndex = (viaTerm.channel * h1 + viaSource.row) * w1 + viaSource.col;

  const outputCut = cursor.stage === "a2" && z2 <= 0;
  return {
    cursor,
    s2: result.s2.data[out],
    b2: params.b2[cursor.map],
    z2,
    a2: result.a2.data[out],
    outputCut,
    pooled: Boolean(result.p1),
    layer2,
    window2,
    a1Box: fieldBox(fields.a1Window, cursor.row, cursor.col),
    xBox: fieldBox(fields.layer2, cursor.row, cursor.col),
    via: {
      channel: viaTerm.channel,
      i: viaTerm.i,
      j: viaTerm.j,
      row: viaSource.row,
      col: viaSource.col,
      s1: result.s1.data[viaIndex],
      b1: params.b1[viaTerm.channel],
      z1: viaSource.z1,
      a1: result.a1.data[viaIndex],
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
      if (!term.source || term.cut) continue;
      const box = fieldBox(fields.layer1, term.source.row, term.source.col);
      for (let u = 0; u < box.size; u++) {
        for (let v = 0; v < box.size; v++) {
          const row = box.top + u;
          const col = box.left + v;
          if (row < 0 || col < 0 || row >= hx || col >= wx) continue;
          gradient[row * wx + col] += term.weight * weightAt(params.w1, term.channel, 0, u, v);
        }
      }
    }
    // Paths that cancel exactly leave float rounding behind, far below any weight's size.
    return Array.from(gradient, (g) => Math.abs(g) > 1e-9);
  }
}
