import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * Display equations scroll sideways on narrow screens; a scrolling region must be reachable by
 * keyboard (WCAG 2.1.1), so each KaTeX display block gets tabindex="0". Runs after rehype-katex.
 */
export default function rehypeFocusableMath() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      const classes = node.properties?.className;
      if (Array.isArray(classes) && classes.includes("katex-display")) {
        node.properties.tabIndex = 0;
      }
    });
  };
}
