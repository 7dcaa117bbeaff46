import type { PipelineParams, PipelineResult } from "../../core";
import { readHash, writeHash } from "../hashState";
import { OUTPUT_STAGES, type OutputStage, type TraceCursor } from "./model";

/** This widget's hash keys; the prefix keeps them apart from other figures on the page. */
export const TR_KEYS = { at: "tr.at", stage: "tr.of", map: "tr.map", via: "tr.via" } as const;

/** Size of the maps the cursor moves in: the output grid and its maps, a1's channels, the window. */
export interface TraceShape {
  rows: number;
  cols: number;
  maps: number;
  channels: number;
  window: number;
}

/** The shape of a network's trace: its output maps, a1's channels, conv2's window. */
export function traceShape(params: PipelineParams, result: PipelineResult): TraceShape {
  const [maps, rows, cols] = result.z2.shape;
  return { rows, cols, maps, channels: result.a1.shape[0], window: params.w2.shape[2] };
}

/** The first frame: an a2 unit of map 1 on the cat's eye, through the centre of a1's map 1. */
export function defaultCursor(): TraceCursor {
  return {
    stage: "a2",
    map: 0,
    row: DEFAULT_AT.row,
    col: DEFAULT_AT.col,
    via: { channel: 0, i: 1, j: 1 },
  };
}

/** On the default 64 × 64 network: the rim of the cat's left eye, where both edge maps are live. */
const DEFAULT_AT = { row: 20, col: 15 };

/** The cursor moved into a network of this shape: the same place where it still exists, else clamped. */
export function clampCursor(cursor: TraceCursor, shape: TraceShape): TraceCursor {
  const clamp = (v: number, n: number) => Math.min(Math.max(v, 0), n - 1);
  return {
    ...cursor,
    map: clamp(cursor.map, shape.maps),
    row: clamp(cursor.row, shape.rows),
    col: clamp(cursor.col, shape.cols),
    via: {
      channel: clamp(cursor.via.channel, shape.channels),
      i: clamp(cursor.via.i, shape.window),
      j: clamp(cursor.via.j, shape.window),
    },
  };
}

/** "3,4" → [3, 4] when both are whole numbers from 1 to the given maxima, else null. */
function readIndices(text: string, maxima: readonly number[]): number[] | null {
  const parts = text.split(",");
  if (parts.length !== maxima.length || !parts.every((p) => /^\d+$/.test(p))) return null;
  const values = parts.map((p) => Number(p) - 1);
  return values.every((v, i) => v >= 0 && v < maxima[i]) ? values : null;
}

/**
 * Reads tr.at (output row,column), tr.of (a2 or z2), tr.map (the output's map) and tr.via (a1 map,row,column within the
 * window), all counted from 1. Never throws: what cannot be read keeps its default and sets
 * fellBack.
 */
export function readTraceCursor(
  hash: string,
  shape: TraceShape,
): { cursor: TraceCursor; fellBack: boolean } {
  const entries = readHash(hash);
  const cursor = defaultCursor();
  let fellBack = false;
  const at = entries.get(TR_KEYS.at);
  if (at !== undefined) {
    const v = readIndices(at, [shape.rows, shape.cols]);
    if (v) [cursor.row, cursor.col] = v;
    else fellBack = true;
  }
  const stage = entries.get(TR_KEYS.stage);
  if (stage !== undefined) {
    if ((OUTPUT_STAGES as readonly string[]).includes(stage)) cursor.stage = stage as OutputStage;
    else fellBack = true;
  }
  const map = entries.get(TR_KEYS.map);
  if (map !== undefined) {
    const v = readIndices(map, [shape.maps]);
    if (v) cursor.map = v[0];
    else fellBack = true;
  }
  const via = entries.get(TR_KEYS.via);
  if (via !== undefined) {
    const v = readIndices(via, [shape.channels, shape.window, shape.window]);
    if (v) cursor.via = { channel: v[0], i: v[1], j: v[2] };
    else fellBack = true;
  }
  return { cursor, fellBack };
}

/** The hash with this widget's keys set; other widgets' keys are kept. */
export function writeTraceCursor(hash: string, cursor: TraceCursor): string {
  const { channel, i, j } = cursor.via;
  return writeHash(hash, {
    [TR_KEYS.at]: `${cursor.row + 1},${cursor.col + 1}`,
    [TR_KEYS.stage]: cursor.stage,
    [TR_KEYS.map]: String(cursor.map + 1),
    [TR_KEYS.via]: `${channel + 1},${i + 1},${j + 1}`,
  });
}
