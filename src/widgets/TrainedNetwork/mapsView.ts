import { paintDisc } from "../ownInput";
import { brushKeyAction } from "../shared/brush";
import { fillLabel } from "../parseNumber";
import { colourScale } from "../../viz/scales";
import type { ViewContext, ViewController } from "./context";
import { drawMap, enableControls } from "./draw";
import { filtersFrame, mapsFrame } from "./frame";
import { DIGIT_SIZE, TENSOR_KINDS, digitTensor, heldOutDigit, type TensorKind } from "./model";
import type { TensorNames } from "./names";
import { drawLayer, drawMapsNumbers, drawNames, drawPrediction } from "./mapsDraw";
import { namesText, percent } from "./text";
import { paintCanvas } from "../shared/canvasMaps";
import { joinSentences } from "../shared/sentences";
import { enableDrawing } from "../shared/drawingCanvas";

const IMAGE = colourScale("image", 0, 1);
const BRUSH_RADIUS = 1.3;

/** The maps view: input, prediction, learned filters, and every map of the chosen tensor. */
export class MapsController implements ViewController {
  /** The reader's drawing, or null while a held-out digit is shown. */
  private own: Float32Array | null = null;
  private brush = { x: 14, y: 14 };
  private readonly input: HTMLCanvasElement | undefined;

  constructor(
    private readonly c: ViewContext,
    private readonly names: Record<string, TensorNames>,
  ) {
    enableControls(c.root);
    this.input = c.canvases.get("x-0");
    this.drawFilters();
    const root = c.root;
    root.querySelector<HTMLSelectElement>("select[data-digit]")!.addEventListener("change", (e) => {
      const value = (e.target as HTMLSelectElement).value;
      if (value === "own") return;
      this.showDigit(Number(value));
    });
    root.querySelectorAll<HTMLButtonElement>("button[data-step]").forEach((button) =>
      button.addEventListener("click", () => {
        const count = c.digits.labels.length;
        this.showDigit((c.state.digit + Number(button.dataset.step) + count) % count);
      }),
    );
    root.querySelectorAll<HTMLInputElement>("input[data-tensor]").forEach((radio) =>
      radio.addEventListener("change", () => {
        if (!radio.checked) return;
        c.state.tensor = radio.value as TensorKind;
        this.render();
        c.save();
      }),
    );
    this.setUpDrawing();
  }

  private showDigit(i: number): void {
    this.own = null;
    this.c.state.digit = i;
    this.render();
    this.c.save();
  }

  /** w1 and the w2 summary do not change; they are drawn once. */
  private drawFilters(): void {
    const f = filtersFrame(this.c.net);
    f.w1.kernels.forEach((kernel, k) =>
      drawMap(
        this.c.canvases,
        `w1-${k}`,
        { values: kernel, width: f.w1.size, height: f.w1.size },
        f.w1.scale,
      ),
    );
    drawMap(
      this.c.canvases,
      "w2-0",
      { values: f.w2.values, width: f.w2.cols, height: f.w2.rows },
      f.w2.scale,
    );
  }

  private setUpDrawing(): void {
    const root = this.c.root;
    const panel = root.querySelector<HTMLElement>("[data-own]");
    const canvas = this.input;
    if (!panel || !canvas) return;
    panel.hidden = false;
    const help = root.querySelector<HTMLElement>("[data-draw-help]")!;
    help.id = `tn-draw-help-${this.c.uid}`;
    enableDrawing({
      canvas,
      drawButton: panel.querySelector<HTMLButtonElement>("[data-draw]")!,
      help,
      onToggle: () => this.onDrawToggle(),
      onPointer: (e) => this.paintAt(canvas, e),
      onKey: (e) => this.onBrushKey(e),
    });
    panel.querySelector("[data-clear]")!.addEventListener("click", () => this.setOwn(blank()));
    canvas.addEventListener("focus", () => this.placeBrush());
    canvas.addEventListener("blur", () => this.placeBrush());
  }

  /**
   * Drawing starts on a blank canvas: strokes painted over a held-out digit mix the two, and
   * the network reads the mixture (a 7 drawn over a 0 was read as 0). A drawing of the
   * reader's own is kept.
   */
  private onDrawToggle(): void {
    if (this.input?.hasAttribute("data-drawing") && !this.own) this.setOwn(blank());
    this.placeBrush();
  }

