import { formatNumber } from "../../viz/format";
import { drawHeatmap } from "../../viz/heatmap";
import { updateLegend } from "../../viz/legend";
import type { PipelineParams, PipelineResult } from "../../core";
import { fillLabel } from "../parseNumber";
import { upgradeMapImages } from "../shared/canvasMaps";
import type { ChannelsLabels } from "./labels";
import { markerStyle, windowStyle } from "./markers";
import { CHANNELS_SAMPLE, channelsParams, runChannels, sumView, type SumView } from "./model";
import { readOutputState, writeOutputState } from "./state";
import { mapAlt, numberRows, partNames, probeText, statusText } from "./text";
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
  private outputs = 0;
  private output = -1;
  private canvases = new Map<string, HTMLCanvasElement>();

  protected start(): void {
    this.params = channelsParams();
    this.result = runChannels();
    this.outputs = this.params.w2.shape[0];
    // Only the maps that depend on the chosen output become canvases; the rest stay images.
    for (const frame of this.querySelectorAll<HTMLElement>("[data-part]")) {
      const [canvas] = upgradeMapImages(frame).values();
      if (canvas) this.canvases.set(frame.dataset.part!, canvas);
    }
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
    const labels = this.labels;
    const view = sumView(this.result, this.params, o);
    const names = partNames(labels, view);
    const [, h, w] = this.result.a1.shape;
    const oText = o + 1;

    for (const button of this.querySelectorAll<HTMLButtonElement>("button[data-output]")) {
      button.setAttribute("aria-pressed", String(Number(button.dataset.output) === o));
    }
    this.find("[data-note]").textContent = labels.outputNotes[o] ?? "";
    this.find("[data-equation]").textContent = fillLabel(labels.equation, { o: oText });

    const maps: [string, Float32Array, string][] = [
      ...view.parts.map((part, c): [string, Float32Array, string] => [
        String(c),
        part,
        names.parts[c],
      ]),
      ["sum", view.sum, names.sum],
      ["z", view.z, names.result],
    ];
    for (const [key, values, name] of maps) {
      const canvas = this.canvases.get(key);
      if (!canvas) continue;
      drawHeatmap(canvas, values, w, h, view.scale);
      canvas.setAttribute("aria-label", mapAlt(labels, name, values, w, h));
    }
    this.querySelectorAll<HTMLElement>("[data-marker]").forEach((m) => {
      m.setAttribute("style", markerStyle(view.probe, w, h));
    });
    this.querySelectorAll<HTMLElement>("[data-window]").forEach((m) => {
      m.setAttribute("style", windowStyle(view.probe, w, h));
    });
    this.querySelectorAll<HTMLElement>("[data-part-name]").forEach((caption, c) => {
      caption.textContent = names.parts[c];
    });
    this.find("[data-result-name]").textContent = names.result;
    this.fillSlices(view);
    this.find("[data-bias]").textContent = fillLabel(labels.plusBias, {
      o: oText,
      b: formatNumber(view.bias),
    });
    updateLegend(this, "parts", view.scale);
    this.find("[data-probe]").textContent = probeText(labels, view);
    this.find("[data-numbers-caption]").textContent = fillLabel(labels.numbersCaption, {
      o: oText,
    });
    const rows = numberRows(labels, view);
    this.querySelectorAll("tbody[data-rows] tr").forEach((tr, i) => {
      const [name, ...cells] = rows[i] ?? [];
      tr.querySelector("th")!.textContent = name ?? "";
      tr.querySelectorAll("td").forEach((td, j) => (td.textContent = cells[j] ?? ""));
    });
    if (announce) this.find("[data-status]").textContent = statusText(labels, view);
  }

  private fillSlices(view: SumView): void {
    for (const table of this.querySelectorAll<HTMLTableElement>("table[data-slice]")) {
      const c = Number(table.dataset.slice);
      const name = fillLabel(this.labels.slice, { o: view.o + 1, c: c + 1 });
      table.querySelector("[data-slice-caption]")!.textContent = name;
      table.parentElement!.querySelector("[data-slice-name]")!.textContent = name;
      table.querySelectorAll("td").forEach((td, i) => {
        const v = view.slices[c][i];
        td.textContent = formatNumber(v);
        td.dataset.zero = String(v === 0);
      });
    }
  }
}

/** What the page's script defines as <channels-view> when it comes near (defineWhenNear). */
export const widget: WidgetModule = {
  element: ChannelsView,
  ready: samplesReady("channels-view", () => [CHANNELS_SAMPLE]),
};
