// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import {
  drawExplanation,
  drawGridNotes,
  drawInputGrid,
  drawNumbers,
  drawOutputGrid,
} from "../../src/widgets/ConvArithmetic/draw";
import { drawFormula } from "../../src/widgets/ConvArithmetic/formula";
import { convArithmeticEn as labels } from "../../src/widgets/ConvArithmetic/labels";
import { DEFAULT_GEOMETRY, type Geometry } from "../../src/widgets/ConvArithmetic/model";
import { drawTwice, firstFrame } from "./drawTwice";

const SVG_NS = "http://www.w3.org/2000/svg";
const DROPS: Geometry = { n: 8, k: 3, s: 2, p: 1, d: 1 };
const NO_FIT: Geometry = { n: 3, k: 5, s: 1, p: 0, d: 1 };
/** 130 padded cells: too many to outline one by one. */
const FINE: Geometry = { n: 128, k: 3, s: 1, p: 1, d: 1 };

type Draw<E> = (root: E, g: Geometry) => void;
const grid =
  (draw: typeof drawInputGrid): Draw<SVGSVGElement> =>
  (svg, g) =>
    draw(svg, g, labels);
const html =
  (draw: typeof drawExplanation): Draw<HTMLDivElement> =>
  (div, g) =>
    draw(div, g, labels);
const built = (draw: Draw<SVGSVGElement>, g: Geometry) =>
  firstFrame("svg", (svg: SVGSVGElement) => draw(svg, g));

describe.each([
  ["input", grid(drawInputGrid)],
  ["output", grid(drawOutputGrid)],
] as const)("the %s grid's draw function", (_, draw) => {
  it("redraws the build's first frame unchanged, and a new geometry in place", () => {
    const { root, before } = drawTwice("svg", draw, { ...DEFAULT_GEOMETRY }, DROPS);
    expect(root.querySelector(".ca-under rect")).toBe(
      before.find((e) => e.matches(".ca-under rect")),
    );
  });

  it("keeps what the window sweep drew after its layers", () => {
    const svg = built(draw, DEFAULT_GEOMETRY);
    svg.append(document.createElementNS(SVG_NS, "g"));
    draw(svg, DROPS);
    expect(svg.lastElementChild!.getAttribute("class")).toBeNull();
    expect(svg.children).toHaveLength(4);
  });
});

describe("the grids' draw functions", () => {
  it("draw the first frame's layers in order: fills, cell borders, marks", () => {
    const svg = built(grid(drawInputGrid), DROPS);
    expect([...svg.children].map((c) => c.getAttribute("class"))).toEqual([
      "ca-under",
      "ca-lines",
      "ca-over",
    ]);
    expect(svg.querySelectorAll(".ca-uncovered")).toHaveLength(2);
    expect(svg.getAttribute("aria-label")).toContain("10 × 10");
  });

  it("empty the output when the kernel does not fit, and fill it again after", () => {
    const svg = built(grid(drawOutputGrid), DEFAULT_GEOMETRY);
    drawOutputGrid(svg, NO_FIT, labels);
    expect(svg.children).toHaveLength(0);
    expect(svg.getAttribute("style")).toBe("--fraction: 0");
    drawOutputGrid(svg, DEFAULT_GEOMETRY, labels);
    expect(svg.outerHTML).toBe(built(grid(drawOutputGrid), DEFAULT_GEOMETRY).outerHTML);
  });
});

describe("the explanation's draw function", () => {
  it("redraws the build's paragraphs in place, and says why rows are dropped", () => {
    const { root } = drawTwice("div", html(drawExplanation), { ...DEFAULT_GEOMETRY }, DROPS);
    expect(root.dataset.kind).toBe("drops");
    expect(root.querySelectorAll("p")).toHaveLength(2);
    expect(root.textContent).toContain("never");
  });
});

describe("the grid notes' draw function", () => {
  const notes =
    (which: "input" | "output"): Draw<HTMLDivElement> =>
    (div, g) =>
      drawGridNotes(div, which, g, labels);

  it.each(["input", "output"] as const)("redraws the %s captions in place", (which) => {
    const { root } = drawTwice("div", notes(which), { ...DEFAULT_GEOMETRY }, NO_FIT);
    expect(root.querySelector(`[data-caption="${which}"]`)!.textContent).toMatch(
      which === "input" ? /3 × 3/ : /No output/,
    );
  });

  it("shows the note on cells too fine to outline only when there are no cell borders", () => {
    const { root } = drawTwice("div", notes("input"), { ...DEFAULT_GEOMETRY }, FINE);
    const note = root.querySelector<HTMLElement>('[data-fine="input"]')!;
    expect(note.hidden).toBe(false);
    expect(note.textContent).toContain("130");
    drawGridNotes(root, "input", DEFAULT_GEOMETRY, labels);
    expect(note.hidden).toBe(true);
  });
});

describe("the substituted formula's draw function", () => {
  const formula = html(drawFormula);
  const steps = (div: HTMLDivElement) =>
    [...div.querySelectorAll(".caf__step")].map((s) => s.getAttribute("data-step"));

  it("redraws in place, and drops the quotient step when the stride is 1", () => {
    const { root } = drawTwice("div", formula, { ...DEFAULT_GEOMETRY }, { ...DROPS, s: 1 });
    expect(steps(root)).toEqual(["given", "numerator", "result"]);
    expect(root.textContent).toMatch(/= 8$/);
  });

  it("adds the quotient step back, in its place, for a stride of 2", () => {
    const { root } = drawTwice("div", formula, { ...DROPS, s: 1 }, DROPS);
    expect(steps(root)).toEqual(["given", "numerator", "quotient", "result"]);
    expect(root.querySelector('[data-step="quotient"]')!.textContent).toBe("=⌊3.5⌋+ 1");
  });

  it("stops at the numerator when the kernel does not fit, and says the formula in words", () => {
    const { root } = drawTwice("div", formula, { ...DEFAULT_GEOMETRY }, NO_FIT);
    expect(steps(root)).toEqual(["given", "numerator"]);
    expect(root.querySelector("[data-step=numerator] .caf__num")!.textContent).toBe("−2");
    expect(root.querySelector(".caf")!.getAttribute("role")).toBe("math");
    expect(root.querySelector(".caf")!.getAttribute("aria-label")).not.toMatch(/NaN|undefined/);
  });
});

describe("the numbers table's draw function", () => {
  it("redraws the rows in place, with a dash for an output that does not exist", () => {
    const { root } = drawTwice("div", html(drawNumbers), { ...DEFAULT_GEOMETRY }, NO_FIT);
    const rows = [...root.querySelectorAll("tbody tr")];
    expect(rows).toHaveLength(9);
    expect(rows[7].textContent).toBe(`${labels.rows.output}—`);
    expect(root.querySelector("caption")!.textContent).toBe(labels.numbersCaption);
    expect(root.querySelectorAll("thead th")).toHaveLength(2);
  });
});
