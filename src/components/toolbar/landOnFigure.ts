import { figureInHash } from "./figureLink";

/** How long a figure reached by a link stays marked (the CSS animation's length). */
const HIGHLIGHT_MS = 2000;

// Bounded by a timer: a page the browser takes as hidden runs no frame callbacks.
const nextFrame = () =>
  new Promise((resolve) => {
    requestAnimationFrame(resolve);
    setTimeout(resolve, 100);
  });

/**
 * Opening a link to a figure (`#fig=<id>&…`) scrolls to that figure once it shows the linked
 * state, and marks it briefly. The figure may be far below the fold and not yet enhanced:
 * widgets define themselves when near the viewport (defineWhenNear), so scrolling to it
 * defines it and restores its state from the hash; then, its height may have changed, so it is
 * brought into view again.
 */
export async function landOnFigure(figures: ReadonlyMap<string, HTMLElement>): Promise<void> {
  const id = figureInHash(location.hash);
  const figure = id === undefined ? undefined : figures.get(id);
  // In a frame (an embedded figure) the host page's scroll is not ours to move.
  if (!figure || window.self !== window.top) return;
  // Scrolled to before the page's images and styles settle, it could be pushed out of view.
  if (document.readyState !== "complete") {
    await new Promise((resolve) => addEventListener("load", resolve, { once: true }));
  }
  figure.scrollIntoView({ block: "start" });
  await customElements.whenDefined(figure.localName);
  await nextFrame();
  figure.scrollIntoView({ block: "start" });
  figure.classList.add("figure-landed");
  setTimeout(() => figure.classList.remove("figure-landed"), HIGHLIGHT_MS);
}
