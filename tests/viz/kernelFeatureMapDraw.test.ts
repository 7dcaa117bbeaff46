// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { drawnAtBuild } from "../../src/viz/atBuild";
import { kernelFeatureMapEn as labels } from "../../src/widgets/KernelFeatureMap/labels";
import {
  FEATURE_MAPS,
  ringsData,
  separation,
  type FeatureMapId,
} from "../../src/widgets/KernelFeatureMap/model";
import { drawScatter2d, drawScatter3d } from "../../src/widgets/KernelFeatureMap/plots";
import {
  DEFAULT_KF_STATE,
  type KernelFeatureMapState,
} from "../../src/widgets/KernelFeatureMap/state";

const data = ringsData();
const view = (change: Partial<KernelFeatureMapState> = {}) => {
  const state = { ...DEFAULT_KF_STATE, ...change };
  return { data, split: separation(state.map, data), state };
};

/** The build's first frame, parsed into this document as the browser would find it. */
function firstFrame(draw: typeof drawScatter2d, v = view()): SVGSVGElement {
  const holder = document.createElement("div");
  holder.innerHTML = drawnAtBuild<SVGSVGElement>("svg", (svg) => draw(svg, v, labels));
  return holder.querySelector("svg")!;
}

describe.each([
  ["plane", drawScatter2d],
  ["lifted", drawScatter3d],
] as const)("the %s plot's draw function", (_, draw) => {
  it("redrawing the build's first frame with the same state changes nothing", () => {
    const svg = firstFrame(draw);
    const built = svg.outerHTML;
    const elements = [...svg.querySelectorAll("*")];
    draw(svg, view(), labels);
    expect(svg.outerHTML).toBe(built);
    expect([...svg.querySelectorAll("*")]).toEqual(elements);
  });

  it("a new state moves the same markers and draws what a fresh draw draws", () => {
    const svg = firstFrame(draw);
    const markers = new Set(svg.querySelectorAll(".kf-dot"));
    const next = view({ map: "product", turn: 200, x: 5, y: 60 });
    draw(svg, next, labels);
    expect(svg.outerHTML).toBe(firstFrame(draw, next).outerHTML);
    const kept = [...svg.querySelectorAll(".kf-dot")].filter((m) => markers.has(m));
    // The plane keeps every marker; the lifted plot re-makes those that change sides of the plane.
    expect(kept.length).toBeGreaterThanOrEqual(draw === drawScatter2d ? 80 : 20);
  });

  it("keeps a class the element added (the drag cursor) across redraws", () => {
    const svg = firstFrame(draw);
    svg.classList.add("kf__draggable");
    draw(svg, view({ turn: 90 }), labels);
    expect(svg.classList).toContain("kf__draggable");
    expect(svg.classList).toContain("kf__svg");
  });

  it.each<FeatureMapId>(FEATURE_MAPS)("draws every point once, plus the picks, map %s", (map) => {
    const svg = firstFrame(draw, view({ map, x: 0, y: 1 }));
    expect(svg.querySelectorAll(".kf-dot--inner")).toHaveLength(40);
    expect(svg.querySelectorAll(".kf-dot--outer")).toHaveLength(40);
    expect(svg.querySelectorAll(".kf-pick")).toHaveLength(2);
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
  });
});

describe("the plane plot", () => {
  it("has d3 axes with the site's number format, and numbers its points for picking", () => {
    const svg = firstFrame(drawScatter2d);
    const ticks = [...svg.querySelectorAll(".kf-ticks--x .tick text")].map((t) => t.textContent);
    expect(ticks).toContain("−2");
    expect(svg.querySelector('[data-point="79"]')).not.toBeNull();
    expect(svg.getAttribute("aria-label")).toContain(`${DEFAULT_KF_STATE.x + 1}`);
  });

  it("shows the trapping triangle only for the identity map", () => {
    const svg = firstFrame(drawScatter2d, view({ map: "identity" }));
    expect(svg.querySelectorAll("polygon.kf-witness")).toHaveLength(1);
    drawScatter2d(svg, view({ map: "lift" }), labels);
    expect(svg.querySelectorAll("polygon.kf-witness")).toHaveLength(0);
    expect(svg.querySelectorAll(".kf-boundary")).toHaveLength(1);
  });
});
