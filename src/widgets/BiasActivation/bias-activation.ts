import type { ActivationName } from "../../core";
import { drawHeatmap } from "../../viz/heatmap";
import { updateLegend } from "../../viz/legend";
import { formatNumber } from "../../viz/format";
import type { ColourScale } from "../../viz/scales";
import { fillLabel, parseFieldNumber, type FieldError } from "../parseNumber";
import { SAMPLE_SIZE, sampleValues } from "../samples";
import { upgradeMapImages } from "../shared/canvasMaps";
import type { BiasActivationLabels } from "./labels";
import {
  DEFAULT_SAMPLE,
  SLOPE_LIMIT,
  applyBiasAndActivation,
  biasLimit,
  convolveSample,
  mapAlt,
  mapScale,
  summaryCells,
  type BiasActivationState,
  type Maps,
  type View,
} from "./model";
import { histogramPicture, viewPicture } from "./pictures";
import { readBiasActivationState, writeBiasActivationState } from "./state";
import { drawHistogram } from "./histogram";
import { enableNumberFields } from "../shared/numberField";
import { clearFieldError, restoreField, showFieldError } from "../shared/fieldError";
import type { WidgetModule } from "../defineWhenNear";
import { samplesReady } from "../samples/load";
import { WidgetElement } from "../shared/WidgetElement";

let instances = 0;

/**
 * <bias-activation>: enhances the figure rendered at build time. State lives on the instance and
 * every query is scoped to it; radio names and message ids get a per-instance suffix.
 */
class BiasActivation extends WidgetElement<BiasActivationLabels> {
  private sample = DEFAULT_SAMPLE;
  private defaults!: BiasActivationState;
  private state!: BiasActivationState;
  private s!: Float32Array;
  private limit = 1;
  private maps!: Maps;
  private canvases = new Map<string, HTMLCanvasElement>();
  private instance = 0;
  private limits = new Map<string, number>();

