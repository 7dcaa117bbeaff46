import type { PipelineParams, PipelineResult } from "../../core";
import { gridCells, markCells, paintCells, placeBox } from "../CellGrid/paint";
import { readHash } from "../hashState";
import { fillLabel } from "../parseNumber";
import { followExplorerNetwork } from "../shared/explorerNetwork";
import { inCrop, traceFrame, type CroppedMap, type TraceFrame } from "./frame";
import type { Box, OutputStage, TraceCursor } from "./model";
import { TRACE_SAMPLE, traceNetwork } from "./network";
import {
  TR_KEYS,
  clampCursor,
  readTraceCursor,
  traceShape,
  writeTraceCursor,
  type TraceShape,
} from "./state";
import {
  GRID_KEYS,
  announceOutput,
  announceVia,
  cropText,
  gridMove,
  inputAlt,
  layer1Lines,
  layer2Heading,
  layer2Lines,
  mapAlt,
  outputCellLabels,
  sourceStage,
  termLabel,
  termText,
  viaHeading,
  type GridKey,
} from "./text";
import type { TraceLabels } from "./labels";
import type { WidgetModule } from "../defineWhenNear";
import { samplesReady } from "../samples/load";
import { WidgetElement } from "../shared/WidgetElement";

let instances = 0;

function asBox(b: Box) {
  return { top: b.top, left: b.left, height: b.size, width: b.size };
}

/**
 * <trace-view>: enhances the frame rendered at build time. All state lives on the instance
 * and every query is scoped to it; the URL keys start with `tr.`. It traces the pipeline
 * explorer's default network, or the explorer's current one when they share a page.
 */
class TraceView extends WidgetElement<TraceLabels> {
  private params!: PipelineParams;
  private result!: PipelineResult;
  private shape!: TraceShape;
  private cursor!: TraceCursor;
  private frame!: TraceFrame;
  /** A clicked (or linked) cell stays chosen while the pointer moves elsewhere. */
  private pinned = false;
  /** The pinned cell when the pointer went down: a click on it unpins. */
  private pinnedAtPress: number | null = null;
  private lastHash = "";
  private uid = ++instances;

  protected start(): void {
    this.useNetwork(traceNetwork());
    const read = readTraceCursor(this.hash, this.shape);
    this.cursor = read.cursor;
    this.pinned = readHash(this.hash).has(TR_KEYS.at);
    this.find("[data-notice]").hidden = !read.fellBack;
    this.enhance();
    this.render();
    this.listen(window, "hashchange", () => this.onHashChange());
    followExplorerNetwork(this.listen, (network) => {
      this.useNetwork(network);
      this.cursor = clampCursor(this.cursor, this.shape);
      this.find("[data-network]").textContent = this.labels.networkExplorer;
      this.render();
    });
  }

