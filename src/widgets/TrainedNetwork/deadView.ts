import type { ViewContext, ViewController } from "./context";
import { enableControls } from "./draw";
import { drawDeadMaps, drawShiftValue, gridDigits, type DeadPicture } from "./deadDraw";
import type { DeadStep } from "./jobs";
import { DEAD_GRID_SIZE, firstOfEachClass } from "./model";
import { DEFAULT_TN_STATE, roundShift } from "./state";
import { paintCanvas } from "../shared/canvasMaps";

/**
 * The dead-filter view: one conv1 filter's a1 maps over eight digits as its bias moves. Each
 * step runs the network on all 100 digits (tens of ms), in the worker.
 */
export class DeadController implements ViewController {
  private readonly digits: DeadPicture["digits"];
  private readonly channel: string;

  constructor(private readonly c: ViewContext) {
    enableControls(c.root);
    this.channel = `dead-${c.uid}`;
    this.digits = gridDigits(c.digits, firstOfEachClass(c.digits, DEAD_GRID_SIZE));
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
    const step = await this.c.run(this.channel, { kind: "dead", filter, shift });
    if (!step) return; // a newer request supersedes this one, or it failed (the figure says so)
    root.removeAttribute("aria-busy");
    this.draw(step, filter, shift);
  }

  private draw(step: DeadStep, filter: number, shift: number): void {
    const { root, labels } = this.c;
    const picture = { filter, shift, step, digits: this.digits };
    drawShiftValue(root.querySelector("output[data-shift-value]")!, picture, labels);
    drawDeadMaps(root.querySelector("div[data-dead-figure]")!, picture, labels, paintCanvas);
  }
}
