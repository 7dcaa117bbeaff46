import { pageLanguage, showFigureAlert } from "./figureAlert";

const LABELS_UNREADABLE = {
  en: "This figure's words could not be read from the page, so it stays as first drawn. Reload the page to try again.",
  ja: "この図の文言をページから読み取れなかったため、図は最初の状態のままです。ページを再読み込みしてください。",
};

/** Adds a listener that lives as long as the widget stays in the document (WidgetElement). */
export type Listen = (target: EventTarget, type: string, handler: (event: Event) => void) => void;

interface Listener {
  target: EventTarget;
  type: string;
  handler: (event: Event) => void;
}

/** The labels the build wrote as JSON, or null when the attribute is missing or not an object. */
function readLabels(json: string | undefined): object | null {
  if (json === undefined) return null;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * What every widget element shares: its labels from `data-labels`, read once; the page-wide
 * listeners, dropped while the element is out of the document; and writing its URL state.
 * A widget implements `start`, which enhances the build's first frame.
 */
export abstract class WidgetElement<Labels extends object> extends HTMLElement {
  protected labels!: Labels;
  private started = false;
  private readonly listeners: Listener[] = [];
  private connection = new AbortController();

  connectedCallback(): void {
    // A moved element keeps its state and gets its listeners back; only the first connection starts it.
    if (this.started) {
      this.connection = new AbortController();
      for (const listener of this.listeners) this.subscribe(listener);
      return;
    }
    this.started = true;
    const labels = readLabels(this.dataset.labels);
    if (!labels) {
      // Without its words the widget cannot speak; the first frame is still complete.
      showFigureAlert(this, LABELS_UNREADABLE[pageLanguage(this)]);
      return;
    }
    this.labels = labels as Labels;
    this.start();
  }

  disconnectedCallback(): void {
    this.connection.abort();
  }

  /** Enhances the first frame: runs once, on the first connection, after the labels are read. */
  protected abstract start(): void;

  /** Listens on the window or document only while this element is in the document. */
  protected readonly listen: Listen = (target, type, handler) => {
    const listener = { target, type, handler };
    this.listeners.push(listener);
    this.subscribe(listener);
  };

  private subscribe({ target, type, handler }: Listener): void {
    target.addEventListener(type, handler, { signal: this.connection.signal });
  }

  /** Records hash as the URL's, adding no history entry; without a hash the address stays whole. */
  protected writeHash(hash: string): void {
    history.replaceState(null, "", hash || location.pathname + location.search);
  }

  /** Turns on the controls matching selector, which the build rendered disabled. */
  protected enableControls(selector: string): void {
    for (const control of this.querySelectorAll<
      HTMLInputElement | HTMLButtonElement | HTMLSelectElement
    >(selector)) {
      control.disabled = false;
    }
  }
}
