import { fillLabel } from "../parseNumber";
import { colourScale } from "../../viz/scales";
import type { ViewContext, ViewController } from "./context";
import { updateLegend } from "../../viz/legend";
import { drawMap, enableControls } from "./draw";
import { deadScale } from "./frame";
import { DEAD_GRID_SIZE, type DeadStep } from "./jobs";
import { DIGIT_SIZE, firstOfEachClass, heldOutDigit, mapFacts } from "./model";
import { DEFAULT_TN_STATE, roundShift } from "./state";
import { deadStatus, factsText, shiftText } from "./text";

const IMAGE = colourScale("image", 0, 1);

/**
 * The dead-filter view: one conv1 filter's a1 maps over eight digits as its bias moves. Each
 * step runs the network on all 100 digits (tens of ms), in the worker.
 */
export class DeadController implements ViewController {
  private readonly grid: number[];
  private readonly channel: string;

  constructor(private readonly c: ViewContext) {
    enableControls(c.root);
    this.channel = `dead-${c.uid}`;
    this.grid = firstOfEachClass(c.digits, DEAD_GRID_SIZE);
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
    // A dragged slider asks faster than the steps run: only the latest request is drawn.
    slider.addEventListener("input", () => {
      c.state.shift = roundShift(Number(slider.value));
      this.render();
    });
    slider.addEventListener("change", () => c.save());
    root.querySelector<HTMLButtonElement>("button[data-reset]")!.addEventListener("click", () => {
      c.state.shift = DEFAULT_TN_STATE.shift;
      this.render();
      c.save();
    });
  }

  render(): void {
    const { root, state } = this.c;
    root.querySelector<HTMLSelectElement>("select[data-filter]")!.value = String(state.filter);
    root.querySelector<HTMLInputElement>("input[data-shift]")!.value = String(state.shift);
    void this.compute(state.filter, state.shift);
  }

  private async compute(filter: number, shift: number): Promise<void> {
    const root = this.c.root;
    root.setAttribute("aria-busy", "true");
    const step = await this.c.jobs().run(this.channel, { kind: "dead", filter, shift });
    if (!step) return; // a newer request supersedes this one
    root.removeAttribute("aria-busy");
    this.draw(step, filter, shift);
  }

  private draw(step: DeadStep, filter: number, shift: number): void {
    const { root, labels, digits, canvases } = this.c;
    const scale = deadScale(step.scaleMax);
    root.querySelector("[data-shift-value]")!.textContent = shiftText(labels, shift, step.bias);
    root
      .querySelector("[data-dead-grid]")!
      .setAttribute("aria-label", fillLabel(labels.dead.gridLabel, { k: filter + 1 }));
    step.grid.maps.forEach((map, j) => {
      const alt = fillLabel(labels.dead.digitAlt, {
        k: filter + 1,
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
    root.querySelector("[data-dead-status]")!.textContent = deadStatus(labels, filter, step);
  }
}
