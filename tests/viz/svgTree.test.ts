// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { renderSvg, svgMarkup, type SvgNode } from "../../src/viz/svgTree";

function picture(x: number, label: string): SvgNode[] {
  return [
    { tag: "rect", attrs: { class: "frame", x, y: 1, width: 10, height: 10 } },
    {
      tag: "g",
      attrs: { class: "marks" },
      children: [
        { tag: "circle", attrs: { cx: x, cy: 2, r: 3 } },
        { tag: "text", attrs: { x }, text: label },
      ],
    },
  ];
}

function svg(): SVGSVGElement {
  const element = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  document.body.append(element);
  return element;
}

describe("renderSvg", () => {
  it("draws the same markup as svgMarkup", () => {
    const target = svg();
    renderSvg(target, picture(1.234, "a < b"));
    expect(target.innerHTML).toBe(svgMarkup(picture(1.234, "a < b")));
  });

  it("updates the build-time markup in place: the same elements, new attributes and text", () => {
    const target = svg();
    target.innerHTML = svgMarkup(picture(1, "one"));
    const [rect, circle] = [target.querySelector("rect"), target.querySelector("circle")];
    renderSvg(target, picture(2, "two"));
    expect(target.querySelector("rect")).toBe(rect);
    expect(target.querySelector("circle")).toBe(circle);
    expect(target.innerHTML).toBe(svgMarkup(picture(2, "two")));
  });

  it("is idempotent, drops attributes and elements no longer drawn, and replaces a changed tag", () => {
    const target = svg();
    renderSvg(target, picture(1, "one"));
    renderSvg(target, picture(1, "one"));
    expect(target.innerHTML).toBe(svgMarkup(picture(1, "one")));
    const smaller: SvgNode[] = [{ tag: "path", attrs: { d: "M0,0L1,1" } }];
    renderSvg(target, smaller);
    expect(target.innerHTML).toBe(svgMarkup(smaller));
    renderSvg(target, [{ tag: "path", attrs: { class: "kept" } }]);
    expect(target.innerHTML).toBe('<path class="kept"></path>');
  });
});
