// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { drawInputGrid, drawOutputGrid } from "../../src/widgets/ConvArithmetic/draw";
import { drawFormula } from "../../src/widgets/ConvArithmetic/formula";
import { convArithmeticEn as labels } from "../../src/widgets/ConvArithmetic/labels";
import { DEFAULT_GEOMETRY, type Geometry } from "../../src/widgets/ConvArithmetic/model";
import { goldenHtmlSvg, goldenSvg, xhtml } from "./goldenSvg";

/** The site's colours for the grid's classes (ConvArithmetic.astro). */
const GRID_STYLE = `
rect, path { vector-effect: non-scaling-stroke; }
.ca-lines { fill: none; stroke: #8d8778; stroke-width: 0.5px; }
.ca-input { fill: #fff; }
.ca-padding { fill: #d9d5cc; }
.ca-uncovered { fill: #3b3b40; fill-opacity: 0.55; }
.ca-tap, .ca-first { fill: #c77c2e; }
.ca-span { fill: none; stroke: #7a4a12; stroke-width: 2px; }
.ca-last { fill: none; stroke: #1f1d1a; stroke-width: 2px; stroke-dasharray: 4 3; }
.ca-output { fill: #dbe9f3; }
`;

const FORMULA_STYLE = `
.caf { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 0.3em; font: 18px serif; }
.caf__step { display: inline-flex; align-items: center; gap: 0.25em; white-space: nowrap; }
.caf__var { font-style: italic; }
.caf__frac { display: inline-flex; flex-direction: column; text-align: center; font-size: 0.92em; }
.caf__num { padding: 0 0.2em 0.1em; }
.caf__den { border-top: 1px solid currentColor; padding: 0.1em 0.2em 0; }
.caf__floor { font-size: 1.7em; line-height: 1; }
`;

const GEOMETRIES: [string, Geometry][] = [
  ["default", { ...DEFAULT_GEOMETRY }],
  // 10 padded cells, stride 2: the last column and row are never read (not symmetric in x, y).
  ["drops", { n: 8, k: 3, s: 2, p: 1, d: 1 }],
  ["dilated", { n: 9, k: 3, s: 1, p: 0, d: 2 }],
  // The kernel overhangs the input, so the drawing grows and there is no output.
  ["does-not-fit", { n: 3, k: 5, s: 1, p: 0, d: 1 }],
];

/** What a grid's draw function leaves in an SVG element, as a standalone file of its viewBox. */
function drawnGrid(draw: typeof drawInputGrid, g: Geometry): string {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  draw(svg, g, labels);
  return goldenSvg(
    { width: 240, height: 240, viewBox: svg.getAttribute("viewBox")!, style: GRID_STYLE },
    svg.innerHTML,
  );
}

describe("golden drawings: convolution arithmetic", () => {
  it.each(GEOMETRIES)("the input and output grids, %s", async (name, g) => {
    await expect(drawnGrid(drawInputGrid, g)).toMatchFileSnapshot(
      `./golden/conv-arithmetic-${name}-input.svg`,
    );
    await expect(drawnGrid(drawOutputGrid, g)).toMatchFileSnapshot(
      `./golden/conv-arithmetic-${name}-output.svg`,
    );
  });

  it.each(GEOMETRIES)("the substituted formula, %s", async (name, g) => {
    // The formula is HTML, not SVG: its markup is kept, shown in a foreignObject.
    const div = document.createElement("div");
    drawFormula(div, g, labels);
    const line = div.querySelector(".caf")!;
    const svg = goldenHtmlSvg({ width: 640, height: 80, style: FORMULA_STYLE }, xhtml(line));
    await expect(svg).toMatchFileSnapshot(`./golden/conv-arithmetic-${name}-formula.svg`);
  });
});
