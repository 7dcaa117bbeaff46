import type { PipelineParams, PipelineResult } from "../../core";
import { paintCanvas } from "../shared/canvasMaps";
import type { ChannelsLabels } from "./labels";
import { drawOutput } from "./draw";
import {
  CHANNELS_SAMPLE,
  channelsInput,
  channelsParams,
  runChannels,
  sumView,
  type ChannelsInput,
} from "./model";
import { readOutputState, writeOutputState } from "./state";
import { statusText } from "./text";
import type { WidgetModule } from "../defineWhenNear";
import { samplesReady } from "../samples/load";
import { WidgetElement } from "../shared/WidgetElement";

/**
 * <channels-view>: lets the reader pick which map of z2 to build from the four maps of a1.
 * The choice lives on the instance and in the URL hash as `ch.o`; queries stay inside it.
 */
class ChannelsView extends WidgetElement<ChannelsLabels> {
  private params!: PipelineParams;
  private result!: PipelineResult;
  private input!: ChannelsInput;
  private outputs = 0;
  private output = -1;

  protected start(): void {
    this.params = channelsParams();
    this.result = runChannels();
    this.input = channelsInput(this.result);
    this.outputs = this.params.w2.shape[0];
    this.enableControls("button[data-output]");
    this.addEventListener("click", (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>("button[data-output]");
      if (button) this.choose(Number(button.dataset.output));
    });
    this.listen(window, "hashchange", () => this.fromHash(true));
    this.fromHash(false);
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private fromHash(announce: boolean): void {
    const read = readOutputState(this.hash, this.outputs);
    this.find("[data-notice]").hidden = !read.fellBack;
    if (read.o !== this.output) this.render(read.o, announce);
  }

  private choose(o: number): void {
    if (!Number.isInteger(o) || o < 0 || o >= this.outputs) return;
    this.writeHash(writeOutputState(this.hash, o));
    this.find("[data-notice]").hidden = true;
    this.render(o, true);
  }

  private render(o: number, announce: boolean): void {
    this.output = o;
    const view = sumView(this.result, this.params, o);
    for (const button of this.querySelectorAll<HTMLButtonElement>("button[data-output]")) {
      button.setAttribute("aria-pressed", String(Number(button.dataset.output) === o));
    }
    drawOutput(this.find("[data-output-figure]"), this.input, view, this.labels, paintCanvas);
    if (announce) this.find("[data-status]").textContent = statusText(this.labels, view);
  }
}

/** What the page's script defines as <channels-view> when it comes near (defineWhenNear). */
export const widget: WidgetModule = {
  element: ChannelsView,
  ready: samplesReady("channels-view", () => [CHANNELS_SAMPLE]),
};
