// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { drawnAtBuild } from "../../src/viz/atBuild";
import {
  drawExplanation,
  drawInputGrid,
  drawOutputGrid,
} from "../../src/widgets/ConvArithmetic/draw";
import { convArithmeticEn as labels } from "../../src/widgets/ConvArithmetic/labels";
import { DEFAULT_GEOMETRY, type Geometry } from "../../src/widgets/ConvArithmetic/model";

const SVG_NS = "http://www.w3.org/2000/svg";
const DROPS: Geometry = { n: 8, k: 3, s: 2, p: 1, d: 1 };
const NO_FIT: Geometry = { n: 3, k: 5, s: 1, p: 0, d: 1 };

/** The build's first frame, parsed into this document as the browser would find it. */
function firstFrame(draw: typeof drawInputGrid, g: Geometry): SVGSVGElement {
  const holder = document.createElement("div");
  holder.innerHTML = drawnAtBuild<SVGSVGElement>("svg", (svg) => draw(svg, g, labels));
  return holder.querySelector("svg")!;
}

describe.each([
  ["input", drawInputGrid],
  ["output", drawOutputGrid],
] as const)("the %s grid's draw function", (_, draw) => {
  it("redrawing the build's first frame with the same geometry changes nothing", () => {
    const svg = firstFrame(draw, DEFAULT_GEOMETRY);
    const built = svg.outerHTML;
    const elements = [...svg.querySelectorAll("*")];
    draw(svg, { ...DEFAULT_GEOMETRY }, labels);
    expect(svg.outerHTML).toBe(built);
    expect([...svg.querySelectorAll("*")]).toEqual(elements);
  });

  it("a new geometry updates the elements in place and draws what a fresh draw draws", () => {
    const svg = firstFrame(draw, DEFAULT_GEOMETRY);
    const cells = svg.querySelector(".ca-under rect");
    draw(svg, DROPS, labels);
    expect(svg.querySelector(".ca-under rect")).toBe(cells);
    expect(svg.outerHTML).toBe(firstFrame(draw, DROPS).outerHTML);
  });

  it("keeps what the window sweep drew after its layers", () => {
    const svg = firstFrame(draw, DEFAULT_GEOMETRY);
    svg.append(document.createElementNS(SVG_NS, "g"));
    draw(svg, DROPS, labels);
    expect(svg.lastElementChild!.getAttribute("class")).toBeNull();
    expect(svg.children).toHaveLength(4);
  });
});

describe("the grids' draw functions", () => {
  it("draw the first frame's layers in order: fills, cell borders, marks", () => {
    const svg = firstFrame(drawInputGrid, DROPS);
    expect([...svg.children].map((c) => c.getAttribute("class"))).toEqual([
      "ca-under",
      "ca-lines",
      "ca-over",
    ]);
    expect(svg.querySelectorAll(".ca-uncovered")).toHaveLength(2);
    expect(svg.getAttribute("aria-label")).toContain("10 × 10");
  });

  it("empty the output when the kernel does not fit, and fill it again after", () => {
    const svg = firstFrame(drawOutputGrid, DEFAULT_GEOMETRY);
    drawOutputGrid(svg, NO_FIT, labels);
    expect(svg.children).toHaveLength(0);
    expect(svg.getAttribute("style")).toBe("--fraction: 0");
    drawOutputGrid(svg, DEFAULT_GEOMETRY, labels);
    expect(svg.outerHTML).toBe(firstFrame(drawOutputGrid, DEFAULT_GEOMETRY).outerHTML);
  });
});

describe("the explanation's draw function", () => {
  const built = (g: Geometry) => {
    const holder = document.createElement("div");
    holder.innerHTML = drawnAtBuild<HTMLDivElement>("div", (div) =>
      drawExplanation(div, g, labels),
    );
    return holder.firstElementChild as HTMLDivElement;
  };

  it("redraws the build's paragraphs in place, and says why rows are dropped", () => {
    const div = built(DEFAULT_GEOMETRY);
    const html = div.outerHTML;
    const first = div.querySelector("p");
    drawExplanation(div, { ...DEFAULT_GEOMETRY }, labels);
    expect(div.outerHTML).toBe(html);
    drawExplanation(div, DROPS, labels);
    expect(div.querySelector("p")).toBe(first);
    expect(div.outerHTML).toBe(built(DROPS).outerHTML);
    expect(div.dataset.kind).toBe("drops");
    expect(div.querySelectorAll("p")).toHaveLength(2);
    expect(div.textContent).toContain("never");
  });
});
