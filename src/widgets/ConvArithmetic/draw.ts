import { renderSvg, type SvgNode } from "../../viz/svgTree";
import { sceneLayers, type FormulaNumbers, type Geometry, type GridScene } from "./model";

/**
 * A grid scene as SVG nodes, in unit cells (the SVG's viewBox is the grid's side): the tinted
 * cells under the grid lines, the lines, then the borders over them. The build writes these as
 * the first frame's markup; drawScene joins them into that markup in the browser.
 */
export function sceneNodes(scene: GridScene): SvgNode[] {
  const { under, over } = sceneLayers(scene);
  const rect = (r: GridScene["rects"][number]): SvgNode => ({
    tag: "rect",
    attrs: { class: `ca-${r.part}`, x: r.x, y: r.y, width: r.w, height: r.h },
  });
  return [
    ...under.map(rect),
    { tag: "path", attrs: { class: "ca-lines", d: scene.gridLines } },
    ...over.map(rect),
  ];
}

/** Redraws a grid scene into an SVG, updating the elements already there; null empties it. */
export function drawScene(svg: SVGSVGElement, scene: GridScene | null): void {
  const side = scene?.side ?? 1;
  svg.setAttribute("viewBox", `0 0 ${side} ${side}`);
  renderSvg(svg, scene ? sceneNodes(scene) : []);
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
