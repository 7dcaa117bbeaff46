import type { ViewContext, ViewController } from "./context";
import { cellAt, enableControls } from "./draw";
import { DEFAULT_OCCLUSION, heldOutDigit, occluderSteps, type OcclusionMaps } from "./model";
import { drawOccludedDigit, drawOcclusionMaps, drawOcclusionStatus } from "./occlusionDraw";
import { paintCanvas } from "../shared/canvasMaps";

/** The occlusion view: Zeiler & Fergus's experiment, recomputed by the core for each digit and size. */
export class OcclusionController implements ViewController {
  private maps: OcclusionMaps | null = null;
  /** What the maps were computed for, so a move of the square alone recomputes nothing. */
  private computedFor = "";
  private readonly channel: string;
  private readonly digit: HTMLDivElement;
  private readonly mapsFigure: HTMLDivElement;
  private readonly status: HTMLParagraphElement;

  constructor(private readonly c: ViewContext) {
    enableControls(c.root);
    this.channel = `occlusion-${c.uid}`;
    const root = c.root;
    this.digit = root.querySelector("div[data-occluded]")!;
    this.mapsFigure = root.querySelector("div[data-occ-maps]")!;
    this.status = root.querySelector("p[data-occ-status]")!;
    const help = root.querySelector<HTMLElement>("[data-position-help]");
    if (help) help.hidden = false;
    root.querySelector<HTMLSelectElement>("select[data-digit]")!.addEventListener("change", (e) => {
      c.state.digit = Number((e.target as HTMLSelectElement).value);
      this.changed();
    });
    root.querySelectorAll<HTMLButtonElement>("button[data-step]").forEach((button) =>
      button.addEventListener("click", () => {
        const count = c.digits.labels.length;
        c.state.digit = (c.state.digit + Number(button.dataset.step) + count) % count;
        this.changed();
      }),
    );
    root.querySelector<HTMLSelectElement>("select[data-size]")!.addEventListener("change", (e) => {
      c.state.size = Number((e.target as HTMLSelectElement).value);
      this.changed();
    });
    for (const axis of ["row", "col"] as const) {
      const slider = root.querySelector<HTMLInputElement>(`input[data-${axis}]`)!;
      slider.addEventListener("input", () => {
        c.state[axis] = Number(slider.value) - 1;
        this.changed();
      });
    }
    // The maps' frames are drawn (and kept) by drawOcclusionMaps: one listener on their parent.
    this.mapsFigure.addEventListener("click", (e) => {
      const frame = (e.target as Element).closest("[data-pick]");
      const steps = this.maps?.steps;
      if (!frame || !steps) return;
      [c.state.row, c.state.col] = cellAt(frame, e, steps);
      this.changed();
    });
  }

  private changed(): void {
    this.render();
    this.c.save();
  }

  render(): void {
    const { root, state, labels } = this.c;
    root.querySelector<HTMLSelectElement>("select[data-digit]")!.value = String(state.digit);
    root.querySelector<HTMLSelectElement>("select[data-size]")!.value = String(state.size);
    root.querySelector<HTMLInputElement>("input[data-row]")!.value = String(state.row + 1);
    root.querySelector<HTMLInputElement>("input[data-col]")!.value = String(state.col + 1);
    const image = heldOutDigit(this.c.digits, state.digit).x.data;
    const { size, row, col } = state;
    drawOccludedDigit(this.digit, { image, size, row, col }, labels, paintCanvas);
    const key = `${state.digit}/${state.size}`;
    if (key !== this.computedFor) {
      this.computedFor = key;
      void this.compute();
    } else if (this.maps) {
      this.showPosition(this.maps, !root.hasAttribute("aria-busy"));
    }
  }

  /**
   * One forward pass per position of the square (14 × 14), in the worker; the status counts
   * them. A newer request (another digit or size) supersedes an older one.
   */
  private async compute(): Promise<void> {
    const { root, labels, state } = this.c;
    const steps = occluderSteps(DEFAULT_OCCLUSION.stride);
    const progress = (done: number) =>
      drawOcclusionStatus(this.status, { done, of: steps * steps }, labels);
    progress(0);
    root.setAttribute("aria-busy", "true");
    const job = { kind: "occlusion", digit: state.digit, size: state.size } as const;
    const maps = await this.c.run(this.channel, job, progress);
    if (!maps) return; // superseded, or failed (the figure says so)
    root.removeAttribute("aria-busy");
    this.maps = maps;
    this.showPosition(maps, true);
  }

  /** Draws the maps with the square marked; and says what they hold there, unless new maps are on their way. */
  private showPosition(maps: OcclusionMaps, say: boolean): void {
    const { labels, state } = this.c;
    const picture = { maps, row: state.row, col: state.col };
    drawOcclusionMaps(this.mapsFigure, picture, labels, paintCanvas);
    if (say) drawOcclusionStatus(this.status, picture, labels);
  }
}
