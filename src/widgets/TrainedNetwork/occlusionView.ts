import { fillLabel } from "../parseNumber";
import { colourScale } from "../../viz/scales";
import type { ViewContext, ViewController } from "./context";
import { updateLegend } from "../../viz/legend";
import { cellAt, drawMap, enableControls } from "./draw";
import { occlusionPictures } from "./frame";
import {
  DEFAULT_OCCLUSION,
  DIGIT_SIZE,
  heldOutDigit,
  occlude,
  occluderSteps,
  type OcclusionMaps,
  type OcclusionOptions,
} from "./model";
import { markerStyle, occlusionAlts, occlusionStatus } from "./text";

const IMAGE = colourScale("image", 0, 1);

/** The occlusion view: Zeiler & Fergus's experiment, recomputed by the core for each digit and size. */
export class OcclusionController implements ViewController {
  private maps: OcclusionMaps | null = null;
  /** What the maps were computed for, so a move of the square alone recomputes nothing. */
  private computedFor = "";
  private readonly channel: string;

  constructor(private readonly c: ViewContext) {
    enableControls(c.root);
    this.channel = `occlusion-${c.uid}`;
    const root = c.root;
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
    root.querySelectorAll<HTMLElement>("[data-pick]").forEach((frame) =>
      frame.addEventListener("click", (e) => {
        const steps = this.maps?.steps;
        if (!steps) return;
        [c.state.row, c.state.col] = cellAt(frame, e, steps);
        this.changed();
      }),
    );
  }

  private options(): OcclusionOptions {
    return { ...DEFAULT_OCCLUSION, size: this.c.state.size };
  }

  private changed(): void {
    this.render();
    this.c.save();
  }

  render(): void {
    const { root, state } = this.c;
    root.querySelector<HTMLSelectElement>("select[data-digit]")!.value = String(state.digit);
    root.querySelector<HTMLSelectElement>("select[data-size]")!.value = String(state.size);
    root.querySelector<HTMLInputElement>("input[data-row]")!.value = String(state.row + 1);
    root.querySelector<HTMLInputElement>("input[data-col]")!.value = String(state.col + 1);
    this.drawInput();
    const key = `${state.digit}/${state.size}`;
    if (key !== this.computedFor) {
      this.computedFor = key;
      void this.compute();
    } else if (this.maps) {
      this.showPosition(this.maps, !root.hasAttribute("aria-busy"));
    }
  }

  private drawInput(): void {
    const { labels, digits, state, canvases } = this.c;
    const { x } = heldOutDigit(digits, state.digit);
    drawMap(
      canvases,
      "x-0",
      {
        values: occlude(x.data, state.row, state.col, this.options()),
        width: DIGIT_SIZE,
        height: DIGIT_SIZE,
      },
      IMAGE,
      fillLabel(labels.occlusion.occludedAlt, { row: state.row + 1, col: state.col + 1 }),
    );
  }

  /**
   * One forward pass per position of the square (14 × 14), in the worker; the status counts
   * them. A newer request (another digit or size) supersedes an older one.
   */
  private async compute(): Promise<void> {
    const { root, labels, state } = this.c;
    const status = root.querySelector<HTMLElement>("[data-occ-status]")!;
    const steps = occluderSteps(DEFAULT_OCCLUSION.stride);
    const progress = (done: number) => {
      status.textContent = fillLabel(labels.occlusion.computing, { n: steps * steps, done });
    };
    progress(0);
    root.setAttribute("aria-busy", "true");
    const job = { kind: "occlusion", digit: state.digit, size: state.size } as const;
    const maps = await this.c.jobs().run(this.channel, job, progress);
    if (!maps) return;
    root.removeAttribute("aria-busy");
    this.maps = maps;
    this.drawMaps(maps);
    this.showPosition(maps, true);
  }

  private drawMaps(maps: OcclusionMaps): void {
    const { root, labels, canvases } = this.c;
    const pictures = occlusionPictures(maps);
    const alts = occlusionAlts(labels, maps);
    for (const which of ["activity", "probability"] as const) {
      drawMap(
        canvases,
        `occ-${which}-0`,
        { values: pictures[which].values, width: maps.steps, height: maps.steps },
        pictures[which].scale,
        alts[which],
      );
      updateLegend(root, `occ-${which}`, pictures[which].scale);
    }
    root.querySelector("[data-heading='activity']")!.textContent = fillLabel(
      labels.occlusion.activityHeading,
      { k: maps.strongest + 1 },
    );
    root.querySelector("[data-heading='probability']")!.textContent = fillLabel(
      labels.occlusion.probabilityHeading,
      { label: maps.target },
    );
  }

  /** Moves the markers; and says what the maps hold there, unless new maps are on their way. */
  private showPosition(maps: OcclusionMaps, say: boolean): void {
    const { root, labels, state } = this.c;
    const style = markerStyle(state.row, state.col, maps.steps);
    root
      .querySelectorAll<HTMLElement>("[data-marker]")
      .forEach((m) => m.setAttribute("style", style));
    if (!say) return;
    root.querySelector("[data-occ-status]")!.textContent = occlusionStatus(
      labels,
      maps,
      state.row,
      state.col,
    );
  }
}
