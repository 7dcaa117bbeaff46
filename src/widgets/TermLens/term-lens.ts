import { select } from "d3";
import { drawNodes } from "../../viz/nodes";
import type { LensSource } from "./lensData";
import type { TermLensLabels } from "./labels";
import { readLensState, writeLensState, type LensState } from "./state";
import type { WidgetModule } from "../defineWhenNear";
import { drawDiagram, drawPanels, drawSourceButtons } from "./draw";
import { announcement } from "./text";
import { followExplorer } from "./followExplorer";
import { WidgetElement } from "../shared/WidgetElement";

/**
 * <term-lens>: highlights the stages a source's words name. State is per instance; the URL
 * hash keys `tl.lens` and `tl.pin` (see state.ts) make a view linkable.
 */
class TermLens extends WidgetElement<TermLensLabels> {
  private sources: LensSource[] = [];
  private state!: LensState;

  protected start(): void {
    this.sources = JSON.parse(this.dataset.sources ?? "[]") as LensSource[];
    const read = readLensState(
      this.hash,
      this.sources.map((s) => s.id),
      this.dataset.fallback ?? this.sources[0].id,
    );
    this.state = read.state;
    this.find("[data-notice]").hidden = !read.fellBack;
    this.find("[data-interactive]").hidden = false;
    this.find<HTMLDetailsElement>("[data-table]").open = false;
    this.addEventListener("click", (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>("button[data-source]");
      if (button) this.choose({ ...this.state, lens: button.dataset.source! });
    });
    this.find<HTMLSelectElement>("select[data-pin]").addEventListener("change", (e) => {
      const value = (e.target as HTMLSelectElement).value;
      this.choose({ ...this.state, pin: value || null });
    });
    this.listen(window, "hashchange", () => {
      const next = readLensState(
        this.hash,
        this.sources.map((s) => s.id),
        this.state.lens,
      );
      this.render(next.state, false);
    });
    this.render(this.state, false);
    followExplorer(this, this.labels, this.listen);
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private choose(next: LensState): void {
    if (next.pin === next.lens) next.pin = null;
    this.writeHash(writeLensState(this.hash, next));
    this.render(next, true);
  }

  private render(state: LensState, announce: boolean): void {
    this.state = state;
    const view = {
      primary: this.sources.find((s) => s.id === state.lens)!,
      pinned: this.sources.find((s) => s.id === state.pin) ?? null,
    };
    const { labels } = this;
    drawSourceButtons(this.find("[data-part='sources']"), this.sources, state, labels);
    this.find<HTMLSelectElement>("select[data-pin]").value = state.pin ?? "";
    drawDiagram(this.find("[data-part='diagram']"), view, labels, null);
    drawPanels(this.find("[data-part='panels']"), view, labels);
    if (announce) drawNodes(select(this.find("[data-status]")), announcement(view.primary, labels));
  }
}

/** What the page's script defines as <term-lens> when it comes near (defineWhenNear). */
export const widget: WidgetModule = { element: TermLens };
