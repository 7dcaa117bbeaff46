import { channel, type PipelineParams, type PipelineResult } from "../../core";
import type { ColourScale } from "../../viz/scales";
import { tensorScale } from "../CellGrid/cells";
import { traceView, type Box, type TraceCursor, type TraceView } from "./model";

/** Per-cell flags of one map: outside the highlighted box, or cut by ReLU inside it. */
export type MapMarks = Record<"data-outside" | "data-cut", boolean[]>;

/** Everything one frame draws, for the build and the browser alike. */
export interface TraceFrame {
  view: TraceView;
  scales: Record<"x" | "z1" | "a1" | "z2" | "a2", ColourScale>;
  marks: { x: MapMarks; layer1: MapMarks[] };
}

function inBox(box: Box, row: number, col: number): boolean {
  return row >= box.top && row < box.top + box.size && col >= box.left && col < box.left + box.size;
}

function marks(rows: number, cols: number, box: Box, cut: (i: number) => boolean): MapMarks {
  const outside = Array.from(
    { length: rows * cols },
    (_, i) => !inBox(box, Math.floor(i / cols), i % cols),
  );
  return { "data-outside": outside, "data-cut": outside.map((out, i) => !out && cut(i)) };
}

/**
 * The frame for a cursor: the view, one colour scale per stage (shared by a stage's maps),
 * and the marks: x pixels a small change of which cannot reach the output are cut; in z1 and
 * a1, the units ReLU zeroed.
 */
export function traceFrame(
  result: PipelineResult,
  params: PipelineParams,
  cursor: TraceCursor,
): TraceFrame {
  const view = traceView(result, params, cursor);
  const [, hx, wx] = result.x.shape;
  const [c1, h1, w1] = result.z1.shape;
  const layer1 = Array.from({ length: c1 }, (_, k) => {
    const z1 = channel(result.z1, k);
    return marks(h1, w1, view.a1Box, (i) => z1[i] <= 0);
  });
  return {
    view,
    scales: {
      x: tensorScale(result.x, "input"),
      z1: tensorScale(result.z1, "signed"),
      a1: tensorScale(result.a1),
      z2: tensorScale(result.z2, "signed"),
      a2: tensorScale(result.a2),
    },
    marks: { x: marks(hx, wx, view.xBox, (i) => !view.sensitive[i]), layer1 },
  };
}
