import { channel, type PipelineParams, type PipelineResult } from "../../core";
import { formatNumber } from "../../viz/format";
import { gridCells, markCells, paintCells, placeBox } from "../CellGrid/paint";
import { readHash } from "../hashState";
import { fillLabel } from "../parseNumber";
import { traceFrame, type TraceFrame } from "./frame";
import type { Box, OutputStage, TraceCursor } from "./model";
import { TRACE_SAMPLE, traceNetwork } from "./network";
import { readTraceCursor, writeTraceCursor, type TraceShape } from "./state";
import {
  GRID_KEYS,
  announceOutput,
  announceVia,
  gridMove,
  inputAlt,
  layer1Lines,
  layer2Heading,
  layer2Lines,
  mapAlt,
  termLabel,
  viaHeading,
  type GridKey,
} from "./text";
import type { TraceLabels } from "./labels";
import { defineWhenNear } from "../defineWhenNear";
import { samplesReady } from "../samples/load";

const WINDOW = 3;
let instances = 0;

function asBox(b: Box) {
  return { top: b.top, left: b.left, height: b.size, width: b.size };
}

/**
 * <trace-view>: enhances the frame rendered at build time. All state lives on the instance
 * and every query is scoped to it; the URL keys start with `tr.`.
 */
class TraceView extends HTMLElement {
  private labels!: TraceLabels;
  private params!: PipelineParams;
  private result!: PipelineResult;
  private shape!: TraceShape;
  private cursor!: TraceCursor;
  private frame!: TraceFrame;
  private lastHash = "";
  private uid = ++instances;

