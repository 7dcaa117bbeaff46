/**
 * Collects a chapter's exercises at build time, for its printable worksheet and answer key.
 *
 * A chapter ends with a `## Exercises` section (`## 演習` in Japanese): a numbered list whose
 * items hold the question and then a `<details><summary>…</summary>…</details>` block with the
 * answer. The plugin stores `{ question, answer }[]` in `file.data.astro.frontmatter.exercises`,
 * which pages read from `render(entry).remarkPluginFrontmatter.exercises`.
 *
 * Both are plain text: paragraphs separated by a blank line, inline math kept as `$…$` (its
 * TeX source) and a literal dollar sign written `\$`, so that a page can typeset the math.
 * Runs after remark-math, which turns `$…$` into math nodes.
 */

/** The parts of an mdast (with MDX and math extensions) node this plugin reads. */
interface MdNode {
  type: string;
  value?: string;
  name?: string | null;
  depth?: number;
  children?: MdNode[];
}

export interface Exercise {
  question: string;
  answer: string;
}

/** The headings that open an exercises section, in every edition. */
export const EXERCISE_HEADINGS = ["Exercises", "演習"];

const BLOCK_TYPES = new Set([
  "paragraph",
  "heading",
  "list",
  "listItem",
  "blockquote",
  "code",
  "math",
  "table",
  "mdxJsxFlowElement",
]);

const isJsx = (node: MdNode, name: string) =>
  (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === name;

/** Characters of Japanese text, between which a soft line break is no space. */
const CJK = "\\u3000-\\u30ff\\u3400-\\u9fff\\uff00-\\uffef";
const CJK_BREAK = new RegExp(`([${CJK}])\\s*\\n\\s*(?=[${CJK}])`, "g");

/** Soft line breaks become spaces (none between Japanese characters); runs of space collapse. */
function tidy(text: string): string {
  return text.replace(CJK_BREAK, "$1").replace(/\s+/g, " ").trim();
}

/** The text of inline content; `details` elements (the answer) are left out. */
function inlineText(node: MdNode): string {
  if (isJsx(node, "details") || isJsx(node, "summary")) return "";
  switch (node.type) {
    case "text":
      return (node.value ?? "").replace(/\$/g, "\\$");
    case "inlineMath":
      return `$${node.value ?? ""}$`;
    case "inlineCode":
      return node.value ?? "";
    case "break":
      return "\n";
    case "mdxTextExpression":
    case "mdxjsEsm":
      return "";
    default:
      return (node.children ?? []).map(inlineText).join("");
  }
}

/** The paragraphs of a container, each as tidy text; nested lists become one line per item. */
function paragraphs(nodes: MdNode[]): string[] {
  const out: string[] = [];
  let inline = "";
  const flush = () => {
    const text = tidy(inline);
    if (text) out.push(text);
    inline = "";
  };
  for (const node of nodes) {
    if (isJsx(node, "details") || isJsx(node, "summary")) continue;
    if (!BLOCK_TYPES.has(node.type)) {
      inline += inlineText(node);
      continue;
    }
    flush();
    if (node.type === "code" || node.type === "math") {
      const text = node.value ?? "";
      if (text) out.push(node.type === "math" ? `$${text}$` : text);
    } else if (node.type === "list") {
      const items = (node.children ?? []).map((item) => paragraphs(item.children ?? []).join(" "));
      out.push(items.map((item) => `• ${item}`).join("\n"));
    } else if (node.type === "paragraph" || node.type === "heading") {
      inline = (node.children ?? []).map(inlineText).join("");
      flush();
    } else {
      out.push(...paragraphs(node.children ?? []));
    }
  }
  flush();
  return out;
}

/** The first `details` element in a subtree, depth first. */
function findDetails(node: MdNode): MdNode | undefined {
  if (isJsx(node, "details")) return node;
  for (const child of node.children ?? []) {
    const found = findDetails(child);
    if (found) return found;
  }
  return undefined;
}

/** One list item as a question (everything but the answer block) and its answer. */
export function exerciseOf(item: MdNode): Exercise {
  const details = findDetails(item);
  return {
    question: paragraphs(item.children ?? []).join("\n\n"),
    answer: details ? paragraphs(details.children ?? []).join("\n\n") : "",
  };
}

const headingText = (node: MdNode) => tidy(inlineText(node));

/**
 * The exercises of a document: the items of the first list after an exercises heading of
 * depth 2, before the next heading of depth 2 or less. Empty when there is no such section.
 */
export function extractExercises(tree: MdNode): Exercise[] {
  const blocks = tree.children ?? [];
  const start = blocks.findIndex(
    (n) => n.type === "heading" && n.depth === 2 && EXERCISE_HEADINGS.includes(headingText(n)),
  );
  if (start < 0) return [];
  for (const node of blocks.slice(start + 1)) {
    if (node.type === "heading" && (node.depth ?? 0) <= 2) break;
    if (node.type === "list") return (node.children ?? []).map(exerciseOf);
  }
  return [];
}

interface AstroFileData {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

export default function remarkExercises() {
  return (tree: MdNode, file: AstroFileData) => {
    const exercises = extractExercises(tree);
    if (exercises.length === 0) return;
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, exercises };
  };
}
