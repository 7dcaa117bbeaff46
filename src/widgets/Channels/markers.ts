/** A rectangle of map pixels as CSS percentages of the map's box, for an outline drawn over it. */
function boxStyle(row0: number, col0: number, rows: number, cols: number, w: number, h: number) {
  const pct = (v: number) => `${Number((v * 100).toFixed(4))}%`;
  return `left: ${pct(col0 / w)}; top: ${pct(row0 / h)}; width: ${pct(cols / w)}; height: ${pct(rows / h)}`;
}

/** The outlined pixel itself, on the contributions, their sum and z2. */
export function markerStyle(probe: { row: number; col: number }, w: number, h: number): string {
  return boxStyle(probe.row, probe.col, 1, 1, w, h);
}

/**
 * The 3×3 window of a1 that the outlined pixel reads (padding "same"), cut at the map's edge
 * where the zero padding would be.
 */
export function windowStyle(probe: { row: number; col: number }, w: number, h: number): string {
  const top = Math.max(0, probe.row - 1);
  const left = Math.max(0, probe.col - 1);
  const bottom = Math.min(h - 1, probe.row + 1);
  const right = Math.min(w - 1, probe.col + 1);
  return boxStyle(top, left, bottom - top + 1, right - left + 1, w, h);
}
