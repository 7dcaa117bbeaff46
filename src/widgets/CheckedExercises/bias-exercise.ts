import { formatNumber } from "../../viz/format";
import { fillLabel } from "../parseNumber";
import { upgradeMapImages } from "../shared/canvasMaps";
import type { CheckedExercisesLabels } from "./labels";
import { BIAS_TASK, biasTaskInput, biasTaskMaps, checkBias } from "./model";
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
import { samplesReady } from "../samples/load";
import { WidgetElement } from "../shared/WidgetElement";

/** A share as the verdicts print it, e.g. "25.3 %". */
function percent(share: number): string {
  return `${formatNumber(share * 100)} %`;
}

/**
 * <bias-exercise>: the reader sets b1 so that a quarter of a1 = ReLU(z1) is exactly 0; Check
 * counts the zeros with the core (checkBias) and says which way to move the bias.
 */
class BiasExercise extends WidgetElement<CheckedExercisesLabels> {
  private bias = 0;
  private readonly input = biasTaskInput();
  private canvases = new Map<string, HTMLCanvasElement>();

  protected start(): void {
    this.bias = Number(this.dataset.bias ?? 0);
    this.canvases = upgradeMapImages(this);
    this.redraw();
    enableControls(this);
    const field = this.querySelector<HTMLInputElement>("input[data-bias]");
    field?.addEventListener("input", () => {
      const value = readField(this, this.labels, field);
      if (value === null) return;
      this.bias = value;
      this.redraw();
    });
    field?.addEventListener("change", () => restoreInvalidField(this, field, this.bias));
    enableNumberFields(this);
    this.querySelector("form")?.addEventListener("submit", (e) => {
      e.preventDefault();
      this.check();
    });
  }

  private redraw(): void {
    const words = this.labels.bias;
    const maps = biasTaskMaps(this.bias, this.input);
    const z1 = mapView(maps.z1, words.z1Name, words.mapAlt, this.labels.lang, "signed");
    drawMap(this, this.canvases.get("z1-0"), "z1", z1);
    drawMap(
      this,
      this.canvases.get("a1-0"),
      "a1",
      mapView(maps.a1, words.a1Name, words.mapAlt, this.labels.lang),
    );
    announce(
      this,
      fillLabel(words.updated, { min: formatNumber(z1.min), max: formatNumber(z1.max) }),
    );
  }

  private check(): void {
    const verdict = checkBias(this.bias, this.input);
    const words = this.labels.bias;
    const text = verdict.ok ? words.success : words.hints[verdict.hint];
    showResult(this, this.labels, {
      ok: verdict.ok,
      text: fillLabel(text, { share: percent(verdict.share) }),
    });
  }
}

/** What the page's script defines as <bias-exercise> when it comes near (defineWhenNear). */
export const widget: WidgetModule = {
  element: BiasExercise,
  ready: samplesReady("bias-exercise", () => [BIAS_TASK.sample]),
};
