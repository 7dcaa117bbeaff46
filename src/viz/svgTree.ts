import { select } from "d3";

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

/** Sets an element's attributes to exactly the node's: missing or undefined ones are removed. */
function setAttributes(element: Element, node: SvgNode): void {
  const attrs = node.attrs ?? {};
  for (const name of element.getAttributeNames()) {
    if (attrs[name] === undefined) element.removeAttribute(name);
  }
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) element.setAttribute(name, attrValue(value));
  }
}

/**
 * Draws the nodes as parent's children with a d3 data join, keyed by tag and place: an element
 * already there (from the build-time markup or the last draw) is updated in place, others are
 * entered or removed. Drawing the same nodes twice therefore changes nothing.
 */
function join(parent: Element, nodes: readonly SvgNode[]): void {
  select(parent)
    .selectChildren<Element, SvgNode | undefined>()
    .data(nodes, function (this: Element, node: SvgNode | undefined, i: number) {
      // d3 calls the key on the elements (this = an element), then on the data (this = parent).
      return `${this === parent ? node!.tag : this.localName}:${i}`;
    })
    .join((enter) => enter.append((node) => document.createElementNS(SVG_NS, node.tag)))
    .each(function (node) {
      setAttributes(this, node);
      if (node.text !== undefined) this.textContent = node.text;
      else join(this, node.children ?? []);
    });
}

/** Draws the nodes (in the browser) as the content of an SVG element, updating it in place. */
export function renderSvg(target: Element, nodes: readonly SvgNode[]): void {
  join(target, nodes);
}
