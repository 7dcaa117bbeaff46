import type { Selection } from "d3";

/**
 * The one child of `parent` with this tag and class, made on the first draw: a draw function
 * asks for its layers in drawing order, so they stack in that order and later draws find them
 * where they are (anything else drawn into the parent afterwards stays after them).
 * `className` may hold several classes, separated by spaces: all of them name the layer.
 */
export function layer<P extends Element, K extends keyof SVGElementTagNameMap>(
  parent: Selection<P, unknown, null, undefined>,
  tag: K,
  className: string,
): Selection<SVGElementTagNameMap[K], unknown, P, unknown> {
  return parent
    .selectChildren<SVGElementTagNameMap[K], unknown>(`${tag}.${className.split(" ").join(".")}`)
    .data([null])
    .join(tag)
    .attr("class", className) as unknown as Selection<SVGElementTagNameMap[K], unknown, P, unknown>;
}
