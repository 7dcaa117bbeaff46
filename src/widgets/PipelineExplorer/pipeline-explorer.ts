import {
  presetById,
  runPipeline,
  tensor,
  updatePipeline,
  warmUpPipeline,
  type PipelineChange,
  type PipelineParams,
  type PipelineResult,
} from "../../core";
import { drawHeatmap } from "../../viz/heatmap";
import { updateLegend } from "../../viz/legend";
import type { ColourScale } from "../../viz/scales";
import { fillLabel, parseFieldNumber } from "../parseNumber";
import { SAMPLES, SAMPLE_SIZE } from "../samples";
import { brushKeyAction } from "../shared/brush";
import {
  centreSquare,
  HEADER_BYTES,
  checkDecodedSize,
  checkImageFile,
  imageSizeFromHeader,
  paintDisc,
  rgbaToGrey,
  type FileProblem,
} from "../ownInput";
import { upgradeMapImages } from "../shared/canvasMaps";
import { enableDrawing } from "../shared/drawingCanvas";
import { clearFieldError, restoreField, showFieldError } from "../shared/fieldError";
import {
  EXPLORER_POOL,
  explorerParams,
  shownStages,
  inputTensor,
  type ExplorerConfig,
  type ScaleMode,
  type ShownStage,
} from "./model";
import { mapAltText, ownMapScale, mapSummary, stageMap, summaryCells, stageScale } from "./maps";
import { drawCredit, drawFileMessage, drawNumbers, drawStageHead, drawStatus } from "./draw";
import type { PipelineExplorerLabels } from "./labels";
import { readExplorerState, readPinnedCell, writeExplorerState, writePinnedCell } from "./state";
import { cellExists } from "./readout";
import { MapReadout } from "./readoutView";
import { NETWORK_EVENT, NETWORK_REQUEST, type ExplorerNetwork } from "./network";
import { enableNumberFields } from "../shared/numberField";
import type { WidgetModule } from "../defineWhenNear";
import { loadFailureText, loadSamples, samplesReady } from "../samples/load";
import { WidgetElement } from "../shared/WidgetElement";
import { instanceHash } from "../instanceHash";

type DrawnStage = ShownStage | "x";
/** The maps of each stage an edit changed, as updatePipeline reports them. */
type ChangedMaps = Partial<Record<DrawnStage, number[]>>;

let helpIds = 0;

const EDIT_MARK = "pipeline-explorer:edit";

/**
 * Times a kernel edit for bench/browser.bench.mjs: to the end of the redraw (every canvas holds
 * its new pixels) and to the next animation frame (the frame that paints them). The entries are
 * cleared at once, so none pile up; a PerformanceObserver still receives them.
 */
function measureEdit(edit: PerformanceMark): void {
  performance.measure("pipeline-explorer:redraw", { start: edit.startTime });
  performance.clearMarks(EDIT_MARK);
  performance.clearMeasures("pipeline-explorer:redraw");
  requestAnimationFrame(() => {
    performance.measure("pipeline-explorer:frame", { start: edit.startTime });
    performance.clearMeasures("pipeline-explorer:frame");
  });
}

/**
 * <pipeline-explorer>: enhances the figure rendered at build time. Every piece of state lives
 * on the instance, and every query is scoped to it, so two explorers on a page never interfere.
 */
class PipelineExplorer extends WidgetElement<PipelineExplorerLabels> {
  private config!: ExplorerConfig;
  private params!: PipelineParams;
  private biases!: number[];
  private result!: PipelineResult;
  private canvases = new Map<string, HTMLCanvasElement>();
  /** The scale each stage was last drawn with, to tell when its maps all need recolouring. */
  private drawnScales = new Map<DrawnStage, ColourScale>();
  /** Each map's row of the numbers table (summaryCells), by `${stage}-${k}`. */
  private summaries = new Map<string, readonly string[]>();
  private readout?: MapReadout;
  /** The reader's own input (drawn or loaded), or null while a sample is shown. */
  private own: Float32Array | null = null;
  private brush = { x: SAMPLE_SIZE / 2, y: SAMPLE_SIZE / 2 };
  /** Counts the reader's choices of input, so a photograph that arrives late is not shown. */
  private inputRequest = 0;
  /** A frame is booked to tell the page the network changed (one message per frame at most). */
  private publishBooked = false;