  protected start(): void {
    this.instance = ++instances;
    this.sample = this.dataset.sample ?? this.sample;
    this.defaults = JSON.parse(this.dataset.state ?? "{}") as BiasActivationState;
    const read = readBiasActivationState(this.hash, (k) => this.limitOf(k), this.defaults);
    this.state = read.state;
    this.find("[data-notice]").hidden = !read.fellBack;
    for (const radio of this.querySelectorAll<HTMLInputElement>("input[type=radio]")) {
      radio.name = `${radio.name}-${this.instance}`;
    }
    this.canvases = upgradeMapImages(this);
    this.enableControls("input, select");
    const x = sampleValues(this.sample);
    const xCanvas = this.canvases.get("x-0");
    if (xCanvas) drawHeatmap(xCanvas, x, SAMPLE_SIZE, SAMPLE_SIZE, mapScale(x, true));
    this.loadKernel();
    this.syncControls();
    this.render(false);
    this.addEventListener("input", (e) => this.onInput(e));
    this.addEventListener("change", (e) => this.onChange(e));
    enableNumberFields(this);
    this.listen(window, "hashchange", () => this.onHashChange());
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  /** The bias range of a kernel: computed from its map once, then remembered. */
  private limitOf(kernel: string): number {
    let limit = this.limits.get(kernel);
    if (limit === undefined) {
      limit = biasLimit(convolveSample(this.sample, kernel));
      this.limits.set(kernel, limit);
    }
    return limit;
  }

  private loadKernel(): void {
    this.s = convolveSample(this.sample, this.state.kernel);
    this.limit = this.limitOf(this.state.kernel);
    const slider = this.find<HTMLInputElement>("[data-bias-slider]");
    const field = this.find<HTMLInputElement>("[data-bias-field]");
    field.dataset.min = slider.min = String(-this.limit);
    field.dataset.max = slider.max = String(this.limit);
    this.find("[data-bias-range]").textContent = fillLabel(this.labels.biasRange, {
      lo: formatNumber(-this.limit),
      hi: formatNumber(this.limit),
    });
    this.drawMap("s", this.s, mapScale(this.s));
  }

  private onInput(event: Event): void {
    const target = event.target;
    if (!(target instanceof HTMLInputElement)) return;
    if (target.matches("[data-bias-slider]")) {
      this.clearError(this.find<HTMLInputElement>("[data-bias-field]"), "[data-bias-error]");
      this.update({ bias: Number(target.value) });
    } else if (target.matches("[data-bias-field]")) {
      const parsed = parseFieldNumber(target.value, this.limit);
      if (parsed.ok) {
        this.clearError(target, "[data-bias-error]");
        this.update({ bias: parsed.value }, target);
      } else this.showError(target, "[data-bias-error]", this.biasError(parsed.error));
    } else if (target.matches("[data-slope]")) {
      const parsed = parseFieldNumber(target.value, SLOPE_LIMIT);
      if (parsed.ok && parsed.value >= 0) {
        this.clearError(target, "[data-slope-error]");
        this.update({ slope: parsed.value }, target);
      } else
        this.showError(
          target,
          "[data-slope-error]",
          parsed.ok || parsed.error === "outOfRange"
            ? this.labels.slopeOutOfRange
            : this.labels.errors[parsed.error],
        );
    } else if (target.matches("[data-activation]") && target.checked) {
      this.update({ activation: target.value as ActivationName });
    } else if (target.matches("[data-view]") && target.checked) {
      this.update({ view: target.value as View });
    }
  }

  private biasError(error: FieldError): string {
    return fillLabel(this.labels.errors[error], {
      lo: formatNumber(-this.limit),
      hi: formatNumber(this.limit),
    });
  }

  /** Select changes, and commits (blur, Enter) of a field left invalid. */
  private onChange(event: Event): void {
    const target = event.target;
    if (target instanceof HTMLSelectElement && target.matches("[data-kernel]")) {
      this.state.kernel = target.value;
      this.loadKernel();
      // A bias beyond the new kernel's range is brought to its edge.
      const bias = Math.max(-this.limit, Math.min(this.limit, this.state.bias));
      this.update({ bias });
      return;
    }
    if (!(target instanceof HTMLInputElement) || target.getAttribute("aria-invalid") !== "true") {
      return;
    }
    const slope = target.matches("[data-slope]");
    const good = slope ? this.state.slope : this.state.bias;
    restoreField(
      target,
      this.find(slope ? "[data-slope-error]" : "[data-bias-error]"),
      String(good),
    );
  }

  private showError(input: HTMLInputElement, selector: string, text: string): void {
    showFieldError(input, this.find(selector), text);
  }

  private clearError(input: HTMLInputElement, selector: string): void {
    clearFieldError(input, this.find(selector));
  }

  /** Applies a change, keeps the URL in step and redraws; `typedIn` keeps the reader's text. */
  private update(change: Partial<BiasActivationState>, typedIn?: HTMLInputElement): void {
    this.state = { ...this.state, ...change };
    this.syncControls(typedIn);
    this.writeHash(writeBiasActivationState(this.hash, this.state));
    this.render(true);
  }

  private onHashChange(): void {
    const read = readBiasActivationState(this.hash, (k) => this.limitOf(k), this.defaults);
    const kernelChanged = read.state.kernel !== this.state.kernel;
    this.state = read.state;
    this.find("[data-notice]").hidden = !read.fellBack;
    if (kernelChanged) this.loadKernel();
    this.syncControls();
    this.render(false);
  }

  /** Puts the state into every control except the one the reader is typing in. */
  private syncControls(typedIn?: HTMLInputElement): void {
    const { state } = this;
    this.find<HTMLSelectElement>("[data-kernel]").value = state.kernel;
    const slider = this.find<HTMLInputElement>("[data-bias-slider]");
    slider.value = String(state.bias);
    slider.setAttribute("aria-valuetext", formatNumber(state.bias));
    for (const [selector, value] of [
      ["[data-bias-field]", state.bias],
      ["[data-slope]", state.slope],
    ] as const) {
      const field = this.find<HTMLInputElement>(selector);
      if (field !== typedIn) field.value = String(value);
    }
    for (const radio of this.querySelectorAll<HTMLInputElement>("[data-activation]")) {
      radio.checked = radio.value === state.activation;
    }
    for (const radio of this.querySelectorAll<HTMLInputElement>("[data-view]")) {
      radio.checked = radio.value === state.view;
    }
    this.find<HTMLInputElement>("[data-slope]").disabled = state.activation !== "leakyRelu";
  }

  private render(announce: boolean): void {
    const { labels, state } = this;
    this.maps = applyBiasAndActivation(this.s, state);
    const { z, a } = this.maps;
    this.drawMap("z", z, mapScale(z));
    this.drawMap("a", a, mapScale(a));

    const histogram = histogramPicture(labels, state, this.s, z, a);
    drawHistogram(
      this.querySelector<SVGSVGElement>("svg[data-histogram]")!,
      histogram.chart,
      labels,
    );
    for (const item of this.querySelectorAll<HTMLElement>("[data-key]")) {
      item.hidden = !histogram.kinds.includes(item.dataset.key!);
    }
    this.find("[data-zero]").textContent = histogram.zero;

    const view = viewPicture(labels, state.view, z, a);
    const canvas = this.canvases.get("view-0");
    if (canvas) {
      drawHeatmap(canvas, view.values, SAMPLE_SIZE, SAMPLE_SIZE, view.scale);
      canvas.setAttribute("aria-label", view.alt);
    }
    updateLegend(this, "view", view.scale);
    this.querySelector('[data-legend="view"]')?.setAttribute("aria-label", view.legend);
    this.find("[data-view-caption]").textContent = view.caption;

    for (const [key, values] of [
      ["s", this.s],
      ["z", z],
      ["a", a],
    ] as const) {
      const cells = this.querySelectorAll(`tr[data-row="${key}"] td`);
      summaryCells(values).forEach((text, i) => (cells[i].textContent = text));
    }
    if (announce) {
      this.find("[data-status]").textContent = fillLabel(labels.status, {
        bias: formatNumber(state.bias),
        activation: labels.activationShort[state.activation],
        zero: histogram.zero,
      });
    }
  }

  private drawMap(key: "s" | "z" | "a", values: Float32Array, scale: ColourScale): void {
    const stage = { s: "s1", z: "z1", a: "a1" }[key];
    const canvas = this.canvases.get(`${stage}-0`);
    if (canvas) {
      drawHeatmap(canvas, values, SAMPLE_SIZE, SAMPLE_SIZE, scale);
      canvas.setAttribute(
        "aria-label",
        mapAlt(this.labels.mapAlt, this.labels.stageNames[key], values, this.labels.lang),
      );
    }
    updateLegend(this, stage, scale);
  }
}

/** What the page's script defines as <bias-activation> when it comes near (defineWhenNear). */
export const widget: WidgetModule = {
  element: BiasActivation,
  ready: samplesReady("bias-activation", (element) => [element.dataset.sample ?? DEFAULT_SAMPLE]),
};
