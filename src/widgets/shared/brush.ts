/**
 * The keyboard's brush on a drawable grid, for every widget the reader can draw on. Apart from
 * ownInput.ts, so that a figure that draws but loads no image file does not ship the file checks.
 */

/** A brush position on a square grid, in cells (a pointer may leave it between cells). */
export interface BrushPoint {
  x: number;
  y: number;
}

/** What a key pressed on a drawing canvas does: move the brush, paint (erase with Shift), or nothing. */
export type BrushKeyAction = { move: BrushPoint } | { paint: 0 | 1 } | null;

const BRUSH_MOVES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The keyboard's way to draw: the arrows move the brush `stride` cells from its nearest cell,
 * staying on the grid of side `size`; Space paints there, Shift+Space erases.
 */
export function brushKeyAction(
  key: { key: string; shiftKey: boolean },
  brush: BrushPoint,
  size: number,
  stride: number,
): BrushKeyAction {
  const move = BRUSH_MOVES[key.key];
  const clamp = (v: number) => Math.max(0, Math.min(size - 1, v));
  if (move) {
    return {
      move: {
        x: clamp(Math.round(brush.x) + move[0] * stride),
        y: clamp(Math.round(brush.y) + move[1] * stride),
      },
    };
  }
  if (key.key === " ") return { paint: key.shiftKey ? 0 : 1 };
  return null;
}
