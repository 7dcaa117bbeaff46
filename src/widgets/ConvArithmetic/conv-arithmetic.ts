import { fillLabel } from "../parseNumber";
import type { ConvArithmeticLabels } from "./labels";
import { drawExplanation, drawGridNotes, drawInputGrid, drawNumbers, drawOutputGrid } from "./draw";
import { drawFormula } from "./formula";
import {
  GEOMETRY_KEYS,
  LIMITS,
  PRESETS,
  analyse,
  parseGeometryField,
  sameGeometry,
  type Geometry,
  type GeometryKey,
} from "./model";
import { readGeometryState, writeGeometryState } from "./state";
import { statusText } from "./text";
import { enableNumberFields } from "../shared/numberField";
import { clearFieldError, restoreField, showFieldError } from "../shared/fieldError";
import type { WidgetModule } from "../defineWhenNear";
import { WindowSweep } from "./window";
import { WidgetElement } from "../shared/WidgetElement";

let instances = 0;

/**
 * <conv-arithmetic>: enhances the figure rendered at build time. The sizes live on the
 * instance and in the URL hash under `ca.*`; every query is scoped to the element.
 */
class ConvArithmetic extends WidgetElement<ConvArithmeticLabels> {
  private geometry!: Geometry;
  private sweep!: WindowSweep;

  protected start(): void {
    const read = readGeometryState(this.hash);
    this.find("[data-notice]").hidden = !read.fellBack;
    this.enableControls("input, button");
    const keys = this.find("[data-output-keys]");
    keys.hidden = false;
    keys.id = `ca-output-keys-${++instances}`;
    this.find('svg[data-svg="output"]').setAttribute("aria-describedby", keys.id);
    this.sweep = new WindowSweep(
      this.find<SVGSVGElement>('svg[data-svg="input"]'),
      this.find<SVGSVGElement>('svg[data-svg="output"]'),
      this.find<HTMLButtonElement>("button[data-sweep]"),
      this.labels,
      (text) => (this.find("[data-status]").textContent = text),
    );
    this.addEventListener("input", (e) => this.onInput(e));
    this.addEventListener("change", (e) => this.onChange(e));
    enableNumberFields(this);
    this.addEventListener("click", (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>("button[data-preset]");
      const preset = PRESETS.find((p) => p.id === button?.dataset.preset);
      if (preset) this.choose({ ...preset.geometry }, true);
    });
    this.listen(window, "hashchange", () => {
      const next = readGeometryState(this.hash);
      this.find("[data-notice]").hidden = !next.fellBack;
      if (!sameGeometry(next.geometry, this.geometry)) this.render(next.geometry, true, true);
    });
    this.render(read.geometry, true, false);
  }

  private find<T extends Element = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private field(key: GeometryKey): HTMLInputElement {
    return this.find<HTMLInputElement>(`input[data-field="${key}"]`);
  }

  private onInput(event: Event): void {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || !target.dataset.field) return;
    const key = target.dataset.field as GeometryKey;
    const parsed = parseGeometryField(key, target.value);
    if (!parsed.ok) {
      this.showError(target, fillLabel(this.labels.errors[parsed.error], LIMITS[key]));
      return;
    }
    this.clearError(target);
    this.choose({ ...this.geometry, [key]: parsed.value }, false);
  }

  /** On commit (blur, Enter), a field left invalid shows the value the figure still uses. */
  private onChange(event: Event): void {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || target.getAttribute("aria-invalid") !== "true") {
      return;
    }
    const good = this.geometry[target.dataset.field as GeometryKey];
    restoreField(target, this.find("[data-error]"), String(good), this);
  }

  private showError(input: HTMLInputElement, text: string): void {
    showFieldError(input, this.find("[data-error]"), text);
  }

  private clearError(input: HTMLInputElement): void {
    clearFieldError(input, this.find("[data-error]"), this);
  }

  /** A new geometry from the reader: drawn, announced and written to the URL. */
  private choose(geometry: Geometry, updateFields: boolean): void {
    this.writeHash(writeGeometryState(this.hash, geometry));
    this.render(geometry, updateFields, true);
  }

  private render(geometry: Geometry, updateFields: boolean, announce: boolean): void {
    this.geometry = geometry;
    const labels = this.labels;
    const analysis = analyse(geometry);
    if (updateFields) {
      for (const key of GEOMETRY_KEYS) {
        const input = this.field(key);
        input.value = String(geometry[key]);
        this.clearError(input);
      }
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>("button[data-preset]")) {
      const preset = PRESETS.find((p) => p.id === button.dataset.preset);
      button.setAttribute(
        "aria-pressed",
        String(!!preset && sameGeometry(preset.geometry, geometry)),
      );
    }

    drawInputGrid(this.find<SVGSVGElement>('svg[data-svg="input"]'), geometry, labels);
    drawOutputGrid(this.find<SVGSVGElement>('svg[data-svg="output"]'), geometry, labels);
    this.sweep.update(geometry, analysis);
    for (const which of ["input", "output"] as const) {
      drawGridNotes(this.find(`[data-notes="${which}"]`), which, geometry, labels);
    }
    drawFormula(this.find<HTMLDivElement>("[data-formula]"), geometry, labels);
    drawExplanation(this.find<HTMLDivElement>("[data-explanation]"), geometry, labels);
    drawNumbers(this.find<HTMLDivElement>(".ca__table"), geometry, labels);
    if (announce) this.find("[data-status]").textContent = statusText(labels, analysis);
  }
}

/** What the page's script defines as <conv-arithmetic> when it comes near (defineWhenNear). */
export const widget: WidgetModule = { element: ConvArithmetic };
