import { readHash, writeHash } from "../hashState";
import { OUTPUT_STAGES, type OutputStage, type TraceCursor } from "./model";

/** This widget's hash keys; the prefix keeps them apart from other figures on the page. */
export const TR_KEYS = { at: "tr.at", stage: "tr.of", via: "tr.via" } as const;

/** Size of the maps the cursor moves in: the output grid, a1's channels, the window. */
export interface TraceShape {
  rows: number;
  cols: number;
  channels: number;
  window: number;
}

/** The first frame: an a2 unit on the eye's lower rim, through the centre of map 1. */
export function defaultCursor(): TraceCursor {
  return { stage: "a2", row: 4, col: 1, via: { channel: 0, i: 1, j: 1 } };
}

/** "3,4" → [3, 4] when both are whole numbers from 1 to the given maxima, else null. */
function readIndices(text: string, maxima: readonly number[]): number[] | null {
  const parts = text.split(",");
  if (parts.length !== maxima.length || !parts.every((p) => /^\d+$/.test(p))) return null;
  const values = parts.map((p) => Number(p) - 1);
  return values.every((v, i) => v >= 0 && v < maxima[i]) ? values : null;
}

/**
 * Reads tr.at (output row,column), tr.of (a2 or z2) and tr.via (a1 map,row,column within the
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
    [TR_KEYS.via]: `${channel + 1},${i + 1},${j + 1}`,
  });
}
