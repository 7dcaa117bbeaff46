import type { BaseType, Selection } from "d3";

/** The element type a tag makes: SVG for SVG tags (a draw function's marks), HTML otherwise. */
type ElementOf<K extends string> = K extends keyof SVGElementTagNameMap
  ? SVGElementTagNameMap[K]
  : K extends keyof HTMLElementTagNameMap
    ? HTMLElementTagNameMap[K]
    : never;

/**
 * The one child of `parent` with this tag and class, made on the first draw and found again on
 * every later one (a join of a single datum), so a draw function can be run again on its own
 * output, at build or in the browser, and change nothing that did not change. A draw function
 * asks for its parts in drawing order, so they stack in that order. `className` may hold several
 * classes, separated by spaces: all of them name the part.
 */
export function part<
  P extends BaseType,
  K extends keyof SVGElementTagNameMap | keyof HTMLElementTagNameMap,
  G extends BaseType,
  GD,
>(
  parent: Selection<P, unknown, G, GD>,
  tag: K,
  className: string,
): Selection<ElementOf<K>, unknown, P, unknown> {
  return parent
    .selectChildren<ElementOf<K>, unknown>(`${tag}.${className.split(" ").join(".")}`)
    .data([null])
    .join(tag)
    .attr("class", className) as unknown as Selection<ElementOf<K>, unknown, P, unknown>;
}

/** A drawn element of any depth, as a draw function's helpers take it: parts nest. */
export type Drawn<E extends Element = HTMLElement> = Selection<E, unknown, BaseType, unknown>;