  protected start(): void {
    const read = readExplorerState(
      this.hash,
      JSON.parse(this.dataset.config ?? "{}") as ExplorerConfig,
    );
    this.config = read.config;
    this.showControlsOf(this.config);
    this.params = explorerParams(this.config);
    this.biases = this.config.filters.map((f) => f.bias);
    this.params.b1 = this.biases;
    this.result = runPipeline(inputTensor(this.config.sample), this.params);
    const pinned = readPinnedCell(this.hash);
    const pinFits = !pinned.cell || cellExists(this.result, pinned.cell);
    const notice = this.querySelector<HTMLElement>("[data-notice]");
    if (notice) notice.hidden = !read.fellBack && !pinned.fellBack && pinFits;
    this.canvases = upgradeMapImages(this);
    this.showPooling();
    this.readout = new MapReadout({
      root: this,
      canvases: this.canvases,
      labels: this.labels,
      network: () => ({ result: this.result, params: this.params }),
      onPin: () => this.persist(false),
    });
    if (pinned.cell && pinFits) this.readout.pin(pinned.cell);
    this.redraw(["x", ...this.stages()]);
    this.enableControls("input, select");
    this.addEventListener("input", (e) => this.onInput(e));
    this.addEventListener("change", (e) => this.onChange(e));
    this.listen(document, NETWORK_REQUEST, () => this.publish());
    enableNumberFields(this);
    this.setUpOwnInput();
    // Issue 19: so that the first edit is as fast as the later ones, its update and redraw
    // run once while the page is idle, on unchanged values (see warmUpPipeline).
    (window.requestIdleCallback ?? setTimeout)(() =>
      this.redraw(this.stages(), warmUpPipeline(this.result, this.params)),
    );
  }

  private stages() {
    return shownStages(this.config.pool);
  }

  /** Tells the page (the term lens) the network's current state. */
  private publish(): void {
    const detail: ExplorerNetwork = { params: this.params, result: this.result };
    document.dispatchEvent(new CustomEvent(NETWORK_EVENT, { detail }));
  }

  private bookPublish(): void {
    if (this.publishBooked) return;
    this.publishBooked = true;
    requestAnimationFrame(() => {
      this.publishBooked = false;
      this.publish();
    });
  }

  /** Shows or hides p1 and p2 (their maps; their heads and rows follow the redraw). */
  private showPooling(): void {
    this.querySelector(".pe")?.toggleAttribute("data-pool", this.config.pool);
  }

  private setPooling(on: boolean): void {
    this.config.pool = on;
    this.params.pool = on ? EXPLORER_POOL : null;
    this.persist(true);
    this.result = runPipeline(this.result.x, this.params);
    this.showPooling();
    // Every head is drawn again: z2's name says whether it reads p1.
    this.drawnScales.clear();
    this.redraw(this.stages());
  }

  private setScaleMode(mode: ScaleMode): void {
    this.config.scale = mode;
    this.persist(true);
    this.drawnScales.clear();
    this.redraw(this.stages());
  }

  /** Puts a configuration read from the URL into the controls rendered for the default one. */
  private showControlsOf(config: ExplorerConfig): void {
    const sample = this.querySelector<HTMLSelectElement>("select[data-sample]");
    if (sample) sample.value = config.sample;
    const pool = this.querySelector<HTMLInputElement>("input[data-pool-switch]");
    if (pool) pool.checked = config.pool;
    const scale = this.querySelector<HTMLSelectElement>("select[data-scale-mode]");
    if (scale) scale.value = config.scale;
    config.filters.forEach((filter, k) => {
      const fieldset = this.querySelector(`fieldset[data-filter="${k}"]`);
      if (!fieldset) return;
      fieldset.querySelector<HTMLSelectElement>("select[data-preset]")!.value = filter.preset ?? "";
      fieldset.querySelectorAll<HTMLInputElement>("input[data-cell]").forEach((cell, i) => {
        cell.value = String(filter.kernel[i]);
      });
      fieldset.querySelector<HTMLInputElement>("input[data-bias]")!.value = String(filter.bias);
    });
  }

