import type { Element, ElementContent, Root, Text } from "hast";
import { SKIP, visit } from "unist-util-visit";

/**
 * Sizes and shapes in running text (5 × 5, 3×3, [4, 64, 64]) are read as one unit, and Japanese
 * line breaking would split them at a space or beside the ×. Each is wrapped in
 * <span class="nobr"> (white-space: nowrap in global.css). Code and math are left alone.
 */
export const UNBREAKABLE = /\[\d+(?:, \d+)+\]|\d+(?: ?× ?\d+)+/g;

const SKIPPED_TAGS = new Set(["code", "pre", "script", "style", "svg", "math"]);

const isKatex = (node: Element) => {
  const classes = node.properties?.className;
  return Array.isArray(classes) && classes.some((c) => String(c).startsWith("katex"));
};

/** The text split into plain text and nowrap spans around each unbreakable run. */
export function splitUnbreakable(value: string): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const m of value.matchAll(UNBREAKABLE)) {
    if (m.index > last) parts.push({ type: "text", value: value.slice(last, m.index) });
    parts.push({
      type: "element",
      tagName: "span",
      properties: { className: ["nobr"] },
      children: [{ type: "text", value: m[0] }],
    });
    last = m.index + m[0].length;
  }
  if (last < value.length) parts.push({ type: "text", value: value.slice(last) });
  return parts;
}

export default function rehypeNoBreak() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === "element" && (SKIPPED_TAGS.has(node.tagName) || isKatex(node))) {
        return SKIP;
      }
      if (node.type !== "text" || !parent || index === undefined) return;
      const parts = splitUnbreakable((node as Text).value);
      if (parts.length === 1 && parts[0].type === "text") return;
      parent.children.splice(index, 1, ...(parts as typeof parent.children));
      return [SKIP, index + parts.length];
    });
  };
}
