import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkMath from "remark-math";
import remarkExercises, { extractExercises } from "../../src/markdown/remarkExercises";
import { exerciseParagraphs, mathSegments } from "../../src/markdown/exerciseText";

/** Parses MDX as the site does (MDX, then remark-math) and runs the plugin. */
function exercisesOf(mdx: string) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMath);
  const tree = processor.runSync(processor.parse(mdx));
  return extractExercises(tree);
}

const block = `# Chapter

Some prose.

## Exercises

1. How large is z1?

   <details>
   <summary>Answer</summary>

   It is 62 × 62.

   Each side loses two pixels.

   </details>

2. Which stage is *rectified*?
   <details>
   <summary>Answer</summary>
   The a1 column.
   </details>
`;

describe("extractExercises", () => {
  it("extractExercises splits each item into the question and the text of its details block", () => {
    expect(exercisesOf(block)).toEqual([
      {
        question: "How large is z1?",
        answer: "It is 62 × 62.\n\nEach side loses two pixels.",
      },
      { question: "Which stage is rectified?", answer: "The a1 column." },
    ]);
  });

  it("extractExercises reads an answer written inline in one paragraph, links as their text", () => {
    const mdx = `## Exercises

1. In [the explorer](../pipeline/), which column
   holds his map?

   <details><summary>Answer</summary>His map is the s1 column,
   the convolution alone.</details>
`;
    expect(exercisesOf(mdx)).toEqual([
      {
        question: "In the explorer, which column holds his map?",
        answer: "His map is the s1 column, the convolution alone.",
      },
    ]);
  });

  it("extractExercises keeps inline math as $…$ and escapes literal dollars", () => {
    const mdx = `## Exercises

1. What is $\\lfloor 7/2 \\rfloor$ in \\$ or \`code\`?
   <details><summary>Answer</summary>$3$.</details>
`;
    expect(exercisesOf(mdx)).toEqual([
      { question: "What is $\\lfloor 7/2 \\rfloor$ in \\$ or code?", answer: "$3$." },
    ]);
  });

  it("extractExercises reads the Japanese heading and joins Japanese lines without a space", () => {
    const mdx = `## 演習

1. z1の大きさは
   いくつか。
   <details><summary>解答</summary>62 × 62である。</details>
`;
    expect(exercisesOf(mdx)).toEqual([
      { question: "z1の大きさはいくつか。", answer: "62 × 62である。" },
    ]);
  });

  it("extractExercises ignores lists outside the section and stops at the next heading", () => {
    const mdx = `## Before

1. Not an exercise.

## Exercises

Try these.

## After

1. Not one either.
`;
    expect(exercisesOf(mdx)).toEqual([]);
    expect(exercisesOf("# Title\n\nNo exercises here.\n")).toEqual([]);
  });

  it("extractExercises gives an empty answer when an item has no details block", () => {
    expect(exercisesOf("## Exercises\n\n1. Think about it.\n")).toEqual([
      { question: "Think about it.", answer: "" },
    ]);
  });
});

describe("remarkExercises", () => {
  it("remarkExercises adds the exercises to the Astro frontmatter and keeps what is there", () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMath);
    const tree = processor.runSync(processor.parse(block));
    const file = { data: { astro: { frontmatter: { title: "T" } as Record<string, unknown> } } };
    remarkExercises()(tree, file);
    expect(file.data.astro.frontmatter.title).toBe("T");
    expect(file.data.astro.frontmatter.exercises).toHaveLength(2);
  });

  it("remarkExercises leaves the frontmatter alone in a chapter without exercises", () => {
    const processor = unified().use(remarkParse).use(remarkMdx);
    const file = { data: {} as { astro?: { frontmatter?: Record<string, unknown> } } };
    remarkExercises()(processor.parse("# Only prose\n"), file);
    expect(file.data.astro).toBeUndefined();
  });

  it("every chapter's exercises section yields as many exercises as it has numbered items, each answered", () => {
    for (const lang of ["en", "ja"]) {
      const dir = new URL(`../../content/chapters/${lang}/`, import.meta.url);
      for (const name of readdirSync(dir).filter((n) => n.endsWith(".mdx"))) {
        const text = readFileSync(new URL(name, dir), "utf8").replace(/^---[\s\S]*?---/, "");
        const section = text.split(/^## (?:Exercises|演習)\s*$/m)[1];
        const items = section ? (section.match(/^\d+\. /gm) ?? []).length : 0;
        const exercises = exercisesOf(text);
        expect(exercises.length, `${lang}/${name}`).toBe(items);
        for (const e of exercises) {
          expect(e.question, `${lang}/${name}`).not.toBe("");
          expect(e.answer, `${lang}/${name}: ${e.question}`).not.toBe("");
          expect(e.question, `${lang}/${name}`).not.toMatch(/Answer|解答|<details/);
        }
      }
    }
  });
});

describe("mathSegments", () => {
  it("mathSegments separates $…$ math from text and turns \\$ back into a dollar", () => {
    expect(mathSegments("Costs \\$5 for $k^2$ cells")).toEqual([
      { kind: "text", text: "Costs $5 for " },
      { kind: "math", tex: "k^2" },
      { kind: "text", text: " cells" },
    ]);
  });

  it("mathSegments leaves an unmatched dollar as text", () => {
    expect(mathSegments("a $ b")).toEqual([{ kind: "text", text: "a $ b" }]);
  });

  it("exerciseParagraphs splits on blank lines and drops empty ones", () => {
    expect(exerciseParagraphs("One.\n\nTwo.\n\n\n")).toEqual(["One.", "Two."]);
  });
});
