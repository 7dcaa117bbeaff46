/** The vertical extent of a box on the page (a DOMRect will do). */
export interface VerticalSpan {
  top: number;
  bottom: number;
}

/** The vertical distance between two boxes: zero when they overlap. */
export function verticalGap(a: VerticalSpan, b: VerticalSpan): number {
  return Math.max(0, b.top - a.bottom, a.top - b.bottom);
}

/**
 * Which candidate box lies nearest above or below the anchor (the earlier one on a tie);
 * -1 when there is none. Boxes of no height (a hidden figure) never count.
 */
export function nearestIndex(anchor: VerticalSpan, candidates: readonly VerticalSpan[]): number {
  let best = -1;
  let bestGap = Infinity;
  candidates.forEach((box, i) => {
    if (box.bottom <= box.top) return;
    const gap = verticalGap(anchor, box);
    if (gap < bestGap) {
      best = i;
      bestGap = gap;
    }
  });
  return best;
}

/**
 * How far to move a tooltip left so that its right edge stays `margin` inside the viewport,
 * never so far that its left edge leaves it (a negative number, or 0 when it fits).
 */
export function tipShift(left: number, right: number, viewportWidth: number, margin = 8): number {
  const overflow = right - (viewportWidth - margin);
  if (overflow <= 0) return 0;
  return -Math.max(0, Math.min(overflow, left - margin));
}