  private paintAt(canvas: HTMLCanvasElement, e: PointerEvent): void {
    const box = canvas.getBoundingClientRect();
    this.brush = {
      x: ((e.clientX - box.left) / box.width) * DIGIT_SIZE - 0.5,
      y: ((e.clientY - box.top) / box.height) * DIGIT_SIZE - 0.5,
    };
    this.paint(e.shiftKey ? 0 : 1);
  }

  private onBrushKey(e: KeyboardEvent): void {
    const action = brushKeyAction(e, this.brush, DIGIT_SIZE, 1);
    if (!action) return;
    if ("move" in action) {
      this.brush = action.move;
      this.placeBrush();
    } else {
      this.paint(action.paint);
    }
    e.preventDefault();
  }

  /** The keyboard brush: an outline over the pixels Space would paint, while the input has focus. */
  private placeBrush(): void {
    const marker = this.c.root.querySelector<HTMLElement>("[data-brush]");
    if (!marker || !this.input) return;
    const shown = this.input.hasAttribute("data-drawing") && document.activeElement === this.input;
    marker.hidden = !shown;
    const side = 2 * BRUSH_RADIUS + 1;
    const at = (v: number) => ((Math.round(v) - BRUSH_RADIUS) / DIGIT_SIZE) * 100;
    marker.style.left = `${at(this.brush.x)}%`;
    marker.style.top = `${at(this.brush.y)}%`;
    marker.style.width = marker.style.height = `${(side / DIGIT_SIZE) * 100}%`;
  }

  private paint(value: number): void {
    // A held-out digit picked while drawing is replaced, not painted over.
    const values = this.own ?? blank();
    const changed = paintDisc(values, DIGIT_SIZE, this.brush.x, this.brush.y, BRUSH_RADIUS, value);
    if (changed || !this.own) this.setOwn(values);
  }

  private setOwn(values: Float32Array): void {
    this.own = values;
    const select = this.c.root.querySelector<HTMLSelectElement>("select[data-digit]");
    const option = select?.querySelector<HTMLOptionElement>("option[value='own']");
    if (select && option) {
      option.disabled = false;
      select.value = "own";
    }
    this.render();
  }

  private currentInput() {
    return this.own ? digitTensor(this.own) : heldOutDigit(this.c.digits, this.c.state.digit).x;
  }

  render(): void {
    const { root, labels, net, state, canvases } = this.c;
    const x = this.currentInput();
    const frame = mapsFrame(net, x, state.tensor);
    const select = root.querySelector<HTMLSelectElement>("select[data-digit]")!;
    select.value = this.own ? "own" : String(state.digit);
    const what = select.selectedOptions[0]?.textContent?.trim() ?? "";
    drawMap(
      canvases,
      "x-0",
      { values: x.data, width: DIGIT_SIZE, height: DIGIT_SIZE },
      IMAGE,
      fillLabel(labels.inputAlt, { what }),
    );
    this.placeBrush();

    const find = (selector: string) => root.querySelector<HTMLDivElement>(selector)!;
    drawPrediction(
      find("[data-prediction-figure]"),
      frame,
      this.own ? null : this.c.digits.labels[state.digit],
      labels,
    );
    root.querySelectorAll<HTMLInputElement>("input[data-tensor]").forEach((radio) => {
      radio.checked = radio.value === state.tensor;
    });
    if (TENSOR_KINDS.every((k) => this.names[k])) {
      const names = this.names as Record<TensorKind, TensorNames>;
      drawNames(find("[data-names-figure]"), namesText(labels, names, state.tensor), labels);
    }
    frame.layers.forEach((layer, i) => {
      drawLayer(find(`[data-layer="${i + 1}"]`), layer, i as 0 | 1, labels, paintCanvas);
    });
    drawMapsNumbers(find("[data-numbers-figure]"), frame, labels);
    root.querySelector("[data-status]")!.textContent = joinSentences(
      fillLabel(labels.predictionText, {
        predicted: frame.predicted,
        percent: percent(frame.probabilities[frame.predicted]),
      }),
      fillLabel(labels.showing, { first: frame.layers[0].stage, second: frame.layers[1].stage }),
    );
  }
}

/** An all-black digit image. */
function blank(): Float32Array {
  return new Float32Array(DIGIT_SIZE * DIGIT_SIZE);
}
