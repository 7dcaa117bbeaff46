import { presetById } from "../../core";
import { formatNumber } from "../../viz/format";
import { updateLegend } from "../../viz/legend";
import { drawCellGrid } from "../CellGrid/paint";
import {
  drawLines,
  drawNote,
  drawPosition,
  drawProducts,
  drawWindowValues,
  inputGrid,
  outputGrid,
} from "./draw";
import { readHash } from "../hashState";
import { fillLabel, parseFieldNumber } from "../parseNumber";
import { brushKeyAction, type BrushPoint } from "../shared/brush";
import {
  announcement,
  greyValues,
  INPUT_SIZE,
  movePosition,
  ownValues,
  parseGrey,
  slidingFrame,
  SLIDING_INPUTS,
  type MoveKey,
  type SlidingConfig,
  type SlidingFrame,
} from "./model";
import {
  outputSide,
  PLAY_SPEEDS,
  readSlidingState,
  writeSlidingState,
  type PlaySpeed,
  type SlidingState,
} from "./state";
import type { SlidingWindowLabels } from "./labels";
import { enableNumberFields } from "../shared/numberField";
import { clearFieldError, restoreField, showFieldError } from "../shared/fieldError";
import type { WidgetModule } from "../defineWhenNear";
import { samplesReady } from "../samples/load";
import { WidgetElement } from "../shared/WidgetElement";

const KEYS: readonly string[] = ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"];
let instances = 0;

/**
 * <sliding-window>: enhances the frame rendered at build time. All state lives on the
 * instance and every query is scoped to it; the URL keys start with `sw.`.
 */
class SlidingWindow extends WidgetElement<SlidingWindowLabels> {
  private state!: SlidingState;
  private frame!: SlidingFrame;
  private timer: number | undefined;
  private uid = 0;
  private lastHash = "";
  /** Whether presses and keys on the input paint cells (Draw on) or move the window. */
  private drawing = false;
  /** The cell the keyboard paints, in input coordinates (without padding). */
  private brush: BrushPoint = { x: 0, y: 0 };

