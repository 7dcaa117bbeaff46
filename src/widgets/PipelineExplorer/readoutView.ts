import { pointer, select } from "d3";
import type { PipelineParams, PipelineResult } from "../../core";
import type { PipelineExplorerLabels } from "./labels";
import { marksOf, type Box, type Mark, type MarkKind } from "./marks";
import { cellExists, readoutOf, type Cell, type MapStage } from "./readout";
import { drawReadout, readoutPicture } from "./readoutDraw";

/** What the readout needs from the explorer. */
export interface ReadoutHost {
  root: HTMLElement;
  canvases: Map<string, HTMLCanvasElement>;
  labels: PipelineExplorerLabels;
  /** The network now: read at each update, since edits replace or change it in place. */
  network(): { result: PipelineResult; params: PipelineParams };
  /** The pinned cell changed (to keep it in the URL). */
  onPin(cell: Cell | null): void;
}

const READOUT_MARK = "pipeline-explorer:readout";
const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};
const SVG_NS = "http://www.w3.org/2000/svg";

let helpIds = 0;

const keyOf = (stage: string, k: number) => `${stage}-${k}`;
const sameCell = (a: Cell | null, b: Cell | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.stage === b.stage &&
    a.k === b.k &&
    a.row === b.row &&
    a.col === b.col);

/**
 * The explorer's readout (issue 17 item 1): pointing at, or moving the keyboard over, any map
 * shows the cell's value and its computation; a click or an arrow key pins a cell, and the
 * cell is marked in every map it is computed from or feeds, on SVG overlays drawn by d3 joins.
 */
export class MapReadout {
  pinned: Cell | null = null;
  /** The cell pointed at, or the keyboard's cell on the focused map. */
  private shown: Cell | null = null;
  private overlays = new Map<string, SVGSVGElement>();
  /** The pinned cell's marks by map key, kept until the pin or the network changes. */
  private marks = new Map<string, Mark[]>();
  private panel: HTMLElement;
  /** The sentences and numbers, drawn by drawReadout at build and here. */
  private body: HTMLDivElement;

  constructor(private host: ReadoutHost) {
    this.panel = host.root.querySelector<HTMLElement>("[data-readout]")!;
    this.panel.hidden = false;
    this.body = this.panel.querySelector<HTMLDivElement>(".pe__readout-body")!;
    const help = this.panel.querySelector<HTMLElement>("[data-readout-help]")!;
    help.id = `pe-readout-help-${++helpIds}`;
    for (const [key, canvas] of host.canvases) {
      const holder = canvas.parentElement!;
      const overlay = document.createElementNS(SVG_NS, "svg");
      overlay.setAttribute("class", "pe__marks");
      overlay.setAttribute("aria-hidden", "true");
      overlay.setAttribute("preserveAspectRatio", "none");
      holder.append(overlay);
      this.overlays.set(key, overlay);
      this.listen(canvas, holder.dataset.stage as MapStage, Number(holder.dataset.k ?? 0), help);
    }
  }

  private listen(canvas: HTMLCanvasElement, stage: MapStage, k: number, help: HTMLElement): void {
    canvas.tabIndex = 0;
    canvas.setAttribute("aria-describedby", help.id);
    const drawing = () => canvas.hasAttribute("data-drawing");
    const cellAt = (event: PointerEvent): Cell => {
      const [x, y] = pointer(event, canvas);
      const grid = (v: number, size: number, side: number) =>
        Math.min(size - 1, Math.max(0, Math.floor((v / side) * size)));
      return {
        stage,
        k,
        row: grid(y, canvas.height, canvas.clientHeight),
        col: grid(x, canvas.width, canvas.clientWidth),
      };
    };
    select(canvas)
      .on("pointermove", (event: PointerEvent) => {
        if (!drawing()) this.show(cellAt(event));
      })
      .on("pointerleave", () => this.show(null))
      .on("click", (event: PointerEvent) => {
        if (drawing()) return;
        const cell = cellAt(event);
        this.pin(sameCell(cell, this.pinned) ? null : cell);
      })
      // A click focuses the map too; only a keyboard focus shows the keyboard's cell.
      .on("focus", () => {
        if (canvas.matches(":focus-visible")) this.show(this.cursorOn(stage, k, canvas));
      })
      .on("blur", () => this.show(null))
      .on("keydown", (event: KeyboardEvent) => {
        // While drawing, the arrow keys move the brush on x (see enableDrawing).
        if (drawing()) return;
        const move = ARROWS[event.key];
        const cursor = this.cursorOn(stage, k, canvas);
        if (move) {
          const [dr, dc] = move;
          const clamp = (v: number, size: number) => Math.min(size - 1, Math.max(0, v));
          this.pin({
            ...cursor,
            row: clamp(cursor.row + dr, canvas.height),
            col: clamp(cursor.col + dc, canvas.width),
          });
        } else if (event.key === "Enter" || event.key === " ") {
          this.pin(cursor);
        } else if (event.key === "Escape" && this.pinned) {
          this.pin(null);
        } else {
          return;
        }
        event.preventDefault();
      });
  }