  connectedCallback(): void {
    if (this.labels) return;
    this.labels = JSON.parse(this.dataset.labels ?? "{}") as TraceLabels;
    ({ params: this.params, result: this.result } = traceNetwork());
    const [, rows, cols] = this.result.z2.shape;
    this.shape = { rows, cols, channels: this.result.a1.shape[0], window: WINDOW };
    const read = readTraceCursor(location.hash, this.shape);
    this.cursor = read.cursor;
    this.find("[data-notice]").hidden = !read.fellBack;
    this.enhance();
    this.render();
    window.addEventListener("hashchange", () => this.onHashChange());
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private outputButtons(): HTMLButtonElement[] {
    return gridCells(this.find("[data-output]")) as HTMLButtonElement[];
  }

  private enhance(): void {
    // A radio group per instance: two traces on one page must not share one.
    this.querySelectorAll<HTMLInputElement>("input[data-stage-choice]").forEach((radio) => {
      radio.name = `tr-stage-${this.uid}`;
    });
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLButtonElement>(
      "input, button",
    )) {
      control.disabled = false;
    }
    this.find("[data-key-help]").hidden = false;
    this.find("[data-via-help]").hidden = false;
    const output = this.find("[data-output]");
    output.addEventListener("mouseover", (e) => {
      const cell = (e.target as Element).closest<HTMLElement>("[data-cell]");
      if (cell) this.pointAt(Number(cell.dataset.cell), false);
    });
    output.addEventListener("focusin", (e) => {
      const cell = (e.target as Element).closest<HTMLElement>("[data-cell]");
      if (cell) this.pointAt(Number(cell.dataset.cell), true);
    });
    output.addEventListener("keydown", (e) => this.onOutputKey(e));
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
      if (radio.dataset.stageChoice === undefined) return;
      this.update({ ...this.cursor, stage: radio.value as OutputStage }, "output");
    });
  }

  private onHashChange(): void {
    const keys = [...readHash(location.hash).keys()];
    if (location.hash === this.lastHash || !keys.some((k) => k.startsWith("tr."))) return;
    const read = readTraceCursor(location.hash, this.shape);
    this.find("[data-notice]").hidden = !read.fellBack;
    this.cursor = read.cursor;
    this.render();
  }

  private pointAt(index: number, announce: boolean): void {
    const row = Math.floor(index / this.shape.cols);
    const col = index % this.shape.cols;
    if (row === this.cursor.row && col === this.cursor.col) {
      if (announce) this.announce("output");
      return;
    }
    this.update({ ...this.cursor, row, col }, announce ? "output" : null);
  }

  private onOutputKey(event: KeyboardEvent): void {
    if (!GRID_KEYS.includes(event.key)) return;
    event.preventDefault();
    const { rows, cols } = this.shape;
    const from = this.cursor.row * cols + this.cursor.col;
    const to = gridMove(from, event.key as GridKey, rows, cols, event.ctrlKey || event.metaKey);
    this.outputButtons()[to].focus();
  }

  /** Arrow keys move focus among a map's nine terms (focus chooses the term). */
  private onTermKey(event: KeyboardEvent, group: HTMLElement): void {
    if (!GRID_KEYS.includes(event.key)) return;
    const buttons = [...group.querySelectorAll<HTMLButtonElement>("button[data-term]")];
    const from = buttons.indexOf(event.target as HTMLButtonElement);
    if (from < 0) return;
    event.preventDefault();
    const ctrl = event.ctrlKey || event.metaKey;
    buttons[gridMove(from, event.key as GridKey, WINDOW, WINDOW, ctrl)].focus();
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
    const url = writeTraceCursor(location.hash, cursor);
    this.lastHash = url;
    history.replaceState(null, "", url);
  }

  private announce(what: "output" | "via"): void {
    const view = this.frame.view;
    this.find("[data-status]").textContent =
      what === "output" ? announceOutput(this.labels, view) : announceVia(this.labels, view);
  }

  private render(): void {
    const frame = traceFrame(this.result, this.params, this.cursor);
    this.frame = frame;
    const { view } = frame;
    const labels = this.labels;
    const [c1, h1, w1] = this.result.z1.shape;
    const [, hx, wx] = this.result.x.shape;

    const x = this.find("[data-grid='x']");
    this.markGrid(x, frame.marks.x);
    placeBox(x, "field", asBox(view.xBox));
    placeBox(x, "via", asBox(view.via.xBox));
    x.querySelector("[role='img']")?.setAttribute(
      "aria-label",
      inputAlt(labels, `${hx} × ${wx}`, view),
    );
    for (const stage of ["z1", "a1"] as const) {
      for (let k = 0; k < c1; k++) {
        const grid = this.find(`[data-grid='${stage}'][data-k='${k}']`);
        this.markGrid(grid, frame.marks.layer1[k]);
        placeBox(grid, "field", asBox(view.a1Box));
        const via = { top: view.via.row, left: view.via.col, size: 1 };
        placeBox(grid, "via", k === view.via.channel ? asBox(via) : null);
        grid
          .querySelector("[role='img']")
          ?.setAttribute("aria-label", mapAlt(labels, stage, k, `${h1} × ${w1}`, view));
      }
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
  }

  private markGrid(grid: HTMLElement, marks: TraceFrame["marks"]["x"]): void {
    const cells = gridCells(grid);
    markCells(cells, "data-outside", marks["data-outside"]);
    markCells(cells, "data-cut", marks["data-cut"]);
  }

  /** The output grid shows z2 or a2: values, colours, names, legend, and the roving tab stop. */
  private renderOutput(): void {
    const { stage, row, col } = this.cursor;
    const labels = this.labels;
    const [, , cols] = this.result.z2.shape;
    const values = channel(this.result[stage], 0);
    const buttons = this.outputButtons();
    paintCells(buttons, values, this.frame.scales[stage], false);
    buttons.forEach((button, i) => {
      button.tabIndex = i === row * cols + col ? 0 : -1;
      button.setAttribute(
        "aria-label",
        fillLabel(labels.cellLabel, {
          stage,
          r: Math.floor(i / cols) + 1,
          c: (i % cols) + 1,
          v: formatNumber(values[i]),
        }),
      );
    });
    const grid = this.find("[data-output]");
    placeBox(grid, "cursor", { top: row, left: col, height: 1, width: 1 });
    grid
      .querySelector("[role='group']")
      ?.setAttribute(
        "aria-label",
        fillLabel(labels.outputGrid, { stage: labels.stageNames[stage] }),
      );
    this.find("[data-output-column]").dataset.stage = stage;
    this.find("[data-output-name]").textContent = labels.stageNames[stage];
    this.querySelectorAll<HTMLElement>("[data-legend-for]").forEach((legend) => {
      legend.hidden = legend.dataset.legendFor !== stage;
    });
  }

  /** The 9·C term buttons: numbers, names, cut marks, the chosen one, one tab stop per map. */
  private renderTerms(): void {
    const { view } = this.frame;
    const { via } = this.cursor;
    this.querySelectorAll<HTMLElement>("[data-terms]").forEach((group) => {
      const k = Number(group.dataset.terms);
      const terms = view.layer2.filter((t) => t.channel === k);
      const buttons = group.querySelectorAll<HTMLButtonElement>("button[data-term]");
      buttons.forEach((button, n) => {
        const term = terms[n];
        const chosen = term.channel === via.channel && term.i === via.i && term.j === via.j;
        button.querySelector("[data-part='factors']")!.textContent =
          `${formatNumber(term.weight)} × ${formatNumber(term.a1)}`;
        button.querySelector("[data-part='product']")!.textContent =
          `= ${formatNumber(term.product)}`;
        button.setAttribute("aria-label", termLabel(this.labels, term));
        button.setAttribute("aria-pressed", String(chosen));
        button.toggleAttribute("data-cut", term.cut);
        button.tabIndex = chosen || (k !== via.channel && n === 0) ? 0 : -1;
      });
    });
  }
}

defineWhenNear(
  "trace-view",
  TraceView,
  samplesReady("trace-view", () => [TRACE_SAMPLE]),
);
