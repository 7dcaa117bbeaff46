import { describe, expect, it } from "vitest";
import { axisBottom, scaleLinear, select } from "d3";
import { drawnAtBuild } from "../../src/viz/atBuild";

/** A small figure drawn with a join and an axis, as the widgets' draw functions are. */
function drawDots(svg: SVGSVGElement, values: number[]): void {
  const x = scaleLinear([0, 10], [0, 100]);
  const root = select(svg).attr("viewBox", "0 0 100 30");
  root
    .selectAll<SVGGElement, null>("g.axis")
    .data([null])
    .join("g")
    .attr("class", "axis")
    .call(axisBottom(x).ticks(2));
  root
    .selectAll("circle")
    .data(values)
    .join("circle")
    .attr("cx", (v) => x(v))
    .attr("r", 2);
}

describe("drawnAtBuild", () => {
  it("returns the markup a d3 draw function leaves, with the root element", () => {
    const html = drawnAtBuild<SVGSVGElement>("svg", (svg) => drawDots(svg, [1, 5]));
    expect(html).toMatch(/^<svg viewBox="0 0 100 30">/);
    expect(html.match(/<circle /g)).toHaveLength(2);
    expect(html).toContain('cx="50"');
    expect(html).toContain('class="tick"');
  });

  it("draws each figure on its own root: one figure's marks never leak into the next", () => {
    drawnAtBuild<SVGSVGElement>("svg", (svg) => drawDots(svg, [1, 2, 3]));
    const html = drawnAtBuild<SVGSVGElement>("svg", (svg) => drawDots(svg, [4]));
    expect(html.match(/<circle /g)).toHaveLength(1);
  });

  it("makes HTML roots too", () => {
    const html = drawnAtBuild<HTMLDivElement>("div", (div) => {
      select(div).append("p").text("a < b");
    });
    expect(html).toBe("<div><p>a &lt; b</p></div>");
  });
});
