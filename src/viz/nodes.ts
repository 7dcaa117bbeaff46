import { select, type BaseType, type Selection } from "d3";

/**
 * An HTML element as a draw function describes it: its tag, its few attributes, and either its
 * text or its children. Running text whose words are marked one by one (a source's word in its
 * language, our words about a source) is a list of these.
 */
export interface ElementSpec {
  tag: "a" | "blockquote" | "footer" | "h3" | "li" | "p" | "span" | "strong" | "ul";
  className?: string;
  /** The language of words quoted as a source wrote them. */
  lang?: string;
  /** Our words about a source: marked so that tests of the interface's words can tell them apart. */
  ours?: boolean;
  href?: string;
  text?: string;
  children?: readonly NodeSpec[];
}

/** A plain string is text in a `<span>`: a join makes elements, never bare text nodes. */
export type NodeSpec = string | ElementSpec;

const TEXT_NODE = 3;

const asElement = (spec: NodeSpec): ElementSpec =>
  typeof spec === "string" ? { tag: "span", text: spec } : spec;

/**
 * Draws `specs` as the children of `parent` with a join keyed by position and tag, so that
 * drawing the same specs again changes nothing and new ones update the elements in place. The
 * key of an element from the build's markup, which carries no data, is read from its tag.
 */
export function drawNodes<P extends Element>(
  parent: Selection<P, unknown, BaseType, unknown>,
  specs: readonly NodeSpec[],
): void {
  const elements = parent
    .selectChildren<HTMLElement, ElementSpec>("*")
    .data(specs.map(asElement), function (this: Element, spec, i, group) {
      return group[i] === this ? `${i}:${this.localName}` : `${i}:${spec.tag}`;
    })
    .join((enter) => enter.append((spec) => parent.node()!.ownerDocument.createElement(spec.tag)))
    .attr("class", (spec) => spec.className ?? null)
    .attr("lang", (spec) => spec.lang ?? null)
    .attr("data-source-text", (spec) => (spec.ours ? "" : null))
    .attr("href", (spec) => spec.href ?? null);
  elements.filter((spec) => spec.children === undefined).text((spec) => spec.text ?? "");
  elements
    .filter((spec) => spec.children !== undefined)
    .each(function () {
      // An element that held text and now holds elements starts empty.
      if (this.firstChild?.nodeType === TEXT_NODE) this.textContent = "";
    })
    .each(function (spec) {
      drawNodes(select(this), spec.children!);
    });
}
