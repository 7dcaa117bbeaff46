import { drag, select } from "d3";
import { formatNumber } from "../../viz/format";
import { fillLabel, parseFieldNumber } from "../parseNumber";
import type { KernelFeatureMapLabels } from "./labels";
import { ringsData, separation, type DataPoint, type FeatureMapId } from "./model";
import { drawScatter2d, drawScatter3d, planeScales } from "./plots";
import { pickInfo, separationText } from "./info";
import { drawDataTable, drawPickReadout, drawSeparation, drawTurn } from "./readouts";
import {
  readKernelFeatureMapState,
  turnAfterDrag,
  writeKernelFeatureMapState,
  type KernelFeatureMapState,
} from "./state";
import { enableNumberFields } from "../shared/numberField";
import { clearFieldError, restoreField, showFieldError } from "../shared/fieldError";
import type { WidgetModule } from "../defineWhenNear";
import { WidgetElement } from "../shared/WidgetElement";

let instances = 0;

/** How near (in plot units) a click must land to a point to pick it. */
const PICK_RADIUS = 14;

/**
 * <kernel-feature-map>: enhances the figure rendered at build time. State lives on the instance
 * and every query is scoped to it; radio names and message ids get a per-instance suffix.
 */
class KernelFeatureMap extends WidgetElement<KernelFeatureMapLabels> {
  private data: DataPoint[] = [];
  private defaults!: KernelFeatureMapState;
  private state!: KernelFeatureMapState;
  private target: "x" | "y" = "x";
  private instance = 0;

  protected start(): void {
    this.instance = ++instances;
    this.defaults = JSON.parse(this.dataset.state ?? "{}") as KernelFeatureMapState;
    this.data = ringsData();
    const read = readKernelFeatureMapState(this.hash, this.data.length, this.defaults);
    this.state = read.state;
    this.find("[data-notice]").hidden = !read.fellBack;
    for (const radio of this.querySelectorAll<HTMLInputElement>("input[type=radio]")) {
      radio.name = `${radio.name}-${this.instance}`;
    }
    this.enableControls("input, button");
    this.render();
    this.enableDragTurn();
    this.addEventListener("input", (e) => this.onInput(e));
    this.addEventListener("change", (e) => this.onChange(e));
    enableNumberFields(this);
    this.addEventListener("click", (e) => this.onClick(e));
    this.listen(window, "hashchange", () => {
      const next = readKernelFeatureMapState(this.hash, this.data.length, this.defaults);
      this.find("[data-notice]").hidden = !next.fellBack;
      this.state = next.state;
      this.render();
    });
  }

  /** The 3-D plot turns as the reader drags across it; the slider beside it is its keyboard. */
  private enableDragTurn(): void {
    const plot = this.querySelector<SVGSVGElement>("svg[data-plot3d]")!;
    plot.classList.add("kf__draggable");
    let start = 0;
    let dx = 0;
    select(plot).call(
      drag<SVGSVGElement, unknown>()
        .on("start", () => {
          start = this.state.turn;
          dx = 0;
        })
        .on("drag", (event: { dx: number }) => {
          dx += event.dx;
          const turn = turnAfterDrag(start, dx);
          if (turn !== this.state.turn) this.update({ turn }, "turn");
        }),
    );
  }

  private find<T extends Element = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private onInput(event: Event): void {
    const target = event.target;
    if (!(target instanceof HTMLInputElement)) return;
    if (target.matches("[data-map]") && target.checked) {
      this.update({ map: target.value as FeatureMapId }, "map");
    } else if (target.matches("[data-turn]")) {
      this.update({ turn: Number(target.value) }, "turn");
    } else if (target.matches("[data-target]") && target.checked) {
      this.target = target.value as "x" | "y";
    } else if (target.matches("[data-point]")) {
      this.typedPoint(target);
    }
  }

  /** A point number typed by the reader: used when valid, explained when not. */
  private typedPoint(input: HTMLInputElement): void {
    const which = input.dataset.point as "x" | "y";
    const parsed = parseFieldNumber(input.value, Number.MAX_SAFE_INTEGER);
    const n = parsed.ok ? parsed.value : 0;
    const outOfRange = fillLabel(this.labels.pointOutOfRange, { n: this.data.length });
    const error = !parsed.ok
      ? parsed.error === "outOfRange"
        ? outOfRange
        : this.labels.errors[parsed.error]
      : !Number.isInteger(n)
        ? this.labels.errors.notANumber
        : n < 1 || n > this.data.length
          ? outOfRange
          : null;
    const message = input.closest(".kf__pick")!.querySelector<HTMLElement>("[data-error]")!;
    if (error) {
      showFieldError(input, message, error);
      return;
    }
    clearFieldError(input, message);
    this.update({ [which]: n - 1 }, "pick", input);
  }