  /**
   * Keeps the URL in step with the figure, so that a copied link shows the same state. Typing
   * and drawing write as the history budget allows (WidgetElement.writeHash); a choice, and a
   * commit (blur, Enter), is written at once.
   */
  private persist(now: boolean): void {
    this.writeHash(
      writePinnedCell(writeExplorerState(this.hash, this.config), this.readout?.pinned ?? null),
    );
    if (now) this.flushHash();
  }

  private setUpOwnInput(): void {
    const panel = this.querySelector<HTMLElement>("[data-own]");
    const canvas = this.canvases.get("x-0");
    if (!panel || !canvas) return;
    panel.hidden = false;
    const help = panel.querySelector<HTMLElement>("[data-draw-help]")!;
    help.id = `pe-draw-help-${++helpIds}`;
    enableDrawing({
      canvas,
      drawButton: panel.querySelector<HTMLButtonElement>("[data-draw]")!,
      help,
      onToggle: () => {
        // Drawing off takes the input's tab stop away; the readout still needs it.
        canvas.tabIndex = 0;
        this.redraw(["x"]);
      },
      onPointer: (e) => this.paintAtPointer(canvas, e),
      onKey: (e) => this.onBrushKey(e),
    });
    panel.querySelector("[data-clear]")!.addEventListener("click", () => {
      this.setOwnInput(new Float32Array(SAMPLE_SIZE * SAMPLE_SIZE));
    });
    const file = panel.querySelector<HTMLInputElement>("[data-file]")!;
    file.addEventListener("change", () => {
      const chosen = file.files?.[0];
      file.value = "";
      if (chosen) void this.loadFile(chosen);
    });
  }

  private paintAtPointer(canvas: HTMLCanvasElement, e: PointerEvent): void {
    const box = canvas.getBoundingClientRect();
    this.brush = {
      x: Math.floor(((e.clientX - box.left) / box.width) * SAMPLE_SIZE),
      y: Math.floor(((e.clientY - box.top) / box.height) * SAMPLE_SIZE),
    };
    this.paint(e.shiftKey ? 0 : 1);
  }

  private onBrushKey(e: KeyboardEvent): void {
    // Two cells a step across the 64 × 64 input.
    const action = brushKeyAction(e, this.brush, SAMPLE_SIZE, 2);
    if (!action) return;
    if ("move" in action) {
      this.brush = action.move;
      this.redraw(["x"]);
    } else {
      this.paint(action.paint);
    }
    e.preventDefault();
  }

  private paint(value: number): void {
    const values = this.own ?? Float32Array.from(this.result.x.data);
    if (paintDisc(values, SAMPLE_SIZE, this.brush.x, this.brush.y, 1.5, value) || !this.own) {
      this.setOwnInput(values);
    }
  }

  private async loadFile(file: File): Promise<void> {
    const problem = checkImageFile(file);
    if (problem) return this.fileMessage(this.labels.fileErrors[problem], true);
    // A huge image is refused from its header, before a decode that takes seconds and memory.
    const head = await file
      .slice(0, HEADER_BYTES)
      .arrayBuffer()
      .catch(() => new ArrayBuffer(0));
    const header = imageSizeFromHeader(new Uint8Array(head));
    const headerProblem = header && checkDecodedSize(header.width, header.height);
    if (headerProblem) return this.fileMessage(this.labels.fileErrors[headerProblem], true);
    let bitmap: ImageBitmap;
    try {
      bitmap = await createImageBitmap(file);
    } catch {
      return this.fileMessage(this.labels.fileErrors.decode, true);
    }
    const sizeProblem: FileProblem | null = checkDecodedSize(bitmap.width, bitmap.height);
    if (sizeProblem) {
      bitmap.close();
      return this.fileMessage(this.labels.fileErrors[sizeProblem], true);
    }
    const scratch = document.createElement("canvas");
    scratch.width = scratch.height = SAMPLE_SIZE;
    const context = scratch.getContext("2d", { willReadFrequently: true })!;
    const [sx, sy, side] = centreSquare(bitmap.width, bitmap.height);
    context.drawImage(bitmap, sx, sy, side, side, 0, 0, SAMPLE_SIZE, SAMPLE_SIZE);
    bitmap.close();
    this.setOwnInput(rgbaToGrey(context.getImageData(0, 0, SAMPLE_SIZE, SAMPLE_SIZE).data));
    this.fileMessage(fillLabel(this.labels.loaded, { name: file.name }), false);
  }

