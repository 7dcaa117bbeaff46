// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { drawLegend, updateLegend } from "../../src/viz/legend";
import { drawnAtBuild } from "../../src/viz/atBuild";
import { colourScale } from "../../src/viz/scales";

const ticks = (legend: Element) =>
  [...legend.querySelectorAll("[data-tick]")].map((t) => t.textContent);

describe("drawLegend", () => {
  it("draws the colour bar and the low, middle and high labels", () => {
    const legend = document.createElement("div");
    drawLegend(legend, colourScale("diverging", -2, 1));
    expect(legend.className).toBe("legend");
    expect(legend.querySelector(".legend__bar")!.getAttribute("style")).toMatch(
      /^background: linear-gradient\(to right, rgb/,
    );
    // A diverging scale is symmetric about 0.
    expect(ticks(legend)).toEqual(["−2", "0", "2"]);
  });

  it("drawing the same scale twice leaves identical markup", () => {
    const legend = document.createElement("div");
    const scale = colourScale("sequential", 0, 5);
    drawLegend(legend, scale);
    const first = legend.outerHTML;
    drawLegend(legend, scale);
    expect(legend.outerHTML).toBe(first);
  });

  it("updateLegend redraws the build's legend in place for a new scale", () => {
    const built = drawnAtBuild<HTMLDivElement>("div", (div) => {
      div.setAttribute("data-legend", "z1");
      drawLegend(div, colourScale("diverging", -1, 1));
    });
    const root = document.createElement("div");
    root.innerHTML = built;
    const legend = root.firstElementChild!;
    const [bar, ...labels] = [
      legend.querySelector(".legend__bar"),
      ...legend.querySelectorAll("span"),
    ];
    updateLegend(root, "z1", colourScale("sequential", 0, 4));
    expect(legend.querySelector(".legend__bar")).toBe(bar);
    expect([...legend.querySelectorAll("span")]).toEqual(labels);
    expect(ticks(legend)).toEqual(["0", "2", "4"]);
    expect(legend.children).toHaveLength(2);
  });
});
