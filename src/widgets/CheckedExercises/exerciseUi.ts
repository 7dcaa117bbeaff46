/**
 * Browser helpers shared by the three exercise elements. Every query is scoped to the element
 * passed in, so several exercises on one page never reach into each other.
 */
import { drawHeatmap } from "../../viz/heatmap";
import { updateLegend } from "../../viz/legend";
import { parseFieldNumber } from "../parseNumber";
import { clearFieldError, restoreField, showFieldError } from "../shared/fieldError";
import type { CheckedExercisesLabels } from "./labels";
import type { MapView } from "./mapView";
import { drawResult, type Verdict } from "./result";

/** Turns on what needs JavaScript: the controls, the Check button; hides the no-script note. */
export function enableControls(root: HTMLElement): void {
  for (const control of root.querySelectorAll<HTMLInputElement | HTMLButtonElement>(
    "input, button",
  )) {
    control.disabled = false;
  }
  root.querySelector<HTMLElement>("[data-needs-script]")?.setAttribute("hidden", "");
}

/** Redraws one map and its legend, and updates the map's text alternative. */
export function drawMap(
  root: HTMLElement,
  canvas: HTMLCanvasElement | undefined,
  stage: string,
  view: MapView,
): void {
  if (canvas) {
    drawHeatmap(canvas, view.values, view.width, view.height, view.scale);
    canvas.setAttribute("aria-label", view.alt);
  }
  updateLegend(root, stage, view.scale);
}

/** Shows the verdict of a check under the task (drawResult). */
export function showResult(
  root: HTMLElement,
  labels: CheckedExercisesLabels,
  verdict: Verdict,
): void {
  const result = root.querySelector<HTMLParagraphElement>("[data-result]");
  if (result) drawResult(result, verdict, labels);
}

/** Says what changed, for screen readers. */
export function announce(root: HTMLElement, text: string): void {
  const status = root.querySelector<HTMLElement>("[data-status]");
  if (status) status.textContent = text;
}

/**
 * Reads a numeric field. A bad value marks the field invalid with a message beside it and
 * returns null, so the caller keeps its last good state.
 */
export function readField(
  root: HTMLElement,
  labels: CheckedExercisesLabels,
  input: HTMLInputElement,
): number | null {
  const message = root.querySelector<HTMLElement>("[data-error]");
  const parsed = parseFieldNumber(input.value);
  if (!parsed.ok) {
    if (message) showFieldError(input, message, labels.errors[parsed.error]);
    else input.setAttribute("aria-invalid", "true");
    return null;
  }
  if (message) clearFieldError(input, message, root);
  else input.removeAttribute("aria-invalid");
  return parsed.value;
}

/** On commit (blur, Enter), a field left invalid goes back to the value the figure still uses. */
export function restoreInvalidField(
  root: HTMLElement,
  input: HTMLInputElement,
  good: number,
): void {
  const message = root.querySelector<HTMLElement>("[data-error]");
  if (message) restoreField(input, message, String(good), root);
  else if (input.getAttribute("aria-invalid") === "true") {
    input.value = String(good);
    input.removeAttribute("aria-invalid");
  }
}
