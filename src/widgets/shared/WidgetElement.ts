import { writeHash } from "../hashState";
import { instanceChanges, instanceHash } from "../instanceHash";
import { pageLanguage, showFigureAlert } from "./figureAlert";
import { HISTORY_WRITES, writeBudget } from "./writeBudget";

const LABELS_UNREADABLE = {
  en: "This figure's words could not be read from the page, so it stays as first drawn. Reload the page to try again.",
  ja: "この図の文言をページから読み取れなかったため、図は最初の状態のままです。ページを再読み込みしてください。",
};

/** The page's history writes, shared by its widgets. */
const historyWrites = writeBudget(HISTORY_WRITES.burst, HISTORY_WRITES.refillMs);

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
 * listeners, dropped while the element is out of the document; and its URL state, under its
 * own key when the page gave it one (`data-key`, see instanceHash.ts). A widget implements
 * `start`, which enhances the build's first frame.
 */
export abstract class WidgetElement<Labels extends object> extends HTMLElement {
  protected labels!: Labels;
  private started = false;
  private readonly listeners: Listener[] = [];
  private connection = new AbortController();
  /** Hash changes not yet written: the history budget was spent (see writeHash). */
  private unwritten = Object.create(null) as Record<string, string | undefined>;
  private writeTimer: ReturnType<typeof setTimeout> | undefined;

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
    // A change still waiting for the budget is written before the reader leaves.
    this.listen(window, "pagehide", () => this.flushHash());
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

  /**
   * The URL hash as this widget's state module reads it: with a key, only the widget's own
   * pairs, unprefixed. It includes the changes not written yet, so a drag builds on its last step.
   */
  protected get hash(): string {
    return instanceHash(writeHash(location.hash, this.unwritten), this.dataset.key);
  }

  /**
   * Records `hash`, the widget's state module's new view of the hash, in the URL without a
   * history entry; other widgets' keys are kept, and an empty hash leaves the path and query.
   * Written at once while the page's budget of history writes lasts (see historyWrites), then
   * as one trailing write of the latest state when the budget allows.
   */
  protected writeHash(hash: string): void {
    Object.assign(this.unwritten, instanceChanges(this.hash, hash, this.dataset.key));
    if (this.writeTimer !== undefined) return;
    const wait = historyWrites.wait(Date.now());
    if (wait === 0) this.flushHash();
    else this.writeTimer = setTimeout(() => this.flushHash(), wait);
  }

  /** Writes the changes still waiting now, whatever the budget: for a commit, or leaving. */
  protected flushHash(): void {
    clearTimeout(this.writeTimer);
    this.writeTimer = undefined;
    const changes = this.unwritten;
    if (Object.keys(changes).length === 0) return;
    this.unwritten = Object.create(null) as Record<string, string | undefined>;
    historyWrites.spend(Date.now());
    const next = writeHash(location.hash, changes);
    history.replaceState(null, "", next || location.pathname + location.search);
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
