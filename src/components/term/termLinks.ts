import { nearestIndex, tipShift } from "./nearestFigure";

/**
 * Stage links in the prose (Term.astro): while one is hovered or focused, the same stage lights
 * up in the nearest figure that shows it, and its definition stays inside the viewport. Escape
 * hides the definition (WCAG 1.4.13). Without this script the link and its definition still work.
 */
const LINK = "a[data-term-stage]";
const HIGHLIGHT = "data-term-highlight";
let lit: Element[] = [];

function linkOf(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>(LINK) : null;
}

function highlightStage(link: HTMLAnchorElement): void {
  const selector = `[data-stage="${CSS.escape(link.dataset.termStage ?? "")}"]`;
  const figures = [...document.querySelectorAll(".widget")].filter((w) =>
    w.querySelector(selector),
  );
  const i = nearestIndex(
    link.getBoundingClientRect(),
    figures.map((f) => f.getBoundingClientRect()),
  );
  if (i < 0) return;
  lit = [...figures[i].querySelectorAll(selector)];
  for (const element of lit) element.setAttribute(HIGHLIGHT, "");
}

function openTip(link: HTMLAnchorElement): void {
  const term = link.parentElement;
  const tip = term?.querySelector<HTMLElement>(".term__tip");
  if (!term || !tip) return;
  term.removeAttribute("data-tip-dismissed");
  term.setAttribute("data-tip-open", "");
  tip.style.left = "";
  const box = tip.getBoundingClientRect();
  const shift = tipShift(box.left, box.right, document.documentElement.clientWidth);
  if (shift !== 0) tip.style.left = `${shift}px`;
}

function show(link: HTMLAnchorElement): void {
  hide();
  openTip(link);
  highlightStage(link);
}

function hide(): void {
  for (const element of lit) element.removeAttribute(HIGHLIGHT);
  lit = [];
  for (const term of document.querySelectorAll("[data-tip-open]")) {
    term.removeAttribute("data-tip-open");
  }
}

document.addEventListener("focusin", (event) => {
  const link = linkOf(event.target);
  if (link) show(link);
});
document.addEventListener("focusout", (event) => {
  if (linkOf(event.target)) hide();
});
document.addEventListener("pointerover", (event) => {
  const link = linkOf(event.target);
  if (link && !link.contains(event.relatedTarget as Node | null)) show(link);
});
document.addEventListener("pointerout", (event) => {
  const link = linkOf(event.target);
  if (
    link &&
    !link.contains(event.relatedTarget as Node | null) &&
    link !== document.activeElement
  ) {
    hide();
  }
});
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  for (const term of document.querySelectorAll(
    ".term:is([data-tip-open], :hover, :focus-within)",
  )) {
    term.setAttribute("data-tip-dismissed", "");
  }
});