  private useNetwork({ params, result }: { params: PipelineParams; result: PipelineResult }) {
    this.params = params;
    this.result = result;
    this.shape = traceShape(params, result);
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private outputButtons(): HTMLButtonElement[] {
    return gridCells(this.find("[data-output]")) as HTMLButtonElement[];
  }

  /** The output cell (row, column in the full map) of a button of the output window. */
  private cellOf(button: HTMLElement): { row: number; col: number } {
    const n = Number(button.dataset.cell);
    const crop = this.frame.crops.output;
    return { row: crop.top + Math.floor(n / crop.size), col: crop.left + (n % crop.size) };
  }

  private cursorIndex(): number {
    return this.cursor.row * this.shape.cols + this.cursor.col;
  }

  private enhance(): void {
    // Radio groups per instance: two traces on one page must not share one.
    for (const kind of ["stage", "map"]) {
      this.querySelectorAll<HTMLInputElement>(`input[data-${kind}-choice]`).forEach((radio) => {
        radio.name = `tr-${kind}-${this.uid}`;
      });
    }
    this.enableControls("input, button");
    this.find("[data-key-help]").hidden = false;
    this.find("[data-via-help]").hidden = false;
    const output = this.find("[data-output]");
    const cellAt = (e: Event) => (e.target as Element).closest<HTMLElement>("[data-cell]");
    output.addEventListener("mouseover", (e) => {
      const cell = cellAt(e);
      if (cell && !this.pinned) this.pointAt(this.cellOf(cell), false);
    });
    output.addEventListener("pointerdown", () => {
      this.pinnedAtPress = this.pinned ? this.cursorIndex() : null;
    });
    output.addEventListener("focusin", (e) => {
      const cell = cellAt(e);
      if (cell) this.pointAt(this.cellOf(cell), true);
    });
    output.addEventListener("click", (e) => {
      const cell = cellAt(e);
      if (cell) this.onOutputClick(this.cellOf(cell), (e as MouseEvent).detail === 0);
    });
    output.addEventListener("keydown", (e) => this.onOutputKey(e));
    this.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && this.pinned) this.pin(false);
    });
    this.querySelectorAll<HTMLElement>("[data-terms]").forEach((group) => {
      group.addEventListener("keydown", (e) => this.onTermKey(e, group));
    });
    this.addEventListener("click", (e) => {
      const term = (e.target as Element).closest<HTMLButtonElement>("button[data-term]");
      if (term) this.chooseTerm(term);
    });
    this.addEventListener("focusin", (e) => {
      const term = (e.target as Element).closest<HTMLButtonElement>("button[data-term]");
      if (term) this.chooseTerm(term);
    });
    this.addEventListener("change", (e) => {
      const radio = e.target as HTMLInputElement;
      if (radio.dataset.stageChoice !== undefined) {
        this.update({ ...this.cursor, stage: radio.value as OutputStage }, "output");
      } else if (radio.dataset.mapChoice !== undefined) {
        this.update({ ...this.cursor, map: Number(radio.value) }, "output");
      }
    });
  }

  private onHashChange(): void {
    const keys = [...readHash(this.hash).keys()];
    if (this.hash === this.lastHash || !keys.some((k) => k.startsWith("tr."))) return;
    const read = readTraceCursor(this.hash, this.shape);
    this.find("[data-notice]").hidden = !read.fellBack;
    this.cursor = read.cursor;
    this.pinned = keys.includes(TR_KEYS.at);
    this.render();
  }

  private pointAt({ row, col }: { row: number; col: number }, announce: boolean): void {
    if (row === this.cursor.row && col === this.cursor.col) {
      if (announce) this.announce("output");
      return;
    }
    this.update({ ...this.cursor, row, col }, announce ? "output" : null);
  }

  /**
   * A click (or Enter) on the pinned cell unpins it; on any other cell, pins that one. A cell
   * on the window's edge recentres the window, so a pointer can travel the whole map.
   */
  private onOutputClick(cell: { row: number; col: number }, fromKeyboard: boolean): void {
    const index = cell.row * this.shape.cols + cell.col;
    const pinnedHere = fromKeyboard
      ? this.pinned && index === this.cursorIndex()
      : this.pinnedAtPress === index;
    this.pinnedAtPress = null;
    if (pinnedHere) {
      this.pin(false);
      return;
    }
    const crop = this.frame.crops.output;
    const edge = [cell.row - crop.top, cell.col - crop.left].some(
      (d) => d === 0 || d === crop.size - 1,
    );
    this.cursor = { ...this.cursor, ...cell };
    if (edge) this.render(true);
    this.pin(true);
    if (edge) this.focusCursor();
  }

  private pin(on: boolean): void {
    this.pinned = on;
    this.update(this.cursor, null);
    const { stage, row, col } = this.cursor;
    this.find("[data-status]").textContent = on
      ? fillLabel(this.labels.pinned, { stage, r: row + 1, c: col + 1 })
      : this.labels.unpinned;
  }

  private focusCursor(): void {
    const crop = this.frame.crops.output;
    const n = (this.cursor.row - crop.top) * crop.size + this.cursor.col - crop.left;
    this.outputButtons()[n].focus();
  }

  /** Arrow keys move over the whole output map; the window follows the cursor. */
  private onOutputKey(event: KeyboardEvent): void {
    if (!GRID_KEYS.includes(event.key)) return;
    event.preventDefault();
    const { rows, cols } = this.shape;
    const ctrl = event.ctrlKey || event.metaKey;
    const to = gridMove(this.cursorIndex(), event.key as GridKey, rows, cols, ctrl);
    this.update({ ...this.cursor, row: Math.floor(to / cols), col: to % cols }, "output");
    this.focusCursor();
  }

  /** Arrow keys move focus among a map's terms (focus chooses the term). */
  private onTermKey(event: KeyboardEvent, group: HTMLElement): void {
    if (!GRID_KEYS.includes(event.key)) return;
    const buttons = [...group.querySelectorAll<HTMLButtonElement>("button[data-term]")];
    const from = buttons.indexOf(event.target as HTMLButtonElement);
    if (from < 0) return;
    event.preventDefault();
    const ctrl = event.ctrlKey || event.metaKey;
    const side = this.shape.window;
    buttons[gridMove(from, event.key as GridKey, side, side, ctrl)].focus();
  }

  private chooseTerm(button: HTMLButtonElement): void {
    const [channel, i, j] = (button.dataset.term ?? "").split(",").map(Number);
    const { via } = this.cursor;
    if (via.channel === channel && via.i === i && via.j === j) return;
    this.update({ ...this.cursor, via: { channel, i, j } }, "via");
  }

  private update(cursor: TraceCursor, announce: "output" | "via" | null): void {
    this.cursor = cursor;
    this.render();
    if (announce) this.announce(announce);
    const url = writeTraceCursor(this.hash, cursor);
    this.lastHash = url;
    this.writeHash(url);
  }

  private announce(what: "output" | "via"): void {
    const view = this.frame.view;
    this.find("[data-status]").textContent =
      what === "output"
        ? announceOutput(this.labels, view, this.result.x.shape.slice(1))
        : announceVia(this.labels, view);
  }

  /** Draws the frame for the cursor; `recentre` moves the output window to centre the cursor. */
  private render(recentre = false): void {
    const previous = recentre ? null : (this.frame?.crops.output ?? null);
    const frame = traceFrame(this.result, this.params, this.cursor, previous);
    this.frame = frame;
    const { view, crops } = frame;
    const labels = this.labels;
    const xShape = this.result.x.shape.slice(1);
    const layer1Shape = this.result.z1.shape.slice(1);

    const x = this.find("[data-grid='x']");
    this.paintMap(x, frame.x, frame.scales.x);
    placeBox(x, "field", asBox(inCrop(view.xBox, crops.x)));
    placeBox(x, "via", asBox(inCrop(view.via.xBox, crops.x)));
    x.querySelector("[role='img']")?.setAttribute("aria-label", inputAlt(labels, xShape, view));
    this.find("[data-crop='x']").textContent = cropText(labels, crops.x, xShape[0], xShape[1]);
    const via = inCrop({ top: view.via.row, left: view.via.col, size: 1 }, crops.layer1);
    for (const stage of ["z1", "a1"] as const) {
      frame[stage].forEach((map, k) => {
        const grid = this.find(`[data-grid='${stage}'][data-k='${k}']`);
        this.paintMap(grid, map, frame.scales[stage]);
        placeBox(grid, "field", asBox(inCrop(view.a1Box, crops.layer1)));
        placeBox(grid, "via", k === view.via.channel ? asBox(via) : null);
        grid
          .querySelector("[role='img']")
          ?.setAttribute("aria-label", mapAlt(labels, stage, k, layer1Shape, view));
      });
      this.find(`[data-crop='${stage}']`).textContent = cropText(
        labels,
        crops.layer1,
        layer1Shape[0],
        layer1Shape[1],
      );
    }
    this.renderOutput();
    this.renderTerms();

    const lines2 = layer2Lines(labels, view);
    const lines1 = layer1Lines(labels, view);
    this.find("[data-heading='layer2']").textContent = layer2Heading(labels, view);
    this.find("[data-heading='via']").textContent = viaHeading(labels, view);
    this.find("[data-line='s2']").textContent = lines2.s;
    this.find("[data-line='z2']").textContent = lines2.z;
    this.find("[data-line='a2']").textContent = lines2.a;
    this.find("[data-line='s1']").textContent = lines1.s;
    this.find("[data-line='z1']").textContent = lines1.z;
    this.find("[data-line='a1']").textContent = lines1.a;
    this.find("[data-output-cut]").hidden = !view.outputCut;
    this.find("[data-via-cut]").hidden = !view.via.cut;
    this.querySelectorAll<HTMLInputElement>("input[data-stage-choice]").forEach((radio) => {
      radio.checked = radio.value === this.cursor.stage;
    });
    this.querySelectorAll<HTMLInputElement>("input[data-map-choice]").forEach((radio) => {
      radio.checked = Number(radio.value) === this.cursor.map;
    });
    this.find("figure").toggleAttribute("data-pinned", this.pinned);
  }

  private paintMap(grid: HTMLElement, map: CroppedMap, scale: TraceFrame["scales"]["x"]): void {
    const cells = gridCells(grid);
    paintCells(cells, map.values, scale, false);
    for (const [name, flags] of Object.entries(map.marks)) markCells(cells, name, flags);
  }

  /** The output window shows z2 or a2: values, colours, names, legend, and the roving tab stop. */
  private renderOutput(): void {
    const { stage, row, col } = this.cursor;
    const labels = this.labels;
    const crop = this.frame.crops.output;
    const buttons = this.outputButtons();
    paintCells(buttons, this.frame.output, this.frame.scales[stage], false);
    const names = outputCellLabels(labels, this.frame);
    const here = (row - crop.top) * crop.size + col - crop.left;
    buttons.forEach((button, i) => {
      button.tabIndex = i === here ? 0 : -1;
      button.setAttribute("aria-label", names[i]);
      button.setAttribute("aria-pressed", String(this.pinned && i === here));
    });
    const grid = this.find("[data-output]");
    placeBox(grid, "cursor", asBox(inCrop({ top: row, left: col, size: 1 }, crop)));
    grid
      .querySelector("[role='group']")
      ?.setAttribute(
        "aria-label",
        fillLabel(labels.outputGrid, { stage: labels.stageNames[stage] }),
      );
    this.find("[data-crop='out']").textContent = cropText(
      labels,
      crop,
      this.shape.rows,
      this.shape.cols,
    );
    this.find("[data-output-column]").dataset.stage = stage;
    this.find("[data-output-name]").textContent = labels.stageNames[stage];
    this.querySelectorAll<HTMLElement>("[data-legend-for]").forEach((legend) => {
      legend.hidden = legend.dataset.legendFor !== stage;
    });
  }

  /** The k·k·C term buttons: numbers, names, cut and padding marks, the chosen one, one tab stop per map. */
  private renderTerms(): void {
    const { view } = this.frame;
    const { via } = view;
    const source = sourceStage(view);
    this.querySelectorAll<HTMLElement>("[data-terms]").forEach((group) => {
      const k = Number(group.dataset.terms);
      const terms = view.layer2.filter((t) => t.channel === k);
      const name = fillLabel(this.labels.termsOfMap, { source, k: k + 1 });
      group.setAttribute("aria-label", name);
      this.find(`[data-terms-name='${k}']`).textContent = name;
      group.querySelectorAll<HTMLButtonElement>("button[data-term]").forEach((button, n) => {
        const term = terms[n];
        const chosen = term.channel === via.channel && term.i === via.i && term.j === via.j;
        const text = termText(term);
        button.querySelector("[data-part='factors']")!.textContent = text.factors;
        button.querySelector("[data-part='product']")!.textContent = text.product;
        button.setAttribute("aria-label", termLabel(this.labels, term, source));
        button.setAttribute("aria-pressed", String(chosen));
        button.toggleAttribute("data-cut", term.cut);
        button.toggleAttribute("data-pad", term.pad);
        button.tabIndex = chosen || (k !== via.channel && n === 0) ? 0 : -1;
      });
    });
  }
}

/** What the page's script defines as <trace-view> when it comes near (defineWhenNear). */
export const widget: WidgetModule = {
  element: TraceView,
  ready: samplesReady("trace-view", () => [TRACE_SAMPLE]),
};
