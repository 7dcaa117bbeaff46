import { pointer, select } from "d3";
import { fillLabel } from "../parseNumber";
import type { ConvArithmeticLabels } from "./labels";
import {
  kernelSpan,
  movedCell,
  nextCell,
  readCells,
  type Analysis,
  type Geometry,
  type OutputCell,
} from "./model";

/** Time per output cell of the sweep; the slide itself takes most of it. */
const STEP_MS = 600;
const SLIDE_MS = 350;
/** Taps are drawn a little smaller than a cell, as in the first frame. */
const INSET = 0.12;

/**
 * The kernel's window on the padded input for one output cell: shown when the reader points at
 * an output cell or moves over the output grid by keyboard, and slid across every position by
 * the sweep button (stepped, not slid, when the reader prefers reduced motion).
 */
export class WindowSweep {
  private cell: OutputCell | null = null;
  private timer: number | undefined;
  private geometry: Geometry | null = null;
  private output = 0;
  private readonly motion = matchMedia("(prefers-reduced-motion: reduce)");

  constructor(
    private readonly input: SVGSVGElement,
    private readonly outputSvg: SVGSVGElement,
    private readonly button: HTMLButtonElement,
    private readonly labels: ConvArithmeticLabels,
    private readonly announce: (text: string) => void,
  ) {
    outputSvg.tabIndex = 0;
    outputSvg.addEventListener("pointermove", (e) => this.onPointer(e));
    outputSvg.addEventListener("focus", () => {
      if (!this.cell && this.output > 0) this.show({ row: 0, col: 0 }, true);
    });
    outputSvg.addEventListener("keydown", (e) => this.onKey(e));
    button.addEventListener("click", () => (this.timer === undefined ? this.play() : this.stop()));
  }

  /** After the scenes were redrawn for new sizes: the window is drawn again where it fits. */
  update(g: Geometry, analysis: Analysis): void {
    this.geometry = g;
    this.output = analysis.kind === "doesNotFit" ? 0 : analysis.output;
    this.button.disabled = this.output === 0;
    if (this.output === 0) this.stop();
    const keep = this.cell && this.output > 0 ? this.clamped(this.cell) : null;
    this.cell = null;
    this.draw(keep, false);
  }

  private clamped({ row, col }: OutputCell): OutputCell {
    const last = this.output - 1;
    return { row: Math.min(row, last), col: Math.min(col, last) };
  }

  private onPointer(event: PointerEvent): void {
    if (this.output === 0) return;
    const [x, y] = pointer(event, this.outputSvg);
    const inside = (v: number) => v >= 0 && v < this.output;
    if (!inside(x) || !inside(y)) return;
    const cell = { row: Math.floor(y), col: Math.floor(x) };
    if (cell.row === this.cell?.row && cell.col === this.cell.col) return;
    this.stop();
    this.show(cell, true);
  }

  private onKey(event: KeyboardEvent): void {
    if (this.output === 0) return;
    const next = movedCell(this.cell ?? { row: 0, col: 0 }, event.key, this.output);
    if (!next) return;
    event.preventDefault();
    this.stop();
    this.show(next, true);
  }

  private play(): void {
    if (this.output === 0) return;
    const start = this.cell && nextCell(this.cell, this.output) ? this.cell : { row: 0, col: 0 };
    this.show(start, false);
    this.button.textContent = this.labels.pause;
    this.timer = window.setInterval(() => {
      const next = this.cell && nextCell(this.cell, this.output);
      if (next) this.show(next, false);
      if (!next || !nextCell(next, this.output)) this.stop();
    }, STEP_MS);
  }

  private stop(): void {
    if (this.timer === undefined) return;
    window.clearInterval(this.timer);
    this.timer = undefined;
    this.button.textContent = this.labels.sweep;
    if (this.cell) this.announce(this.readsText(this.cell));
  }

  private show(cell: OutputCell, announce: boolean): void {
    this.draw(cell, !this.motion.matches);
    if (announce) this.announce(this.readsText(cell));
  }

  private readsText(cell: OutputCell): string {
    const g = this.geometry!;
    const span = kernelSpan(g);
    return fillLabel(this.labels.reads, {
      row: cell.row + 1,
      col: cell.col + 1,
      top: cell.row * g.s + 1,
      bottom: cell.row * g.s + span,
      left: cell.col * g.s + 1,
      right: cell.col * g.s + span,
      d: g.d,
    });
  }

  /** Draws the window at `cell` (none for null), sliding from where it was when `slide`. */
  private draw(cell: OutputCell | null, slide: boolean): void {
    const g = this.geometry;
    const from = this.cell;
    this.cell = cell;
    this.input.toggleAttribute("data-window", cell !== null);
    this.outputSvg.toggleAttribute("data-window", cell !== null);
    const data = cell && g ? [cell] : [];
    const at = (c: OutputCell) => `translate(${c.col * g!.s},${c.row * g!.s})`;
    const windows = select(this.input)
      .selectAll<SVGGElement, OutputCell>("g.ca-window")
      .data(data)
      .join((enter) => enter.append("g").attr("class", "ca-window"))
      .attr("data-row", (c) => c.row)
      .attr("data-col", (c) => c.col);
    if (g && cell) {
      // Taps relative to the window's corner; padding says which fall on the ring of zeros.
      const taps = readCells(g, cell).map((t) => ({
        ...t,
        x: t.x - cell.col * g.s,
        y: t.y - cell.row * g.s,
      }));
      windows
        .selectAll("rect.ca-window-tap")
        .data(taps)
        .join("rect")
        .attr("class", "ca-window-tap")
        .classed("ca-window-tap--padding", (t) => t.padding)
        .attr("x", (t) => t.x + INSET)
        .attr("y", (t) => t.y + INSET)
        .attr("width", 1 - 2 * INSET)
        .attr("height", 1 - 2 * INSET);
      const span = kernelSpan(g);
      windows
        .selectAll("rect.ca-window-span")
        .data([span])
        .join("rect")
        .attr("class", "ca-window-span")
        .attr("width", span)
        .attr("height", span);
      // The attribute holds where the window is (what export and tests read); the slide from the
      // last cell is a Web Animation of the CSS transform over it, which spares the page
      // d3-transition and the timer, ease and interpolator code it brings.
      const node = windows.node()!;
      for (const running of node.getAnimations()) running.cancel();
      windows.attr("transform", at(cell));
      if (slide && from) {
        const css = (c: OutputCell) => `translate(${c.col * g.s}px, ${c.row * g.s}px)`;
        node.animate([{ transform: css(from) }, { transform: css(cell) }], {
          duration: SLIDE_MS,
          easing: "ease-in-out",
        });
      }
    }
    select(this.outputSvg)
      .selectAll("rect.ca-current")
      .data(data)
      .join("rect")
      .attr("class", "ca-current")
      .attr("x", (c) => c.col)
      .attr("y", (c) => c.row)
      .attr("width", 1)
      .attr("height", 1);
  }
}
