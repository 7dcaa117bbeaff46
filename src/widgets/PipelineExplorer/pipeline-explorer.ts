import {
  presetById,
  runPipeline,
  updatePipeline,
  type PipelineChange,
  type PipelineParams,
  type PipelineResult,
} from "../../core";
import { drawHeatmap } from "../../viz/heatmap";
import { legendGradient, legendModel } from "../../viz/legend";
import { formatNumber } from "../../viz/format";
import type { ColourScale } from "../../viz/scales";
import { fillLabel, parseFieldNumber } from "../parseNumber";
import { SAMPLES } from "../samples";
import { upgradeMapImages } from "../shared/canvasMaps";
import {
  SHOWN_STAGES,
  explorerParams,
  inputTensor,
  mapAltText,
  mapSummary,
  stageMap,
  summaryCells,
  stageScale,
  type ExplorerConfig,
  type ShownStage,
} from "./model";
import type { PipelineExplorerLabels } from "./labels";

type DrawnStage = ShownStage | "x";

let errorIds = 0;

/**
 * <pipeline-explorer>: enhances the figure rendered at build time. Every piece of state lives
 * on the instance, and every query is scoped to it, so two explorers on a page never interfere.
 */
class PipelineExplorer extends HTMLElement {
  private config!: ExplorerConfig;
  private labels!: PipelineExplorerLabels;
  private params!: PipelineParams;
  private biases!: number[];
  private result!: PipelineResult;
  private canvases = new Map<string, HTMLCanvasElement>();

