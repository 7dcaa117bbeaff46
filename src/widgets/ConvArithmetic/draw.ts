import { sceneLayers, type FormulaNumbers, type Geometry, type GridScene } from "./model";

const SVG = "http://www.w3.org/2000/svg";

/**
 * Redraws a grid scene into an SVG, in the same order and with the same classes as the
 * build-time markup of ConvArithmetic.astro; null empties it.
 */
export function drawScene(svg: SVGSVGElement, scene: GridScene | null): void {
  const side = scene?.side ?? 1;
  svg.setAttribute("viewBox", `0 0 ${side} ${side}`);
  if (!scene) {
    svg.replaceChildren();
    return;
  }
  const { under, over } = sceneLayers(scene);
  const rect = (r: GridScene["rects"][number]) => {
    const node = document.createElementNS(SVG, "rect");
    node.setAttribute("class", `ca-${r.part}`);
    node.setAttribute("x", String(r.x));
    node.setAttribute("y", String(r.y));
    node.setAttribute("width", String(r.w));
    node.setAttribute("height", String(r.h));
    return node;
  };
  const lines = document.createElementNS(SVG, "path");
  lines.setAttribute("class", "ca-lines");
  lines.setAttribute("d", scene.gridLines);
  svg.replaceChildren(...under.map(rect), lines, ...over.map(rect));
}

function span(className: string, ...children: (Node | string)[]): HTMLSpanElement {
  const node = document.createElement("span");
  node.className = className;
  node.append(...children);
  return node;
}

const minus = (value: number) => String(value).replace("-", "\u2212");
const italic = (name: string) => span("caf__var", name);

function fraction(top: (Node | string)[], bottom: (Node | string)[]): HTMLSpanElement {
  return span("caf__frac", span("caf__num", ...top), span("caf__den", ...bottom));
}

function floored(...inside: (Node | string)[]): (Node | string)[] {
  return [span("caf__floor", "⌊"), ...inside, span("caf__floor", "⌋"), " + 1"];
}

/**
 * The substituted formula as typeset HTML (KaTeX's browser bundle is ~270 KB, too much for one
 * line): each "= …" step is a chunk that wraps as a whole on narrow screens.
 */
export function formulaNodes(g: Geometry, numbers: FormulaNumbers): HTMLElement[] {
  const { n, k, s, p, d } = g;
  const chunks: HTMLElement[] = [
    span(
      "caf__step",
      italic("o"),
      " = ",
      ...floored(fraction([`${n} + 2·${p} − ${d}·(${k} − 1) − 1`], [String(s)])),
    ),
    span("caf__step", "= ", ...floored(fraction([minus(numbers.numerator)], [String(s)]))),
  ];
  if (numbers.output !== null) {
    if (s !== 1) {
      const dots = numbers.approximate ? "…" : "";
      chunks.push(
        span("caf__step", "= ", ...floored(`${minus(Number(numbers.quotientText))}${dots}`)),
      );
    }
    chunks.push(span("caf__step", `= ${numbers.output}`));
  }
  return chunks;
}
