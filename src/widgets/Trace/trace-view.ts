import type { PipelineParams, PipelineResult } from "../../core";
import { drawCellGrid, gridCells } from "../CellGrid/paint";
import { updateLegend } from "../../viz/legend";
import { readHash } from "../hashState";
import { fillLabel } from "../parseNumber";
import { followExplorerNetwork } from "../shared/explorerNetwork";
import { drawCrop, drawLayer2, drawOutputColumn, drawVia, inputGrid, layer1Grid } from "./draw";
import { traceFrame, type TraceFrame } from "./frame";
import type { OutputStage, TraceCursor } from "./model";
import { TRACE_SAMPLE, traceNetwork } from "./network";
import {
  TR_KEYS,
  clampCursor,
  readTraceCursor,
  traceShape,
  writeTraceCursor,
  type TraceShape,
} from "./state";
import { GRID_KEYS, announceOutput, announceVia, gridMove, type GridKey } from "./text";
import type { TraceLabels } from "./labels";
import type { WidgetModule } from "../defineWhenNear";
import { samplesReady } from "../samples/load";
import { WidgetElement } from "../shared/WidgetElement";

let instances = 0;

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
    const { view, scales } = frame;
    const labels = this.labels;
    drawCellGrid(this.find("[data-grid='x']"), inputGrid(frame, labels));
    drawCrop(this.find("[data-crop='x']"), frame, labels, "x");
    updateLegend(this, "x", scales.x);
    for (const stage of ["z1", "a1"] as const) {
      frame[stage].forEach((_, k) => {
        const grid = this.find(`[data-grid='${stage}'][data-k='${k}']`);
        drawCellGrid(grid, layer1Grid(frame, labels, stage, k));
      });
      drawCrop(this.find(`[data-crop='${stage}']`), frame, labels, stage);
      updateLegend(this, stage, scales[stage]);
    }
    drawOutputColumn(this.find("[data-output-column]"), frame, labels);
    drawLayer2(this.find("[data-work='layer2']"), view, labels);
    drawVia(this.find("[data-work='via']"), view, labels);
    this.enableControls("button[data-term], button[data-cell]");
    this.markCursor();
    this.querySelectorAll<HTMLInputElement>("input[data-stage-choice]").forEach((radio) => {
      radio.checked = radio.value === this.cursor.stage;
    });
    this.querySelectorAll<HTMLInputElement>("input[data-map-choice]").forEach((radio) => {
      radio.checked = Number(radio.value) === this.cursor.map;
    });
    this.find("figure").toggleAttribute("data-pinned", this.pinned);
  }

  /** The output cells' roving tab stop, and which one is pinned: the reader's, not the frame's. */
  private markCursor(): void {
    const crop = this.frame.crops.output;
    const here = (this.cursor.row - crop.top) * crop.size + this.cursor.col - crop.left;
    this.outputButtons().forEach((button, i) => {
      button.tabIndex = i === here ? 0 : -1;
      button.setAttribute("aria-pressed", String(this.pinned && i === here));
    });
  }
}

/** What the page's script defines as <trace-view> when it comes near (defineWhenNear). */
export const widget: WidgetModule = {
  element: TraceView,
  ready: samplesReady("trace-view", () => [TRACE_SAMPLE]),
};
