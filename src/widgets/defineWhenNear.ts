/**
 * Defines a widget's custom element when one of its elements first comes within a viewport's
 * height of the screen (as Astro's client:visible does). Until then each element keeps its
 * static first frame, rendered at build time and complete, so a chapter does not compute and
 * redraw every widget below the fold while it loads.
 *
 * The static frame's controls are disabled, and Tab skips disabled controls; so the first Tab
 * pressed anywhere defines every widget still waiting, for a keyboard reader who moves faster
 * than the scrolling.
 */
const waiting = new Set<() => void>();

function defineAllWaiting(event: KeyboardEvent): void {
  if (event.key !== "Tab") return;
  document.removeEventListener("keydown", defineAllWaiting, true);
  for (const define of [...waiting]) define();
}

export function defineWhenNear(name: string, constructor: CustomElementConstructor): void {
  if (customElements.get(name)) return;
  const elements = document.querySelectorAll(name);
  if (elements.length === 0 || typeof IntersectionObserver === "undefined") {
    customElements.define(name, constructor);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) define();
    },
    { rootMargin: "100% 0px" },
  );
  const define = () => {
    observer.disconnect();
    waiting.delete(define);
    if (!customElements.get(name)) customElements.define(name, constructor);
  };
  waiting.add(define);
  document.addEventListener("keydown", defineAllWaiting, true);
  elements.forEach((element) => observer.observe(element));
}
