import { fillLabel } from "../parseNumber";
import type { ColourScale } from "../../viz/scales";
import type { ViewContext, ViewController } from "./context";
import { updateLegend } from "../../viz/legend";
import { drawMap, enableControls } from "./draw";
import { deadFrame, deadScale, firstOfEachClass } from "./frame";
import { DIGIT_SIZE, heldOutDigit, mapFacts } from "./model";
import { DEFAULT_TN_STATE, roundShift } from "./state";
import { colourScale } from "../../viz/scales";
import { deadStatus, factsText, shiftText } from "./text";

const IMAGE = colourScale("image", 0, 1);

/** The dead-filter view: one conv1 filter's a1 maps over eight digits as its bias moves. */
export class DeadController implements ViewController {
  private readonly grid: number[];
  private readonly scales = new Map<number, ColourScale>();
  private pending = 0;

  constructor(private readonly c: ViewContext) {
    enableControls(c.root);
    this.grid = firstOfEachClass(c.digits, 8);
    this.grid.forEach((i, j) =>
      drawMap(
        c.canvases,
        `deadx-${j}`,
        { values: heldOutDigit(c.digits, i).x.data, width: DIGIT_SIZE, height: DIGIT_SIZE },
        IMAGE,
      ),
    );
    const root = c.root;
    root
      .querySelector<HTMLSelectElement>("select[data-filter]")!
      .addEventListener("change", (e) => {
        c.state.filter = Number((e.target as HTMLSelectElement).value);
        this.render();
        c.save();
      });
    const slider = root.querySelector<HTMLInputElement>("input[data-shift]")!;
    slider.addEventListener("input", () => {
      c.state.shift = roundShift(Number(slider.value));
      this.schedule();
    });
    slider.addEventListener("change", () => c.save());
    root.querySelector<HTMLButtonElement>("button[data-reset]")!.addEventListener("click", () => {
      c.state.shift = DEFAULT_TN_STATE.shift;
      this.render();
      c.save();
    });
  }

  /** A dragged slider fires faster than 100 forward passes run: draw once per frame at most. */
  private schedule(): void {
    if (this.pending) return;
    this.pending = requestAnimationFrame(() => {
      this.pending = 0;
      this.render();
    });
  }

  private scaleOf(filter: number): ColourScale {
    let scale = this.scales.get(filter);
    if (!scale) {
      scale = deadScale(this.c.net, this.c.digits, this.grid, filter);
      this.scales.set(filter, scale);
    }
    return scale;
  }

  render(): void {
    const { root, labels, net, digits, state, canvases } = this.c;
    const frame = deadFrame(net, digits, this.grid, state.filter, state.shift);
    const scale = this.scaleOf(state.filter);
    root.querySelector<HTMLSelectElement>("select[data-filter]")!.value = String(state.filter);
    root.querySelector<HTMLInputElement>("input[data-shift]")!.value = String(state.shift);
    root.querySelector("[data-shift-value]")!.textContent = shiftText(
      labels,
      state.shift,
      frame.bias,
    );
    root
      .querySelector("[data-dead-grid]")!
      .setAttribute("aria-label", fillLabel(labels.dead.gridLabel, { k: state.filter + 1 }));
    frame.grid.maps.forEach((map, j) => {
      const alt = fillLabel(labels.dead.digitAlt, {
        k: state.filter + 1,
        label: digits.labels[this.grid[j]],
        facts: factsText(mapFacts(map)),
      });
      drawMap(
        canvases,
        `dead-${j}`,
        { values: map, width: DIGIT_SIZE, height: DIGIT_SIZE },
        scale,
        alt,
      );
    });
    updateLegend(root, "dead", scale);
    root.querySelector("[data-dead-status]")!.textContent = deadStatus(labels, state.filter, frame);
  }
}
