/** Lecture mode never shrinks a figure, and past twice its size the type gets coarse. */
const MIN_ZOOM = 1;
const MAX_ZOOM = 2;

/**
 * The zoom of a projected figure: as large as the window's width allows for a figure `wide`
 * pixels across at zoom 1, between 1 and 2, so that it reads from the back of the room and
 * never needs a sideways scroll. `available` is the width inside the figure's box, in pixels.
 */
export function lectureZoom(available: number, wide: number): number {
  if (!(available > 0 && wide > 0)) return MIN_ZOOM;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, available / wide));
}