  /** The keyboard's cell on a map: the pinned or shown cell when it is there, else the centre. */
  private cursorOn(stage: MapStage, k: number, canvas: HTMLCanvasElement): Cell {
    const on = (cell: Cell | null) => cell?.stage === stage && cell.k === k;
    if (on(this.pinned)) return this.pinned!;
    if (on(this.shown)) return this.shown!;
    return { stage, k, row: canvas.height >> 1, col: canvas.width >> 1 };
  }

  /** Pins a cell (null unpins), shows it and marks it on every map. */
  pin(cell: Cell | null): void {
    const start = performance.mark(READOUT_MARK);
    this.pinned = cell && cellExists(this.host.network().result, cell) ? cell : null;
    this.shown = cell && document.activeElement === this.canvasOf(cell) ? cell : this.shown;
    this.host.onPin(this.pinned);
    this.updateMarks();
    this.render();
    measure(start);
  }

  private show(cell: Cell | null): void {
    if (sameCell(cell, this.shown)) return;
    const start = performance.mark(READOUT_MARK);
    this.shown = cell;
    this.render();
    measure(start);
  }

  /** After the network changed (an edit, a new input, pooling): new values, maybe new sizes. */
  refresh(): void {
    const { result } = this.host.network();
    if (this.shown && !cellExists(result, this.shown)) this.shown = null;
    if (this.pinned && !cellExists(result, this.pinned)) {
      this.pinned = null;
      this.host.onPin(null);
    }
    this.updateMarks();
    this.render();
  }

  private canvasOf(cell: Cell): HTMLCanvasElement | undefined {
    return this.host.canvases.get(keyOf(cell.stage, cell.k));
  }

  private updateMarks(): void {
    this.marks.clear();
    if (!this.pinned) return;
    const { result, params } = this.host.network();
    for (const mark of marksOf(result, params, this.pinned)) {
      const key = keyOf(mark.stage, mark.k);
      const list = this.marks.get(key) ?? [];
      list.push(mark);
      this.marks.set(key, list);
    }
  }

  private render(): void {
    const { result, params } = this.host.network();
    const cell = this.shown ?? this.pinned;
    const readout = cell ? readoutOf(result, params, cell) : null;
    // The key names the pinned cell's marks only: a line for the outline under the pointer
    // would change the panel's height as the pointer moves, and the panel can lie over the maps.
    const kinds = new Set([...this.marks.values()].flat().map((mark) => mark.kind));
    drawReadout(
      this.body,
      readoutPicture(this.host.labels, readout, sameCell(cell, this.pinned), kinds),
    );
    this.drawMarks();
  }

  /** Each map's overlay: the pinned cell's marks, and an outline on the cell pointed at. */
  private drawMarks(): void {
    const shown = this.shown && !sameCell(this.shown, this.pinned) ? this.shown : null;
    for (const [key, overlay] of this.overlays) {
      const canvas = this.host.canvases.get(key)!;
      const marks: { kind: MarkKind | "point"; box: Box }[] = [...(this.marks.get(key) ?? [])];
      if (shown && keyOf(shown.stage, shown.k) === key) {
        marks.push({
          kind: "point",
          box: { top: shown.row, left: shown.col, bottom: shown.row, right: shown.col },
        });
      }
      const view = `0 0 ${canvas.width} ${canvas.height}`;
      if (overlay.getAttribute("viewBox") !== view) overlay.setAttribute("viewBox", view);
      select(overlay)
        .selectAll("rect")
        .data(marks)
        .join("rect")
        .attr("data-kind", (d) => d.kind)
        // A stroke of screen pixels however large the map is drawn, also in the exported SVG.
        .attr("vector-effect", "non-scaling-stroke")
        .attr("x", (d) => d.box.left)
        .attr("y", (d) => d.box.top)
        .attr("width", (d) => d.box.right - d.box.left + 1)
        .attr("height", (d) => d.box.bottom - d.box.top + 1);
    }
  }
}

/** Times one readout update for bench/browser.bench.mjs, clearing the entries at once. */
function measure(start: PerformanceMark): void {
  performance.measure(READOUT_MARK, { start: start.startTime });
  performance.clearMarks(READOUT_MARK);
  performance.clearMeasures(READOUT_MARK);
}