  protected start(): void {
    this.uid = ++instances;
    const read = readSlidingState(this.hash);
    this.state = read.state;
    this.find("[data-notice]").hidden = !read.fellBack;
    this.enhanceControls();
    this.syncControls();
    this.render(false);
    this.listen(window, "hashchange", () => this.onHashChange());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private enhanceControls(): void {
    this.enableControls("input, select");
    this.find("[data-controls]").hidden = false;
    const help = this.find("[data-key-help]");
    help.hidden = false;
    help.id = `sw-help-${this.uid}`;
    const keys = this.find("[data-keys]");
    keys.tabIndex = 0;
    keys.setAttribute("role", "group");
    keys.setAttribute("aria-label", this.labels.inputGrid);
    keys.setAttribute("aria-describedby", help.id);
    keys.addEventListener("keydown", (e) => this.onKey(e));
    this.enableInputEditing(keys);
    this.addEventListener("click", (e) => this.onClick(e));
    this.addEventListener("input", (e) => this.onInput(e));
    this.addEventListener("change", (e) => this.onChange(e));
    enableNumberFields(this);
  }

  /** Shows the Draw and Reset buttons and the number fields, and lets the pointer paint. */
  private enableInputEditing(keys: HTMLElement): void {
    this.find("[data-edit]").hidden = false;
    this.find("[data-draw-help]").id = `sw-draw-help-${this.uid}`;
    this.find("button[data-draw]").addEventListener("click", () => this.toggleDrawing());
    this.find("button[data-reset-input]").addEventListener("click", () => {
      this.applyInput({ ...this.state.config, values: null });
    });
    keys.addEventListener("pointerdown", (e) => {
      if (!this.drawing) return;
      keys.setPointerCapture(e.pointerId);
      this.paintAtPointer(e);
    });
    keys.addEventListener("pointermove", (e) => {
      if (this.drawing && e.buttons) this.paintAtPointer(e);
    });
  }

  private toggleDrawing(): void {
    this.drawing = !this.drawing;
    this.find("button[data-draw]").setAttribute("aria-pressed", String(this.drawing));
    const keys = this.find("[data-keys]");
    keys.toggleAttribute("data-drawing", this.drawing);
    const drawHelp = this.find("[data-draw-help]");
    const keyHelp = this.find("[data-key-help]");
    drawHelp.hidden = !this.drawing;
    keyHelp.hidden = this.drawing;
    keys.setAttribute("aria-describedby", (this.drawing ? drawHelp : keyHelp).id);
    this.drawInput();
  }

  /** Draws the input grid: its values, the window, and the brush's cell while drawing. */
  private drawInput(): void {
    const pad = this.frame.maps.pad;
    const { x, y } = this.brush;
    const brush = this.drawing ? { top: y + pad, left: x + pad, height: 1, width: 1 } : null;
    drawCellGrid(this.grid("x"), inputGrid(this.frame, this.labels, brush));
  }

  private paintAtPointer(event: PointerEvent): void {
    const box = this.grid("x").querySelector("[role='table']")!.getBoundingClientRect();
    const { inputSide, maps } = this.frame;
    const x = Math.floor(((event.clientX - box.left) / box.width) * inputSide) - maps.pad;
    const y = Math.floor(((event.clientY - box.top) / box.height) * inputSide) - maps.pad;
    // The padding ring is zeros by definition: nothing to paint there.
    if (x < 0 || y < 0 || x >= INPUT_SIZE || y >= INPUT_SIZE) return;
    this.brush = { x, y };
    this.paint(event.shiftKey ? 0 : 1);
  }

  /** Arrows move the brush one cell, Space paints 1 and Shift+Space 0, each said aloud. */
  private onBrushKey(event: KeyboardEvent): void {
    const action = brushKeyAction(event, this.brush, INPUT_SIZE, 1);
    if (!action) return;
    event.preventDefault();
    if ("move" in action) {
      this.brush = action.move;
      this.drawInput();
      this.say(this.labels.brushAt, greyValues(this.state.config)[this.brushIndex()]);
      return;
    }
    this.paint(action.paint);
    this.say(this.labels.painted, action.paint);
  }

  private brushIndex(): number {
    return this.brush.y * INPUT_SIZE + this.brush.x;
  }

  /** Writes a brush message (with the brush's cell and `value`) into the live region. */
  private say(template: string, value: number): void {
    this.find("[data-status]").textContent = fillLabel(template, {
      r: this.brush.y + 1,
      c: this.brush.x + 1,
      v: formatNumber(value),
    });
  }

  private paint(value: number): void {
    const values = greyValues(this.state.config);
    const index = this.brushIndex();
    if (values[index] !== value) {
      values[index] = value;
      this.applyInput({ ...this.state.config, values: ownValues(this.state.config.input, values) });
    }
    this.drawInput();
  }

  /** A new input from the brush, Reset or the Input menu: recomputed, and shown in the fields. */
  private applyInput(config: SlidingConfig): void {
    this.applyConfig(config, this.grid("x"));
    this.syncPixelFields();
  }

  private syncPixelFields(): void {
    const values = greyValues(this.state.config);
    this.querySelectorAll<HTMLInputElement>("input[data-pixel]").forEach((field, i) => {
      field.value = String(values[i]);
      this.clearError(field);
    });
  }

  /** Puts the state's settings into the form fields (after reading the URL). */
  private syncControls(): void {
    const { config } = this.state;
    this.find<HTMLSelectElement>("select[data-input]").value = config.input;
    this.find<HTMLSelectElement>("select[data-padding]").value = config.padding;
    this.find<HTMLSelectElement>("select[data-preset]").value = config.preset ?? "";
    this.querySelectorAll<HTMLInputElement>("input[data-weight]").forEach((input, i) => {
      input.value = String(config.kernel[i]);
    });
    this.find<HTMLInputElement>("input[data-bias]").value = String(config.bias);
    this.find<HTMLSelectElement>("select[data-speed]").value = this.state.speed;
    this.syncPixelFields();
  }

  /** Follows a hash edited by hand or a link to another view; ignores plain anchors. */
  private onHashChange(): void {
    const keys = [...readHash(this.hash).keys()];
    if (this.hash === this.lastHash || !keys.some((k) => k.startsWith("sw."))) return;
    const read = readSlidingState(this.hash);
    this.stop();
    this.state = read.state;
    this.find("[data-notice]").hidden = !read.fellBack;
    this.syncControls();
    this.render(false);
  }

  private onKey(event: KeyboardEvent): void {
    if (this.drawing) {
      this.onBrushKey(event);
      return;
    }
    if (!KEYS.includes(event.key)) return;
    event.preventDefault();
    this.move(event.key as MoveKey);
  }

  private onClick(event: MouseEvent): void {
    const target = event.target as Element;
    const button = target.closest<HTMLButtonElement>("button");
    if (button?.dataset.move) {
      this.move(button.dataset.move as MoveKey);
      return;
    }
    if (button?.hasAttribute("data-play")) {
      if (this.timer === undefined) this.play();
      else this.stop(true);
      return;
    }
    const cell = target.closest<HTMLElement>("[data-cell]");
    const grid = cell?.closest<HTMLElement>("[data-grid]");
    if (cell && grid) this.clickCell(grid.dataset.grid!, Number(cell.dataset.cell));
  }

  /** A click on an output cell moves there; on an input cell, centres the window on it. */
  private clickCell(stage: string, index: number): void {
    const { rows, cols } = this.frame.maps;
    if (stage === "z1" || stage === "a1") {
      this.setPosition(index);
      return;
    }
    // While drawing, a press on the input paints (on pointerdown) and leaves the window alone.
    if (this.drawing) return;
    const side = this.frame.inputSide;
    const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, v));
    const row = clamp(Math.floor(index / side) - 1, rows);
    const col = clamp((index % side) - 1, cols);
    this.setPosition(row * cols + col);
  }

  private move(key: MoveKey): void {
    const { rows, cols } = this.frame.maps;
    this.stop();
    this.setPosition(movePosition(this.state.position, key, rows, cols));
  }

  private setPosition(position: number, announce = true): void {
    this.state.position = position;
    this.render(announce);
    this.saveToUrl();
  }

  private play(): void {
    const { rows, cols } = this.frame.maps;
    if (this.state.position >= rows * cols - 1) this.setPosition(0, false);
    this.setPlayLabel(true);
    this.timer = window.setInterval(() => {
      const last = this.frame.maps.rows * this.frame.maps.cols - 1;
      this.setPosition(Math.min(last, this.state.position + 1), false);
      if (this.state.position >= last) this.stop(true);
    }, PLAY_SPEEDS[this.state.speed]);
  }

  /** Stops playing; `announce` says where the window stopped, as a step would. */
  private stop(announce = false): void {
    if (this.timer === undefined) return;
    window.clearInterval(this.timer);
    this.timer = undefined;
    this.setPlayLabel(false);
    if (announce) this.announce();
  }

  private setPlayLabel(playing: boolean): void {
    const button = this.find<HTMLButtonElement>("button[data-play]");
    button.textContent = playing ? this.labels.pause : this.labels.play;
  }

  private onInput(event: Event): void {
    const target = event.target;
    if (!(target instanceof HTMLInputElement)) return;
    if (target.dataset.pixel !== undefined) {
      this.onPixelInput(target);
      return;
    }
    const parsed = parseFieldNumber(target.value);
    if (!parsed.ok) {
      this.showError(target, this.labels.errors[parsed.error]);
      return;
    }
    const config: SlidingConfig = { ...this.state.config, kernel: [...this.state.config.kernel] };
    if (target.dataset.weight !== undefined) {
      config.kernel[Number(target.dataset.weight)] = parsed.value;
      config.preset = null;
      this.find<HTMLSelectElement>("select[data-preset]").value = "";
    } else if (target.dataset.bias !== undefined) {
      config.bias = parsed.value;
    } else {
      return;
    }
    this.clearError(target);
    this.applyConfig(config, target);
  }

  /** A typed input value: 0 to 1, used at once in hundredths; anything else is refused. */
  private onPixelInput(field: HTMLInputElement): void {
    const parsed = parseGrey(field.value);
    if (!parsed.ok) {
      const { errors, greyRange } = this.labels;
      this.showError(field, parsed.error === "outOfRange" ? greyRange : errors[parsed.error]);
      return;
    }
    this.clearError(field);
    const values = greyValues(this.state.config);
    values[Number(field.dataset.pixel)] = parsed.value;
    this.applyConfig(
      { ...this.state.config, values: ownValues(this.state.config.input, values) },
      field,
    );
  }

  private onChange(event: Event): void {
    const target = event.target;
    if (target instanceof HTMLSelectElement) {
      this.onSelect(target);
      return;
    }
    if (!(target instanceof HTMLInputElement)) return;
    // On commit, a field shows the value the figure uses: the last good one if the text was
    // refused, and an input value as rounded to hundredths.
    const { config } = this.state;
    const good =
      target.dataset.pixel !== undefined
        ? greyValues(config)[Number(target.dataset.pixel)]
        : target.dataset.weight !== undefined
          ? config.kernel[Number(target.dataset.weight)]
          : config.bias;
    if (target.getAttribute("aria-invalid") === "true") {
      const { message, scope } = this.errorParts(target);
      restoreField(target, message, String(good), scope);
    } else if (target.dataset.pixel !== undefined) {
      target.value = String(good);
    }
  }

  /** A new speed applies at once, also to a sweep under way. */
  private setSpeed(speed: PlaySpeed): void {
    this.state.speed = speed;
    this.saveToUrl();
    if (this.timer === undefined) return;
    window.clearInterval(this.timer);
    this.timer = undefined;
    this.play();
  }

  private onSelect(select: HTMLSelectElement): void {
    if (select.dataset.speed !== undefined) {
      this.setSpeed(select.value as PlaySpeed);
      return;
    }
    if (select.dataset.input !== undefined) {
      // Another crop replaces the reader's own values too.
      const input = select.value as SlidingConfig["input"];
      this.applyInput({ ...this.state.config, input, values: null });
      return;
    }
    const config: SlidingConfig = { ...this.state.config, kernel: [...this.state.config.kernel] };
    if (select.dataset.padding !== undefined) {
      config.padding = select.value as SlidingConfig["padding"];
    } else if (select.dataset.preset !== undefined) {
      const preset = presetById(select.value);
      if (!preset) return;
      config.preset = preset.id;
      config.kernel = [...preset.kernel];
      this.querySelectorAll<HTMLInputElement>("input[data-weight]").forEach((input, i) => {
        input.value = String(preset.kernel[i]);
        this.clearError(input);
      });
    }
    this.applyConfig(config, select);
  }

  /** Recomputes with new settings; a core error is shown and the last good settings stay. */
  private applyConfig(config: SlidingConfig, source: HTMLElement): void {
    const oldSide = outputSide(this.state.config.padding);
    const side = outputSide(config.padding);
    let position = this.state.position;
    if (side !== oldSide) {
      // Keep the window over the same input pixels: padding shifts output coordinates.
      const shift = (side - oldSide) / 2;
      const row = Math.floor(position / oldSide) + shift;
      const col = (position % oldSide) + shift;
      const clamp = (v: number) => Math.max(0, Math.min(side - 1, v));
      position = clamp(row) * side + clamp(col);
    }
    const previous = this.state;
    this.state = { ...this.state, config, position };
    try {
      this.render(true);
      this.saveToUrl();
    } catch (error) {
      this.state = previous;
      if (source instanceof HTMLInputElement) {
        const message = error instanceof Error ? error.message : String(error);
        this.showError(source, fillLabel(this.labels.coreError, { message }));
      }
    }
  }

  /** An input value's field has its own message under the fields; the kernel's, its own. */
  private errorParts(input: HTMLInputElement): { message: HTMLElement; scope: HTMLElement } {
    return input.dataset.pixel !== undefined
      ? { message: this.find("[data-input-error]"), scope: this.find("[data-numbers]") }
      : { message: this.find("[data-error]"), scope: this.find("[data-kernel]") };
  }

  private showError(input: HTMLInputElement, text: string): void {
    showFieldError(input, this.errorParts(input).message, text);
  }

  private clearError(input: HTMLInputElement): void {
    const { message, scope } = this.errorParts(input);
    clearFieldError(input, message, scope);
  }

  /** Draws the current state; throws (before drawing anything) if the core refuses it. */
  private render(announce: boolean): void {
    const frame = slidingFrame(this.state.config, this.state.position, this.labels);
    this.frame = frame;
    const { labels } = this;
    const { position } = this.state;
    const { maps, scales } = frame;
    this.drawInput();
    drawCellGrid(this.grid("z1"), outputGrid(frame, labels, "z1", position));
    drawCellGrid(this.grid("a1"), outputGrid(frame, labels, "a1", position));
    updateLegend(this, "x", scales.x);
    updateLegend(this, "z1", scales.z);
    updateLegend(this, "a1", scales.a);
    drawNote(this.find("[data-pad-note]"), "pad-note", labels.paddingNote, maps.pad > 0);
    const pending = position < maps.rows * maps.cols - 1;
    drawNote(this.find("[data-pending-note]"), "pending-note", labels.pendingNote, pending);
    drawWindowValues(this.find("[data-mini='values']"), frame);
    drawProducts(this.find("[data-mini='products']"), frame);
    drawLines(this.find(".sw__steps"), frame);
    drawPosition(this.find("[data-position]"), frame, labels);
    if (announce) this.announce();
  }

  /** Records the state in the URL; only after the reader acts, so loading never rewrites it. */
  private saveToUrl(): void {
    const url = writeSlidingState(this.hash, this.state);
    this.lastHash = url;
    this.writeHash(url);
  }

  private announce(): void {
    this.find("[data-status]").textContent = announcement(this.labels, this.frame.arith);
  }

  private grid(stage: string): HTMLElement {
    return this.find(`[data-grid="${stage}"]`);
  }
}

/** What the page's script defines as <sliding-window> when it comes near (defineWhenNear). */
export const widget: WidgetModule = {
  element: SlidingWindow,
  ready: samplesReady("sliding-window", () => SLIDING_INPUTS.map((input) => input.sample)),
};
