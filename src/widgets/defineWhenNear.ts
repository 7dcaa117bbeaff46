/**
 * Defines a widget's custom element when one of its elements first comes within a viewport's
 * height of the screen (as Astro's client:visible does). Until then each element keeps its
 * static first frame, rendered at build time and complete, so a chapter does not compute and
 * redraw every widget below the fold while it loads.
 *
 * The static frame's controls are disabled, and Tab skips disabled controls; so the first Tab
 * pressed anywhere defines every widget still waiting, for a keyboard reader who moves faster
 * than the scrolling. Printing defines them all too (see below), so that paper shows every figure.
 *
 * The widget's code is loaded then too (`load`, a dynamic import of its module), so a chapter
 * fetches only this small script up front and the code of the widgets a reader comes near.
 * The module's `ready`, if given, fetches what the elements need (e.g. a sample photograph)
 * before they are defined; if it fails, the elements keep their first frame (ready shows why).
 */
const waiting = new Set<() => void>();

function defineAllWaiting(): void {
  for (const define of [...waiting]) define();
}

function defineAllOnTab(event: KeyboardEvent): void {
  if (event.key !== "Tab") return;
  document.removeEventListener("keydown", defineAllOnTab, true);
  defineAllWaiting();
}

// Printing shows every figure in its current state, those below the fold too: start defining them
// when printing starts (beforeprint) or print media is emulated (matchMedia). A figure whose code
// has not arrived by the print layout prints its first frame, which is its state: it was never near.
if (typeof window !== "undefined") {
  window.addEventListener("beforeprint", defineAllWaiting);
  window.matchMedia?.("print").addEventListener("change", (event) => {
    if (event.matches) defineAllWaiting();
  });
}

/** What a widget's module exports for defineWhenNear: its element and what it waits for. */
export interface WidgetModule {
  element: CustomElementConstructor;
  ready?: () => Promise<void>;
}

export function defineWhenNear(name: string, load: () => Promise<{ widget: WidgetModule }>): void {
  if (customElements.get(name)) return;
  const defineNow = async () => {
    const { widget } = await load();
    await widget.ready?.();
    if (!customElements.get(name)) customElements.define(name, widget.element);
  };
  // A module that fails to load, or a sample that does not arrive, leaves the first frame.
  const start = () => void defineNow().catch(() => undefined);
  const elements = document.querySelectorAll(name);
  if (elements.length === 0 || typeof IntersectionObserver === "undefined") {
    start();
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
    start();
  };
  waiting.add(define);
  document.addEventListener("keydown", defineAllOnTab, true);
  elements.forEach((element) => observer.observe(element));
}