  private fileMessage(text: string, error: boolean): void {
    const message = this.querySelector<HTMLDivElement>("[data-file-message]");
    if (message) drawFileMessage(message, { text, error });
  }

  private showCredit(): void {
    const credit = this.querySelector<HTMLDivElement>("[data-credit]");
    if (credit) drawCredit(credit, this.config.sample, this.labels);
  }

  private setOwnInput(values: Float32Array): void {
    this.inputRequest++;
    this.own = values;
    this.config.sample = "own";
    this.persist(false);
    const select = this.querySelector<HTMLSelectElement>("select[data-sample]");
    const option = select?.querySelector<HTMLOptionElement>("option[value='own']");
    if (select && option) {
      option.disabled = false;
      select.value = "own";
    }
    this.showCredit();
    this.result = runPipeline(tensor([1, SAMPLE_SIZE, SAMPLE_SIZE], values), this.params);
    this.redraw(["x", ...this.stages()]);
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
      const edit = performance.mark(EDIT_MARK);
      this.params.w1.data[filter.k * 9 + Number(target.dataset.cell)] = parsed.value;
      this.config.filters[filter.k].kernel[Number(target.dataset.cell)] = parsed.value;
      this.config.filters[filter.k].preset = null;
      const preset = filter.fieldset.querySelector<HTMLSelectElement>("select[data-preset]");
      if (preset) preset.value = "";
      this.apply({ param: "w1", filter: filter.k });
      measureEdit(edit);
    } else if (target.dataset.bias !== undefined) {
      this.biases[filter.k] = parsed.value;
      this.config.filters[filter.k].bias = parsed.value;
      this.apply({ param: "b1", filter: filter.k });
    }
  }

  /** On commit (blur, Enter), a field left invalid shows the value the maps still use. */
  private onChange(event: Event): void {
    this.flushHash();
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target instanceof HTMLInputElement && target.dataset.poolSwitch !== undefined) {
      return this.setPooling(target.checked);
    }
    if (target instanceof HTMLSelectElement) {
      if (target.dataset.scaleMode !== undefined) this.setScaleMode(target.value as ScaleMode);
      else if (target.dataset.sample !== undefined) void this.setSample(target.value);
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
    if (message) restoreField(target, message, String(good), filter.fieldset);
  }

  private showError(fieldset: HTMLFieldSetElement, input: HTMLInputElement, text: string): void {
    const message = fieldset.querySelector<HTMLElement>("[data-error]");
    if (message) showFieldError(input, message, text);
  }

  private clearError(fieldset: HTMLFieldSetElement, input: HTMLInputElement): void {
    const message = fieldset.querySelector<HTMLElement>("[data-error]");
    if (message) clearFieldError(input, message, fieldset);
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
    this.flushHash();
  }

  private async setSample(id: string): Promise<void> {
    if (id === "own" && this.own) return this.setOwnInput(this.own);
    if (!SAMPLES.some((s) => s.id === id)) return;
    const request = ++this.inputRequest;
    try {
      await loadSamples([id]);
    } catch (error) {
      if (request !== this.inputRequest) return;
      this.fileMessage(loadFailureText(this, error), true);
      // The menu goes back to the input the maps still show.
      const select = this.querySelector<HTMLSelectElement>("select[data-sample]");
      if (select) select.value = this.config.sample;
      return;
    }
    // A later choice, made while this photograph downloaded, wins.
    if (request !== this.inputRequest) return;
    this.config.sample = id;
    this.persist(true);
    this.result = runPipeline(inputTensor(id), this.params);
    this.showCredit();
    this.redraw(["x", ...this.stages()]);
  }

  private apply(change: PipelineChange): void {
    this.persist(false);
    const changed = updatePipeline(this.result, this.params, change);
    this.redraw(this.stages(), changed);
    const k = change.filter;
    const z = mapSummary(stageMap(this.result, "z1", k).values);
    const a = mapSummary(stageMap(this.result, "a1", k).values);
    const status = this.querySelector<HTMLDivElement>("[data-status]");
    if (status) {
      drawStatus(status, { k, zMin: z.min, zMax: z.max, zeroShare: a.zeroShare }, this.labels);
    }
  }

  /**
   * Redraws the maps of the given stages: all of them, or with `changed` only those an edit
   * changed, unless the stage's shared scale moved, which recolours every map of the stage and
   * redraws its head. Then the numbers table, from every map's last summary.
   */
  private redraw(stages: readonly DrawnStage[], changed?: ChangedMaps): void {
    for (const stage of stages) {
      const t = this.result[stage]!;
      const maps = changed ? changed[stage] : undefined;
      if (changed && !maps?.length) continue;
      const all = Array.from({ length: t.shape[0] }, (_, k) => k);
      const scale = stageScale(t, stage);
      const drawn = this.drawnScales.get(stage);
      const sameScale =
        drawn?.kind === scale.kind &&
        drawn.domain[0] === scale.domain[0] &&
        drawn.domain[1] === scale.domain[1];
      if (!sameScale) {
        this.drawnScales.set(stage, scale);
        this.drawHead(stage, scale);
      }
      if (this.config.scale === "map" && stage !== "x") {
        // Each map on its own scale: an edit recolours only the maps it changed.
        for (const k of maps ?? all) this.drawMap(stage, k);
        continue;
      }
      for (const k of sameScale && maps ? maps : all) this.drawMap(stage, k, scale);
    }
    this.drawNumbers();
    this.readout?.refresh();
    this.bookPublish();
  }

  /** A stage's legend, for x beside the input, for the others in its column head. */
  private drawHead(stage: DrawnStage, scale: ColourScale): void {
    if (stage === "x") return updateLegend(this, stage, scale);
    const head = this.querySelector<HTMLDivElement>(`.pe__col-head[data-stage="${stage}"]`);
    const { scale: mode, pool } = this.config;
    if (head) drawStageHead(head, { stage, scale, mode, pool }, this.labels);
  }

  /** The numbers table: a row for each map shown, p1's and p2's only with pooling on. */
  private drawNumbers(): void {
    const table = this.querySelector<HTMLDivElement>("[data-numbers]");
    if (!table) return;
    const rows = (["x", ...this.stages()] as const).flatMap((stage) =>
      Array.from({ length: this.result[stage]!.shape[0] }, (_, k) => {
        const key = `${stage}-${k}`;
        return { key, stage, k, cells: this.summaries.get(key) ?? [] };
      }),
    );
    drawNumbers(table, rows, this.config.pool, this.labels);
  }

  /**
   * Draws map k of a stage, with its text alternative, on the stage's shared `scale`, or on the
   * map's own without one, and keeps its summary for the numbers table.
   */
  private drawMap(stage: DrawnStage, k: number, scale?: ColourScale): void {
    const { values, width, height } = stageMap(this.result, stage, k);
    const canvas = this.canvases.get(`${stage}-${k}`);
    const summary = mapSummary(values);
    if (canvas) {
      drawHeatmap(
        canvas,
        values,
        width,
        height,
        scale ?? ownMapScale(values, width, height, stage),
      );
      if (stage === "x" && canvas.hasAttribute("data-drawing")) this.drawBrush(canvas);
      canvas.setAttribute("aria-label", mapAltText(this.labels, stage, k, summary, width, height));
    }
    this.summaries.set(`${stage}-${k}`, summaryCells(summary));
  }

  /** The keyboard brush: an orange outline around the cells Space would paint. */
  private drawBrush(canvas: HTMLCanvasElement): void {
    const context = canvas.getContext("2d");
    if (!context) return;
    context.strokeStyle = "#e69f00";
    context.lineWidth = 1;
    context.strokeRect(this.brush.x - 1.5, this.brush.y - 1.5, 4, 4);
  }
}

/** What the page's script defines as <pipeline-explorer> when it comes near (defineWhenNear). */
export const widget: WidgetModule = {
  element: PipelineExplorer,
  ready: samplesReady("pipeline-explorer", (element) => [
    readExplorerState(
      instanceHash(location.hash, element.dataset.key),
      JSON.parse(element.dataset.config ?? "{}") as ExplorerConfig,
    ).config.sample,
  ]),
};
