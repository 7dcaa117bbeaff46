import { fillLabel } from "../../widgets/parseNumber";
import { lectureHash } from "../toolbar/figureLink";
import { inertOutside } from "./inertOutside";
import { lectureCommand, type LectureCommand } from "./lectureKeys";
import { lectureZoom } from "./lectureZoom";

/** One figure of the page as lecture mode shows it. */
export interface LectureFigure {
  widget: HTMLElement;
  /** Its id in links (figureIds): the URL names the figure shown, so a reload comes back to it. */
  id: string;
  title: string;
  /** Its toolbar's Lecture mode button: the focus goes back to it on leaving. */
  button: HTMLButtonElement;
}

/** The page's lecture mode: open(i) shows the i-th figure. */
export interface LectureMode {
  open(index: number): void;
}

const OPEN_CLASS = "lecture-open";
const FIGURE_CLASS = "lecture-figure";

/**
 * Lecture mode: a teacher projects one figure of the page at a time, full screen, in large type,
 * and steps through the page's figures. The figure is not moved or copied: the widget element is
 * styled in place to fill the screen (moving it would run its connectedCallback again), and
 * the rest of the page is made inert. A bar below it, cloned from `template`, names the figure
 * (aria-live) and holds Previous, Next and Close. The Fullscreen API hides the browser's own
 * interface where the browser allows it; where it does not, the figure still fills the window.
 */
export function lectureMode(
  template: HTMLTemplateElement,
  figures: readonly LectureFigure[],
): LectureMode {
  const bar = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  const find = <T extends HTMLElement>(selector: string) => bar.querySelector<T>(selector)!;
  const position = find("[data-lecture-position]");
  const previous = find<HTMLButtonElement>("[data-lecture='previous']");
  const next = find<HTMLButtonElement>("[data-lecture='next']");
  const root = document.documentElement;
  document.body.append(bar);
  // The figure fills the window above the bar, whose height depends on the width (it wraps),
  // and is zoomed to the width; the bar spans the window, so it sees every change of width.
  new ResizeObserver(() => {
    root.style.setProperty("--lecture-bar-height", `${bar.offsetHeight}px`);
    if (current >= 0) zoomToWidth(figures[current].widget);
  }).observe(bar);

  let current = -1;
  let undoInert = () => {};
  let addedTabIndex = false;
  let fullscreen = false;

  /** Zooms the projected figure's parts as large as its box's width allows (lectureZoom). */
  function zoomToWidth(widget: HTMLElement): void {
    root.style.setProperty("--lecture-zoom", "1");
    const style = getComputedStyle(widget);
    const available =
      widget.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const natural = Math.max(...[...widget.children].map((c) => c.getBoundingClientRect().width));
    root.style.setProperty("--lecture-zoom", String(lectureZoom(available, natural)));
  }

  function leaveFigure(): void {
    if (current < 0) return;
    const { widget } = figures[current];
    widget.classList.remove(FIGURE_CLASS);
    if (addedTabIndex) widget.removeAttribute("tabindex");
    undoInert();
  }

  function show(index: number, focusFigure: boolean): void {
    leaveFigure();
    current = index;
    const { widget, title } = figures[index];
    widget.classList.add(FIGURE_CLASS);
    // Focusable itself, so that the stepping keys work after a click on the figure's background.
    addedTabIndex = !widget.hasAttribute("tabindex");
    if (addedTabIndex) widget.tabIndex = -1;
    undoInert = inertOutside(widget, [bar]);
    zoomToWidth(widget);
    history.replaceState(null, "", lectureHash(location.hash, figures[index].id));
    widget.scrollTop = 0;
    // aria-disabled, not disabled: a button that keeps the focus at the first or last figure.
    previous.setAttribute("aria-disabled", String(index === 0));
    next.setAttribute("aria-disabled", String(index === figures.length - 1));
    const text = fillLabel(bar.dataset.position ?? "", {
      n: index + 1,
      total: figures.length,
      title,
    });
    // Set after the bar is shown: a live region that appears with its text is not announced.
    setTimeout(() => {
      if (current === index) position.textContent = text;
    }, 0);
    if (focusFigure) widget.focus({ preventScroll: true });
  }

  function open(index: number): void {
    const opening = current < 0;
    if (opening) {
      root.classList.add(OPEN_CLASS);
      bar.hidden = false;
      // In a page's own window only (a frame needs its host's permission, and is not the
      // screen), and while the browser counts a reader's action as recent (a click, a key, a
      // link followed): without it the request would fail, and the figure fills the window.
      const asked = navigator.userActivation?.isActive ?? true;
      if (
        asked &&
        document.fullscreenEnabled &&
        !document.fullscreenElement &&
        window.self === window.top
      ) {
        fullscreen = true;
        root.requestFullscreen({ navigationUI: "hide" }).catch(() => (fullscreen = false));
      }
    }
    show(index, true);
  }

  function close(): void {
    if (current < 0) return;
    const { button } = figures[current];
    leaveFigure();
    current = -1;
    position.textContent = "";
    bar.hidden = true;
    root.classList.remove(OPEN_CLASS);
    root.style.removeProperty("--lecture-zoom");
    history.replaceState(null, "", lectureHash(location.hash, undefined));
    // Back at the figure: its toolbar follows it, and the focus returns to the button that
    // opened lecture mode, once the window has its size back.
    const back = () => button.focus();
    if (fullscreen && document.fullscreenElement) void document.exitFullscreen().then(back, back);
    else back();
    fullscreen = false;
  }

  function run(command: LectureCommand, focusFigure: boolean): void {
    if (command === "close") close();
    else {
      const index = current + (command === "next" ? 1 : -1);
      if (index >= 0 && index < figures.length) show(index, focusFigure);
    }
  }

  bar.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("button[data-lecture]");
    if (button) run(button.dataset.lecture as LectureCommand, false);
  });
  document.addEventListener("keydown", (event) => {
    if (current < 0) return;
    const target = event.target as Element;
    const onFrame =
      target === figures[current].widget || target === document.body || bar.contains(target);
    const command = lectureCommand(event, onFrame);
    if (!command) return;
    event.preventDefault();
    // A key pressed on a bar button keeps the focus there; on the figure, it follows the figure.
    run(command, !bar.contains(target));
  });
  // Escape in full screen is the browser's own: it leaves full screen, and so lecture mode.
  document.addEventListener("fullscreenchange", () => {
    if (fullscreen && !document.fullscreenElement) close();
  });

  return { open };
}
