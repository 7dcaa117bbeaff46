/**
 * The text of the Japanese edition a reader meets, for the checks that read it
 * (jaPunctuation, jaTerms): MDX prose without code, math and tags; TypeScript string literals.
 */
import { readFileSync, readdirSync } from "node:fs";
import { load } from "js-yaml";

/** Japanese characters, Japanese punctuation (、。「」) and full-width forms. */
export const JAPANESE = /[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;
/** Stands in for text the check must not read (code, math, tags…), keeping offsets. */
export const HIDDEN = "\ue000";

const MDX_HIDDEN = [
  /^```[^]*?^```.*$/gm, // fenced code
  /^(?:import|export)\b.*$/gm, // ESM lines
  /\$\$[^]*?\$\$/g, // display math
  /\$[^$\n]+\$/g, // inline math
  /`[^`\n]+`/g, // inline code
  /<[A-Za-z/!][^<>]*>/g, // tags with their attributes, comments
  /\]\([^)\s]*\)/g, // link targets
  /\{[^{}\n]*\}/g, // JSX expressions
  /https?:\/\/[^\s)>"]+/g, // bare URLs
];
/** String literals of a TypeScript file: the only text of ja.ts and labels.ts a reader meets. */
const TS_STRING = /"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|'(?:[^'\\\n]|\\.)*'/g;

const hide = (text: string, from: number, to: number) =>
  text.slice(0, from) + text.slice(from, to).replace(/[^\n]/g, HIDDEN) + text.slice(to);

/** The text of an MDX file with everything but its prose hidden. */
export function mdxProse(text: string): string {
  let out = text;
  for (const pattern of MDX_HIDDEN) {
    for (const m of out.matchAll(pattern)) out = hide(out, m.index, m.index + m[0].length);
  }
  return out;
}

/** The text of a TypeScript file with everything but the insides of its string literals hidden. */
export function tsStrings(text: string): string {
  let out = text.replace(/[^\n]/g, HIDDEN);
  for (const m of text.matchAll(TS_STRING)) {
    const start = m.index + 1;
    const inside = m[0].slice(1, -1);
    out = out.slice(0, start) + inside + out.slice(start + inside.length);
  }
  return out;
}

export const read = (path: string) => readFileSync(path, "utf8");
export const widgetLabelFiles = readdirSync("src/widgets", { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `src/widgets/${d.name}/${d.name === "shared" ? "presetLabels" : "labels"}.ts`)
  .filter((path) => {
    try {
      return read(path).length > 0;
    } catch {
      return false;
    }
  });

export const chapterFiles = readdirSync("content/chapters/ja")
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => `content/chapters/ja/${f}`);

/** The Japanese fields (`ja`, `*_ja`) of every YAML file in a folder, one paragraph each. */
export function japaneseFields(dir: string): { path: string; text: string }[] {
  const texts = (value: unknown, key = ""): string[] => {
    if (typeof value === "string") return key === "ja" || key.endsWith("_ja") ? [value] : [];
    if (Array.isArray(value)) return value.flatMap((v) => texts(v, key));
    if (value && typeof value === "object") {
      return Object.entries(value).flatMap(([k, v]) => texts(v, k));
    }
    return [];
  };
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => ({ path: `${dir}/${f}`, text: texts(load(read(`${dir}/${f}`))).join("\n\n") }));
}
