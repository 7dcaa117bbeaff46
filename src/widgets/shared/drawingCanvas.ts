/** The parts of a widget's "draw your own input" panel, and what the widget does with them. */
export interface DrawingCanvas {
  canvas: HTMLCanvasElement;
  /** The Draw toggle (aria-pressed). */
  drawButton: HTMLButtonElement;
  /** How to draw with mouse and keyboard: shown, and describing the canvas, while drawing. */
  help: HTMLElement;
  /** After drawing is switched on or off, e.g. to show or hide the keyboard brush. */
  onToggle: () => void;
  /** A press or drag of the pointer while drawing. */
  onPointer: (e: PointerEvent) => void;
  onKey: (e: KeyboardEvent) => void;
}

/**
 * Lets the reader draw on the canvas while the Draw button is pressed: the canvas then takes
 * keyboard focus, is described by the help text and takes pointer strokes.
 */
export function enableDrawing(parts: DrawingCanvas): void {
  const { canvas, drawButton, help } = parts;
  drawButton.addEventListener("click", () => {
    const on = drawButton.getAttribute("aria-pressed") !== "true";
    drawButton.setAttribute("aria-pressed", String(on));
    help.hidden = !on;
    canvas.toggleAttribute("data-drawing", on);
    if (on) {
      canvas.tabIndex = 0;
      canvas.setAttribute("aria-describedby", help.id);
    } else {
      canvas.removeAttribute("tabindex");
      canvas.removeAttribute("aria-describedby");
    }
    parts.onToggle();
  });
  canvas.addEventListener("pointerdown", (e) => {
    if (!canvas.hasAttribute("data-drawing")) return;
    canvas.setPointerCapture(e.pointerId);
    parts.onPointer(e);
  });
  canvas.addEventListener("pointermove", (e) => {
    if (canvas.hasAttribute("data-drawing") && e.buttons) parts.onPointer(e);
  });
  canvas.addEventListener("keydown", parts.onKey);
}
