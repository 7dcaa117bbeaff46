import type { BaseType, Selection } from "d3";

/**
 * The one child of `parent` with this tag and class, made on the first draw and found again on
 * every later one (a join of a single datum), so a draw function can be run again on its own
 * output, at build or in the browser, and change nothing that did not change.
 */
export function part<Child extends Element, Parent extends BaseType>(
  parent: Selection<Parent, unknown, null, undefined>,
  tag: string,
  className: string,
): Selection<Child, unknown, null, undefined> {
  return parent
    .selectChildren<Child, unknown>(`${tag}.${className.split(" ").join(".")}`)
    .data([null])
    .join(tag)
    .attr("class", className) as unknown as Selection<Child, unknown, null, undefined>;
}
