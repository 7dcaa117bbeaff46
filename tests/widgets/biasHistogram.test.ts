// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { biasActivationEn as labels } from "../../src/widgets/BiasActivation/labels";
import { HISTOGRAM_BINS, histogramCounts } from "../../src/widgets/BiasActivation/model";
import { drawHistogram, type HistogramData } from "../../src/widgets/BiasActivation/histogram";
import { drawnAtBuild } from "../../src/viz/atBuild";

function chart(values: number[], activation: HistogramData["activation"]): HistogramData {
  return { counts: histogramCounts(values, 2), domain: [-2, 2], activation, alt: "histogram" };
}

function emptySvg(): SVGSVGElement {
  return document.createElementNS("http://www.w3.org/2000/svg", "svg");
}

describe("drawHistogram", () => {
  it("draws one bar per bin, both axes with their titles and the mark at 0", () => {
    const svg = emptySvg();
    drawHistogram(svg, chart([-1, 0, 1, 1], "relu"), labels);
    expect(svg.querySelectorAll("rect")).toHaveLength(HISTOGRAM_BINS);
    expect(svg.querySelectorAll(".ba-axis--x .tick text")[0].textContent).toBe("−2");
    expect(svg.querySelectorAll(".ba-axis--y .tick").length).toBeGreaterThan(1);
    expect(svg.textContent).toContain(labels.histogramAxisX);
    expect(svg.textContent).toContain(labels.histogramAxisY);
    expect(svg.querySelector(".ba-threshold-label")!.textContent).toBe("ReLU cuts here");
    expect(svg.getAttribute("aria-label")).toBe("histogram");
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
  });

  it("colours z = 0 with the units ReLU switches off, not with those it keeps", () => {
    const svg = emptySvg();
    drawHistogram(svg, chart([0], "relu"), labels);
    const filled = [...svg.querySelectorAll("rect")].filter(
      (r) => r.getAttribute("height") !== "0",
    );
    expect(filled).toHaveLength(1);
    expect(filled[0].getAttribute("class")).toBe("ba-bar ba-bar--zeroed");
  });

  it("drawing the same state twice leaves identical markup", () => {
    const svg = emptySvg();
    const data = chart([-1, 0, 1, 1], "leakyRelu");
    drawHistogram(svg, data, labels);
    const first = svg.outerHTML;
    drawHistogram(svg, data, labels);
    expect(svg.outerHTML).toBe(first);
  });

  it("drawing a new state updates the same elements in place", () => {
    const svg = emptySvg();
    drawHistogram(svg, chart([-1, 0, 1, 1], "relu"), labels);
    const bars = [...svg.querySelectorAll("rect")];
    const threshold = svg.querySelector(".ba-threshold-label");
    const axes = [...svg.querySelectorAll(".ba-axis")];
    drawHistogram(svg, chart([1.5, 1.5, 1.5], "tanh"), labels);
    expect([...svg.querySelectorAll("rect")]).toEqual(bars);
    expect(svg.querySelector(".ba-threshold-label")).toBe(threshold);
    expect(threshold!.textContent).toBe(labels.thresholdNames.tanh);
    expect(bars.at(-4)!.getAttribute("class")).toBe("ba-bar ba-bar--all");
    // The y axis gets new ticks for the new counts, in the same axis group.
    expect([...svg.querySelectorAll(".ba-axis")]).toEqual(axes);
  });

  it("the browser, drawing on the build's markup, changes nothing for the same state", () => {
    const data = chart([-1, 0, 1, 1], "relu");
    const built = drawnAtBuild<SVGSVGElement>("svg", (svg) => drawHistogram(svg, data, labels));
    const host = document.createElement("div");
    host.innerHTML = built;
    drawHistogram(host.firstElementChild as SVGSVGElement, data, labels);
    expect(host.innerHTML).toBe(built);
  });
});
