/**
 * A tiny description of SVG content, so that one pure function lays a chart out and both the
 * build (as markup) and the browser (as DOM nodes) draw exactly the same thing from it.
 */
export interface SvgNode {
  tag: "g" | "rect" | "line" | "text" | "circle" | "path" | "polygon" | "title";
  attrs?: Record<string, string | number | undefined>;
  /** Text content; escaped when written as markup. */
  text?: string;
  children?: SvgNode[];
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Coordinates are written with two decimals: finer than a pixel, and stable in snapshots. */
function attrValue(value: string | number): string {
  return typeof value === "number" ? String(Math.round(value * 100) / 100) : value;
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;");
}

/** The nodes as SVG markup, for rendering the first frame at build time. */
export function svgMarkup(nodes: readonly SvgNode[]): string {
  return nodes
    .map((node) => {
      const attrs = Object.entries(node.attrs ?? {})
        .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
        .map(([name, value]) => ` ${name}="${escapeAttr(attrValue(value))}"`)
        .join("");
      const inner = (node.text ? escapeText(node.text) : "") + svgMarkup(node.children ?? []);
      return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
    })
    .join("");
}

function toElement(node: SvgNode): SVGElement {
  const element = document.createElementNS(SVG_NS, node.tag);
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    if (value !== undefined) element.setAttribute(name, attrValue(value));
  }
  if (node.text) element.textContent = node.text;
  for (const child of node.children ?? []) element.append(toElement(child));
  return element;
}

/** Replaces the content of an SVG element (in the browser) with the nodes. */
export function renderSvg(target: Element, nodes: readonly SvgNode[]): void {
  target.replaceChildren(...nodes.map(toElement));
}
