// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { kernelFeatureMapEn as labels } from "../../src/widgets/KernelFeatureMap/labels";
import {
  FEATURE_MAPS,
  ringsData,
  separation,
  type FeatureMapId,
} from "../../src/widgets/KernelFeatureMap/model";
import { drawScatter2d, drawScatter3d } from "../../src/widgets/KernelFeatureMap/plots";
import {
  drawDataTable,
  drawPickReadout,
  drawSeparation,
  drawTurn,
} from "../../src/widgets/KernelFeatureMap/readouts";
import {
  DEFAULT_KF_STATE,
  type KernelFeatureMapState,
} from "../../src/widgets/KernelFeatureMap/state";
import { drawTwice, firstFrame } from "./drawTwice";

const data = ringsData();
const view = (change: Partial<KernelFeatureMapState> = {}) => {
  const state = { ...DEFAULT_KF_STATE, ...change };
  return { data, split: separation(state.map, data), state };
};

type View = ReturnType<typeof view>;
const NEXT = view({ map: "product", turn: 200, x: 5, y: 60 });
const plot =
  (draw: typeof drawScatter2d) =>
  (svg: SVGSVGElement, v: View): void =>
    draw(svg, v, labels);
const html =
  (draw: typeof drawSeparation) =>
  (div: HTMLDivElement, v: View): void =>
    draw(div, v, labels);

/** The build's first frame of a plot, parsed into this document as the browser would find it. */
function builtPlot(draw: typeof drawScatter2d, v = view()): SVGSVGElement {
  return firstFrame("svg", (svg: SVGSVGElement) => draw(svg, v, labels));
}

describe.each([
  ["plane", drawScatter2d],
  ["lifted", drawScatter3d],
] as const)("the %s plot's draw function", (_, draw) => {
  it("redraws the build's first frame unchanged; a new state moves the same markers", () => {
    const { root, before } = drawTwice("svg", plot(draw), view(), NEXT);
    const markers = new Set(before.filter((e) => e.matches(".kf-dot")));
    const kept = [...root.querySelectorAll(".kf-dot")].filter((m) => markers.has(m));
    // The plane keeps every marker; the lifted plot re-makes those that change sides of the plane.
    expect(kept.length).toBeGreaterThanOrEqual(draw === drawScatter2d ? 80 : 20);
  });

  it("keeps a class the element added (the drag cursor) across redraws", () => {
    const svg = builtPlot(draw);
    svg.classList.add("kf__draggable");
    draw(svg, view({ turn: 90 }), labels);
    expect(svg.classList).toContain("kf__draggable");
    expect(svg.classList).toContain("kf__svg");
  });

  it.each<FeatureMapId>(FEATURE_MAPS)("draws every point once, plus the picks, map %s", (map) => {
    const svg = builtPlot(draw, view({ map, x: 0, y: 1 }));
    expect(svg.querySelectorAll(".kf-dot--inner")).toHaveLength(40);
    expect(svg.querySelectorAll(".kf-dot--outer")).toHaveLength(40);
    expect(svg.querySelectorAll(".kf-pick")).toHaveLength(2);
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
  });
});

describe("the plane plot", () => {
  it("has d3 axes with the site's number format, and numbers its points for picking", () => {
    const svg = builtPlot(drawScatter2d);
    const ticks = [...svg.querySelectorAll(".kf-ticks--x .tick text")].map((t) => t.textContent);
    expect(ticks).toContain("−2");
    expect(svg.querySelector('[data-point="79"]')).not.toBeNull();
    expect(svg.getAttribute("aria-label")).toContain(`${DEFAULT_KF_STATE.x + 1}`);
  });

  it("shows the trapping triangle only for the identity map", () => {
    const svg = builtPlot(drawScatter2d, view({ map: "identity" }));
    expect(svg.querySelectorAll("polygon.kf-witness")).toHaveLength(1);
    drawScatter2d(svg, view({ map: "lift" }), labels);
    expect(svg.querySelectorAll("polygon.kf-witness")).toHaveLength(0);
    expect(svg.querySelectorAll(".kf-boundary")).toHaveLength(1);
  });
});

describe("the key and verdict's draw function", () => {
  it("redraws in place, and shows the plane's key entry only when a plane separates", () => {
    const { root } = drawTwice(
      "div",
      html(drawSeparation),
      view({ map: "lift" }),
      view({ map: "identity" }),
    );
    const shown = (key: string) => !root.querySelector<HTMLElement>(`[data-key="${key}"]`)!.hidden;
    expect([shown("plane"), shown("witness")]).toEqual([false, true]);
    expect(root.querySelector("[data-verdict]")!.textContent).toMatch(/^Separated: no/);
    drawSeparation(root, view({ map: "lift" }), labels);
    expect([shown("plane"), shown("witness")]).toEqual([true, false]);
    expect(root.querySelectorAll(".kf__sample .kf-dot")).toHaveLength(2);
  });
});

describe("the picked points' readout", () => {
  it("redraws in place, every line named and no NaN", () => {
    const { root } = drawTwice("div", html(drawPickReadout), view(), NEXT);
    expect(
      [...root.querySelectorAll("[data-line]")].map((l) => l.getAttribute("data-line")),
    ).toEqual(["point-x", "phi-x", "point-y", "phi-y", "inner", "kernel", "agree"]);
    expect(root.querySelector('[data-line="point-y"]')!.textContent).toContain("61");
    expect(root.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe("the turn slider's draw function", () => {
  const turn = (label: HTMLLabelElement, deg: number) => drawTurn(label, deg, labels);

  it("redraws in place, moving the slider and its reading, and leaves it as enabled as it was", () => {
    const { root } = drawTwice("label", turn, 0, 35);
    const slider = root.querySelector("input")!;
    expect(slider.value).toBe("35");
    expect(slider.getAttribute("aria-valuetext")).toBe("35°");
    expect(root.querySelector("[data-turn-value]")!.textContent).toBe("35°");
    expect(slider.disabled).toBe(true);
    slider.disabled = false;
    turn(root, 90);
    expect(slider.disabled).toBe(false);
    expect(root.querySelector("input")).toBe(slider);
  });
});

describe("the data table's draw function", () => {
  it("redraws in place, rewriting φ(x) for the new map", () => {
    const { root } = drawTwice(
      "div",
      html(drawDataTable),
      view({ map: "identity" }),
      view({ map: "lift" }),
    );
    const rows = root.querySelectorAll("tbody tr");
    expect(rows).toHaveLength(80);
    expect(rows[0].querySelectorAll("td")).toHaveLength(4);
    expect(rows[0].lastElementChild!.textContent).toMatch(/^\(.+, .+, .+\)$/);
    expect(root.getAttribute("role")).toBe("region");
  });
});