  connectedCallback(): void {
    if (this.result) return;
    this.config = JSON.parse(this.dataset.config ?? "{}") as ExplorerConfig;
    this.labels = JSON.parse(this.dataset.labels ?? "{}") as PipelineExplorerLabels;
    this.params = explorerParams(this.config);
    this.biases = this.config.filters.map((f) => f.bias);
    this.params.b1 = this.biases;
    this.result = runPipeline(inputTensor(this.config.sample), this.params);
    this.canvases = upgradeMapImages(this);
    this.redraw(["x", ...SHOWN_STAGES]);
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
      "input, select",
    )) {
      control.disabled = false;
    }
    this.addEventListener("input", (e) => this.onInput(e));
    this.addEventListener("change", (e) => this.onChange(e));
  }

  private filterOf(target: Element): { k: number; fieldset: HTMLFieldSetElement } | null {
    const fieldset = target.closest<HTMLFieldSetElement>("fieldset[data-filter]");
    return fieldset ? { k: Number(fieldset.dataset.filter), fieldset } : null;
  }

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement;
    if (!(target instanceof HTMLInputElement)) return;
    const filter = this.filterOf(target);
    if (!filter) return;
    const parsed = parseFieldNumber(target.value);
    if (!parsed.ok) {
      this.showError(filter.fieldset, target, this.labels.errors[parsed.error]);
      return;
    }
    this.clearError(filter.fieldset, target);
    if (target.dataset.cell !== undefined) {
      this.params.w1.data[filter.k * 9 + Number(target.dataset.cell)] = parsed.value;
      this.config.filters[filter.k].kernel[Number(target.dataset.cell)] = parsed.value;
      this.config.filters[filter.k].preset = null;
      const preset = filter.fieldset.querySelector<HTMLSelectElement>("select[data-preset]");
      if (preset) preset.value = "";
      this.apply({ param: "w1", filter: filter.k });
    } else if (target.dataset.bias !== undefined) {
      this.biases[filter.k] = parsed.value;
      this.config.filters[filter.k].bias = parsed.value;
      this.apply({ param: "b1", filter: filter.k });
    }
  }

  /** On commit (blur, Enter), a field left invalid shows the value the maps still use. */
  private onChange(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target instanceof HTMLSelectElement) {
      if (target.dataset.sample !== undefined) this.setSample(target.value);
      else if (target.dataset.preset !== undefined) this.setPreset(target);
      return;
    }
    const filter = this.filterOf(target);
    if (!filter || target.getAttribute("aria-invalid") !== "true") return;
    const good =
      target.dataset.cell !== undefined
        ? this.config.filters[filter.k].kernel[Number(target.dataset.cell)]
        : this.biases[filter.k];
    const message = filter.fieldset.querySelector<HTMLElement>("[data-error]");
    target.value = String(good);
    target.removeAttribute("aria-invalid");
    if (message) {
      message.textContent = `${message.textContent} ${fillLabel(this.labels.keptValue, { value: formatNumber(good) })}`;
    }
  }

  private showError(fieldset: HTMLFieldSetElement, input: HTMLInputElement, text: string): void {
    const message = fieldset.querySelector<HTMLElement>("[data-error]");
    if (!message) return;
    if (!message.id) message.id = `pe-error-${++errorIds}`;
    message.textContent = text;
    message.hidden = false;
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", message.id);
  }

  private clearError(fieldset: HTMLFieldSetElement, input: HTMLInputElement): void {
    const message = fieldset.querySelector<HTMLElement>("[data-error]");
    input.removeAttribute("aria-invalid");
    input.removeAttribute("aria-describedby");
    if (message && !fieldset.querySelector("[aria-invalid='true']")) {
      message.hidden = true;
      message.textContent = "";
    }
  }

  private setPreset(select: HTMLSelectElement): void {
    const filter = this.filterOf(select);
    const preset = presetById(select.value);
    if (!filter || !preset) return;
    const cells = filter.fieldset.querySelectorAll<HTMLInputElement>("input[data-cell]");
    preset.kernel.forEach((v, i) => {
      this.params.w1.data[filter.k * 9 + i] = v;
      cells[i].value = String(v);
      this.clearError(filter.fieldset, cells[i]);
    });
    this.config.filters[filter.k] = {
      ...this.config.filters[filter.k],
      preset: preset.id,
      kernel: [...preset.kernel],
    };
    this.apply({ param: "w1", filter: filter.k });
  }

  private setSample(id: string): void {
    if (!SAMPLES.some((s) => s.id === id)) return;
    this.config.sample = id;
    this.result = runPipeline(inputTensor(id), this.params);
    const credit = this.querySelector<HTMLElement>("[data-credit]");
    if (credit) credit.textContent = SAMPLES.find((s) => s.id === id)?.credit ?? "";
    this.redraw(["x", ...SHOWN_STAGES]);
  }

  private apply(change: PipelineChange): void {
    const changed = updatePipeline(this.result, this.params, change);
    this.redraw(SHOWN_STAGES.filter((s) => changed[s]?.length));
    const k = change.filter;
    const z = mapSummary(stageMap(this.result, "z1", k).values);
    const a = mapSummary(stageMap(this.result, "a1", k).values);
    const status = this.querySelector<HTMLElement>("[data-status]");
    if (status) {
      status.textContent = fillLabel(this.labels.updated, {
        k: k + 1,
        min: formatNumber(z.min),
        max: formatNumber(z.max),
        zero: Math.round(a.zeroShare * 100),
      });
    }
  }

  /** Redraws every map of the given stages: a stage's scale is shared by all its maps. */
  private redraw(stages: DrawnStage[]): void {
    for (const stage of stages) {
      const t = this.result[stage];
      const scale = stageScale(t, stage === "x");
      this.updateLegend(stage, scale);
      for (let k = 0; k < t.shape[0]; k++) {
        const { values, width, height } = stageMap(this.result, stage, k);
        const canvas = this.canvases.get(`${stage}-${k}`);
        const summary = mapSummary(values);
        if (canvas) {
          drawHeatmap(canvas, values, width, height, scale);
          canvas.setAttribute(
            "aria-label",
            mapAltText(this.labels, stage, k, summary, width, height),
          );
        }
        const cells = this.querySelectorAll(`tr[data-row="${stage}-${k}"] td`);
        const texts = summaryCells(summary);
        cells.forEach((cell, i) => (cell.textContent = texts[i]));
      }
    }
  }

  private updateLegend(stage: DrawnStage, scale: ColourScale): void {
    const legend = this.querySelector<HTMLElement>(`[data-legend="${stage}"]`);
    if (!legend) return;
    const model = legendModel(scale);
    const bar = legend.querySelector<HTMLElement>(".legend__bar");
    if (bar) {
      bar.style.background = legendGradient(model);
    }
    legend.querySelectorAll("[data-tick]").forEach((tick, i) => {
      tick.textContent = model.ticks[i]?.label ?? "";
    });
  }
}

if (!customElements.get("pipeline-explorer")) {
  customElements.define("pipeline-explorer", PipelineExplorer);
}
