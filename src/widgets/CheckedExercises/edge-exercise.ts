import { formatNumber } from "../../viz/format";
import { fillLabel } from "../parseNumber";
import { upgradeMapImages } from "../shared/canvasMaps";
import type { CheckedExercisesLabels } from "./labels";
import {
  checkEdgeKernel,
  edgePreviewInput,
  rectifiedResponse,
  weightSum,
  type EdgeVerdict,
} from "./model";
import { mapView } from "./mapView";
import {
  announce,
  drawMap,
  enableControls,
  readField,
  restoreInvalidField,
  showResult,
} from "./exerciseUi";
import { enableNumberFields } from "../shared/numberField";
import type { WidgetModule } from "../defineWhenNear";
import { WidgetElement } from "../shared/WidgetElement";

/**
 * <edge-exercise>: the reader edits a 3×3 kernel until a1 = ReLU(w1 ∗ x) lights up only vertical
 * edges; Check asks the core (checkEdgeKernel) and shows success or the hint for the mistake.
 */
class EdgeExercise extends WidgetElement<CheckedExercisesLabels> {
  private kernel: number[] = [];
  private readonly input = edgePreviewInput();
  private canvas?: HTMLCanvasElement;

  protected start(): void {
    this.kernel = JSON.parse(this.dataset.kernel ?? "[]") as number[];
    const canvases = upgradeMapImages(this);
    this.canvas = canvases.get("a1-0");
    // The canvases replacing the build-time images start blank.
    const words = this.labels.edge;
    drawMap(
      this,
      canvases.get("x-0"),
      "x",
      mapView(this.input, words.inputName, words.mapAlt, this.labels.lang, "input"),
    );
    this.redraw();
    enableControls(this);
    this.addEventListener("input", (e) => this.onInput(e));
    this.addEventListener("change", (e) => this.onChange(e));
    enableNumberFields(this);
    this.querySelector("form")?.addEventListener("submit", (e) => {
      e.preventDefault();
      this.check();
    });
  }

  private cellOf(target: EventTarget | null): HTMLInputElement | null {
    return target instanceof HTMLInputElement && target.dataset.cell !== undefined ? target : null;
  }

  private onInput(event: Event): void {
    const cell = this.cellOf(event.target);
    if (!cell) return;
    const value = readField(this, this.labels, cell);
    if (value === null) return;
    this.kernel[Number(cell.dataset.cell)] = value;
    this.redraw();
  }

  private onChange(event: Event): void {
    const cell = this.cellOf(event.target);
    if (cell) restoreInvalidField(this, cell, this.kernel[Number(cell.dataset.cell)]);
  }

  private redraw(): void {
    const words = this.labels.edge;
    const a1 = mapView(
      rectifiedResponse(this.kernel, this.input),
      words.outputName,
      words.mapAlt,
      this.labels.lang,
    );
    drawMap(this, this.canvas, "a1", a1);
    announce(
      this,
      fillLabel(words.updated, { min: formatNumber(a1.min), max: formatNumber(a1.max) }),
    );
  }

  private check(): void {
    const verdict = checkEdgeKernel(this.kernel);
    showResult(this, this.labels, { ok: verdict.ok, text: this.explain(verdict) });
  }

  private explain(verdict: EdgeVerdict): string {
    const words = this.labels.edge;
    const numbers = {
      vertical: formatNumber(verdict.vertical),
      flat: formatNumber(verdict.responses.flat),
      sum: formatNumber(weightSum(this.kernel)),
      horizontal: verdict.ok ? "0" : formatNumber(verdict.horizontal),
    };
    return fillLabel(
      verdict.ok ? words.success[verdict.polarity] : words.hints[verdict.hint],
      numbers,
    );
  }
}

/** What the page's script defines as <edge-exercise> when it comes near (defineWhenNear). */
export const widget: WidgetModule = { element: EdgeExercise };
