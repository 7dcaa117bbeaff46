/**
 * The checks every draw function owes (docs/architecture.md, "Figures: one draw function"), for
 * tests that run on happy-dom: the build's markup, redrawn with the same state, is unchanged,
 * and a new state drawn on it equals a fresh draw of that state (the same document: attributes
 * may come in another order).
 */
import { expect } from "vitest";
import { drawnAtBuild } from "../../src/viz/atBuild";

/**
 * An element's markup with each element's attributes in name order: a redraw that removes a
 * flag (data-cut) and sets it again later appends it last, which changes the markup's bytes
 * but not the document, so tests comparing a redraw with a fresh draw compare this.
 */
export function sortedMarkup(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const el of [copy, ...copy.querySelectorAll("*")]) {
    const attributes = [...el.attributes]
      .map((a) => [a.name, a.value] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [name] of attributes) el.removeAttribute(name);
    for (const [name, value] of attributes) el.setAttribute(name, value);
  }
  return copy.outerHTML;
}

/** The build's first frame, parsed into this document as the browser would find it. */
export function firstFrame<E extends Element>(
  tag: "svg" | keyof HTMLElementTagNameMap,
  draw: (root: E) => void,
): E {
  const holder = document.createElement("div");
  holder.innerHTML = drawnAtBuild<E>(tag, draw);
  return holder.firstElementChild as E;
}

/**
 * Draws `state` at build, draws it again in this document and expects the same markup and the
 * same elements; then draws `next` on it and expects what a fresh draw of `next` makes. Returns
 * the element, drawn with `next`, and the elements it had before, for checks of what was kept.
 */
export function drawTwice<E extends Element, S>(
  tag: "svg" | keyof HTMLElementTagNameMap,
  draw: (root: E, state: S) => void,
  state: S,
  next: S,
): { root: E; before: Element[] } {
  const root = firstFrame<E>(tag, (r) => draw(r, state));
  const built = root.outerHTML;
  const before = [...root.querySelectorAll("*")];
  draw(root, state);
  expect(root.outerHTML).toBe(built);
  // Equal nodes (isEqualNode), not always the same ones: d3-axis re-makes the build's ticks once,
  // as they carry no d3 data to key them by.
  expect([...root.querySelectorAll("*")]).toEqual(before);
  draw(root, next);
  expect(sortedMarkup(root)).toBe(sortedMarkup(firstFrame<E>(tag, (r) => draw(r, next))));
  return { root, before };
}
