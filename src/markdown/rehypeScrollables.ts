import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * Display equations, tables and code blocks scroll sideways on narrow screens; a scrolling region must be
 * reachable by keyboard (WCAG 2.1.1), so each gets tabindex="0". Runs after rehype-katex.
 */
export default function rehypeScrollables() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      const classes = node.properties?.className;
      const isDisplayMath = Array.isArray(classes) && classes.includes("katex-display");
      if (isDisplayMath || node.tagName === "table" || node.tagName === "pre") {
        node.properties.tabIndex = 0;
      }
    });
  };
}
