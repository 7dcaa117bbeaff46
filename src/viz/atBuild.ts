import { Window } from "happy-dom";

/**
 * The build's side of "one draw function per figure": an `.astro` file runs the figure's draw
 * function here, on a server-side DOM, and emits what it drew as the figure's first frame; in
 * the browser the widget calls the same function on that markup, which updates it in place.
 * Import this from `.astro` frontmatter only: it must never reach a browser bundle.
 */

// One window for the whole build: making one costs far more than drawing a figure in it.
let window: Window | undefined;

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * Makes an empty `<svg>` (or the HTML element an HTML figure is drawn in), lets `draw` fill it,
 * and returns its markup, root element included. `draw` must create nodes through d3 (or the element's own
 * ownerDocument), never through the global `document`, which does not exist at build.
 */
export function drawnAtBuild<E extends Element>(
  tag: "svg" | keyof HTMLElementTagNameMap,
  draw: (root: E) => void,
): string {
  window ??= new Window();
  const { document } = window;
  const root = (tag === "svg"
    ? document.createElementNS(SVG_NS, "svg")
    : document.createElement(tag)) as unknown as E;
  draw(root);
  return root.outerHTML;
}
