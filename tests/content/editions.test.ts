import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

const dir = (lang: string) => path.resolve("content/chapters", lang);
const files = (lang: string) =>
  readdirSync(dir(lang))
    .filter((f) => f.endsWith(".mdx"))
    .sort();
const read = (lang: string, file: string) => readFileSync(path.join(dir(lang), file), "utf8");

/**
 * The components a chapter shows, in order, with their props: widgets, quotes, figures. The
 * Japanese edition's section on Japanese usage (JapaneseUsage) has no English counterpart.
 */
export function figuresOf(mdx: string): string[] {
  const tags = [...mdx.matchAll(/<([A-Z]\w+)([^>]*?)\/>/g)];
  return tags
    .filter(([, name]) => !["Cite", "Term", "JapaneseUsage"].includes(name))
    .map(([, name, props]) => `${name}${props.replace(/\s+/g, " ").trimEnd()}`);
}

/** How many exercises a chapter has: answers are <details> blocks in its exercises section. */
export function exerciseCount(mdx: string): number {
  const section = mdx.split(/^## (?:Exercises|演習)\s*$/m)[1] ?? "";
  return (section.match(/<details>/g) ?? []).length;
}

describe("the two editions", () => {
  it("every English chapter has a Japanese twin with the same file name (so the same slug)", () => {
    expect(files("ja")).toEqual(files("en"));
  });

  it.each(files("en"))("%s shows the same widgets, quotes and figures in both editions", (file) => {
    expect(figuresOf(read("ja", file))).toEqual(figuresOf(read("en", file)));
  });

  it.each(files("en"))("%s has the same number of exercises in both editions", (file) => {
    expect(exerciseCount(read("ja", file))).toBe(exerciseCount(read("en", file)));
  });

  it("figuresOf and exerciseCount see what they should", () => {
    const mdx =
      '<Quote source="a" id="b" />\n<Cite id="x" />\n<PipelineExplorer />\n## Exercises\n1. Q\n   <details>\n   A\n   </details>\n';
    expect(figuresOf(mdx)).toEqual(['Quote source="a" id="b"', "PipelineExplorer"]);
    expect(exerciseCount(mdx)).toBe(1);
    expect(exerciseCount(mdx.replace("## Exercises", "## 演習"))).toBe(1);
  });
});