  /** Leaving a point field that is still invalid puts back the point the figure shows. */
  private onChange(event: Event): void {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.matches("[data-point]")) return;
    if (input.getAttribute("aria-invalid") !== "true") return;
    const which = input.dataset.point as "x" | "y";
    const message = input.closest(".kf__pick")!.querySelector<HTMLElement>("[data-error]")!;
    restoreField(input, message, String(this.state[which] + 1));
  }

  private onClick(event: MouseEvent): void {
    const element = event.target as Element;
    const step = element.closest<HTMLButtonElement>("button[data-step]");
    if (step) {
      const which = step.closest<HTMLElement>("[data-which]")!.dataset.which as "x" | "y";
      const n = this.data.length;
      this.update({ [which]: (this.state[which] + Number(step.dataset.step) + n) % n }, "pick");
      return;
    }
    const svg = element.closest<SVGSVGElement>("svg[data-plot2d]");
    if (svg) this.pickAt(svg, event);
  }

  /** A click or tap on the plane picks the nearest point, for x or y as the radio says. */
  private pickAt(svg: SVGSVGElement, event: MouseEvent): void {
    const matrix = svg.getScreenCTM();
    if (!matrix) return;
    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const { sx, sy } = planeScales();
    let best = -1;
    let bestDistance = PICK_RADIUS;
    this.data.forEach((p, i) => {
      const dx = sx(p.x[0]) - at.x;
      const dy = sy(p.x[1]) - at.y;
      const distance = Math.hypot(dx, dy);
      if (distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    });
    if (best < 0) return;
    this.update({ [this.target]: best }, "pick");
    // Two clicks pick two points: the next click goes to the other one.
    this.target = this.target === "x" ? "y" : "x";
    for (const radio of this.querySelectorAll<HTMLInputElement>("[data-target]")) {
      radio.checked = radio.value === this.target;
    }
  }

  private update(
    change: Partial<KernelFeatureMapState>,
    what: "map" | "turn" | "pick",
    typedIn?: HTMLInputElement,
  ): void {
    this.state = { ...this.state, ...change };
    this.writeHash(writeKernelFeatureMapState(this.hash, this.state));
    const { verdict, value } = this.render(typedIn);
    const { labels, state } = this;
    const status =
      what === "map"
        ? fillLabel(labels.statusMap, { map: labels.mapNames[state.map], separation: verdict })
        : what === "turn"
          ? fillLabel(labels.statusTurn, { deg: state.turn })
          : fillLabel(labels.statusPick, {
              x: state.x + 1,
              y: state.y + 1,
              value: formatNumber(value, 4),
            });
    this.find("[data-status]").textContent = status;
  }

  /** Redraws both plots and every number; returns the verdict and k(x, y) for the status. */
  private render(typedIn?: HTMLInputElement): { verdict: string; value: number } {
    const { labels, state, data } = this;
    const split = separation(state.map, data);
    const view = { data, split, state };
    drawScatter2d(this.find<SVGSVGElement>("svg[data-plot2d]"), view, labels);
    drawScatter3d(this.find<SVGSVGElement>("svg[data-plot3d]"), view, labels);
    drawSeparation(this.find<HTMLDivElement>(".kf__separation"), view, labels);
    drawTurn(this.find<HTMLLabelElement>(".kf__turn"), state.turn, labels);
    drawPickReadout(this.find<HTMLDivElement>(".kf__numbers"), view, labels);
    drawDataTable(this.find<HTMLDivElement>(".kf__table"), view, labels);

    for (const radio of this.querySelectorAll<HTMLInputElement>("[data-map]")) {
      radio.checked = radio.value === state.map;
    }
    for (const which of ["x", "y"] as const) {
      const field = this.find<HTMLInputElement>(`[data-point='${which}']`);
      if (field !== typedIn) field.value = String(state[which] + 1);
    }
    const verdict = separationText(labels, state.map, split);
    return { verdict, value: pickInfo(labels, state.map, data, state).value };
  }
}

/** What the page's script defines as <kernel-feature-map> when it comes near (defineWhenNear). */
export const widget: WidgetModule = { element: KernelFeatureMap };
