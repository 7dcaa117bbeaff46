/**
 * happy-dom has no 2-D canvas context: this stand-in gives a canvas one that keeps the ImageData
 * it is given, so a golden test can look at what a drawing function put on the canvas.
 */
export function recordingCanvas(canvas: HTMLCanvasElement): { drawn(): ImageData } {
  let last: ImageData | null = null;
  const context = {
    putImageData(image: ImageData, x: number, y: number) {
      if (x !== 0 || y !== 0) throw new Error(`The map was put at (${x}, ${y}), not (0, 0).`);
      last = image;
    },
  };
  canvas.getContext = (() => context) as unknown as typeof canvas.getContext;
  return {
    drawn() {
      if (!last) throw new Error("Nothing was drawn on the canvas.");
      return last;
    },
  };
}
