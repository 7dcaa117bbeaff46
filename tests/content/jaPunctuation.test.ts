/**
 * Japanese running text uses full-width （） and ： (as it uses 、。): in the interface strings
 * (src/i18n/ja.ts), the widgets' labels, the Japanese chapters' prose and the Japanese fields of
 * the sources and the glossary. Code, math, JSX tags and their attributes, link targets, and
 * formulas or code written in prose (ReLU(z1), φ(x), (227 − 7)/2, conv2d(inputs, kernel)) keep
 * their ASCII brackets; so do English glosses that touch no Japanese character.
 */
import { readdirSync } from "node:fs";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import {
  HIDDEN,
  JAPANESE,
  chapterFiles,
  japaneseFields,
  mdxProse,
  read,
  tsStrings,
  widgetLabelFiles,
} from "./jaText";

/** The nearest characters before and after position i, skipping Markdown emphasis (* and _). */
function neighbours(text: string, i: number): [string, string] {
  let before = i - 1;
  while (before >= 0 && "*_".includes(text[before])) before--;
  let after = i + 1;
  while (after < text.length && "*_".includes(text[after])) after++;
  return [text[before] ?? "", text[after] ?? ""];
}

const touchesJapanese = (text: string, i: number) =>
  neighbours(text, i).some((c) => JAPANESE.test(c));

/**
 * A formula or code in prose: no Japanese, no hidden code or markup (an emphasised gloss), and
 * either no word of three letters or more, or a function call (f(…) with no space before the
 * bracket), or code identifiers (snake_case, keyword=value).
 */
function isFormula(inner: string, before: string): boolean {
  if (JAPANESE.test(inner) || inner.includes(HIDDEN) || inner.includes("*")) return false;
  return !/[A-Za-z]{3,}/.test(inner) || /[A-Za-z0-9_\])]/.test(before) || /[_=]/.test(inner);
}

/**
 * ASCII "(", ")" and ":" of Japanese running text: a colon next to a Japanese character, a pair
 * of brackets next to or around Japanese (unless it holds a formula), an unpaired bracket next
 * to Japanese. Returns each with its line and a little context.
 */
export function asciiInJapanese(visible: string): { line: number; excerpt: string }[] {
  const found: number[] = [];
  const open: number[] = [];
  for (let i = 0; i < visible.length; i++) {
    const c = visible[i];
    if (c === ":" && touchesJapanese(visible, i)) found.push(i);
    else if (c === "(") open.push(i);
    else if (c === ")") {
      const start = open.pop();
      if (start === undefined) {
        if (touchesJapanese(visible, i)) found.push(i);
        continue;
      }
      const inner = visible.slice(start + 1, i);
      const japanese =
        touchesJapanese(visible, start) || touchesJapanese(visible, i) || JAPANESE.test(inner);
      if (japanese && !isFormula(inner, visible[start - 1] ?? "")) found.push(start);
    } else if (c === "\n" && visible[i - 1] === "\n") {
      open.length = 0; // a paragraph ends every bracket
    }
  }
  found.push(...open.filter((i) => touchesJapanese(visible, i)));
  return found
    .sort((a, b) => a - b)
    .map((i) => ({
      line: visible.slice(0, i).split("\n").length,
      excerpt: visible.slice(Math.max(0, i - 12), i + 12).replaceAll(HIDDEN, "…"),
    }));
}

/**
 * Kana and kanji (not punctuation), and what may stand beside them: Latin, digits, Greek,
 * brackets, and the {placeholders} of the interface strings, which become numbers and words.
 */
const KANA_KANJI = "[\\u3041-\\u3096\\u30a1-\\u30fa\\u30fc\\u3005\\u4e00-\\u9fff]";
const LATIN_AFTER = "[A-Za-z0-9\\u0370-\\u03ff(\\[\\u27e8{]";
const LATIN_BEFORE = "[A-Za-z0-9\\u0370-\\u03ff)\\]\\u27e9}]";
const SPACED = new RegExp(
  `${KANA_KANJI} (?=${LATIN_AFTER})|${LATIN_BEFORE} (?=${KANA_KANJI})`,
  "g",
);

/**
 * Spaces typed between Japanese and Latin text ("CNN の出力"): the Japanese text sets them
 * solid ("CNNの出力") and leaves the gap to the browser (text-autospace in global.css).
 */
export function spacedLatin(visible: string): string[] {
  return [...visible.matchAll(SPACED)].map((m) =>
    visible.slice(Math.max(0, m.index - 6), m.index + 8).replaceAll(HIDDEN, "…"),
  );
}

const yamlFields = [...japaneseFields("content/sources"), ...japaneseFields("content/glossary")];

describe("the check itself", () => {
  it("finds ASCII brackets and colons in Japanese prose", () => {
    expect(asciiInJapanese(mdxProse("特徴マップ(feature map)と呼ぶ。"))).toHaveLength(1);
    expect(asciiInJapanese(mdxProse("出力(s1またはz1)である。"))).toHaveLength(1);
    expect(asciiInJapanese(mdxProse("## Karn:一つの行列"))).toHaveLength(1);
    expect(asciiInJapanese(mdxProse("*整流された*特徴マップ(rectified)"))).toHaveLength(1);
    expect(asciiInJapanese(tsStrings('  after: "出典:",'))).toHaveLength(1);
  });

  it("leaves code, math, tags, links, formulas and English alone", () => {
    const fine = [
      "a1 = ReLU(z1)のユニット、φ(x)は像、最終版では(227 − 7)/2 + 1 = 111",
      '`f(x)`と$g(x)$と<Cite id="d2l" loc="§7.2 (conv)" />と[章](../pipeline/)',
      "The layer (conv1) maps: x ↦ a1.",
      "activation(conv2d(inputs, kernel) + bias)を表す。形状が(out_channels, kH)のフィルタ",
      "特徴マップ（feature map）：全角",
    ].join("\n\n");
    expect(asciiInJapanese(mdxProse(fine))).toEqual([]);
    expect(asciiInJapanese(tsStrings('const a = f(x); // 日本語(注)\n  b: "Sobel (x)",'))).toEqual(
      [],
    );
  });
});

describe("the spacing check itself", () => {
  it("finds a space typed between Japanese and Latin, digits or Greek", () => {
    expect(spacedLatin("日本語の CNN の解説")).toHaveLength(2);
    expect(spacedLatin("ダイレーション 2 の 3 × 3 カーネル")).toHaveLength(4);
    expect(spacedLatin("関数 φ。⟨φ(x), φ(y)⟩ となる")).toHaveLength(2);
    expect(spacedLatin("{n} ページ見つかりました。位置 {n}")).toHaveLength(2);
  });

  it("leaves solid text, English, formulas and hidden code alone", () => {
    const fine =
      "CNNの出力は3 × 3のカーネルとReLU(z1)で、k(x, y) = ⟨φ(x), φ(y)⟩となる。The layer (conv1).";
    expect(spacedLatin(fine)).toEqual([]);
    expect(spacedLatin(mdxProse("出力は `conv2d(x)` と $z_1$ で表す"))).toEqual([]);
  });
});

/** Both checks, on the visible text of one file: full-width brackets and colons, solid Latin. */
const typography = (visible: string) => ({
  asciiBrackets: asciiInJapanese(visible),
  typedSpaces: spacedLatin(visible),
});
const CLEAN = { asciiBrackets: [], typedSpaces: [] };

describe("Japanese running text uses full-width brackets and colons, and sets Latin solid", () => {
  it.each([
    "src/i18n/ja.ts",
    "src/i18n/stages.ts",
    "src/content/lessonRoute.ts",
    "src/content/shortAnswer.ts",
    ...widgetLabelFiles,
  ])("%s", (path) => {
    expect(typography(tsStrings(read(path)))).toEqual(CLEAN);
  });

  it.each([...chapterFiles, "src/components/JapaneseUsage.mdx"])("%s", (path) => {
    expect(typography(mdxProse(read(path)))).toEqual(CLEAN);
  });

  it.each(yamlFields)("$path (Japanese fields)", ({ text }) => {
    expect(typography(text)).toEqual(CLEAN);
  });

  it("leaves the English fields of the YAML and en.ts without full-width or Japanese punctuation", () => {
    const englishFields = (dir: string) =>
      readdirSync(dir)
        .filter((f) => f.endsWith(".yaml"))
        .flatMap((f) => {
          const data = load(read(`${dir}/${f}`)) as Record<string, unknown>;
          return ["term", "definition", "usage", "summary"]
            .filter((key) => typeof data[key] === "string")
            .map((key) => `${f} ${key}: ${String(data[key])}`);
        });
    const texts = [
      ...englishFields("content/glossary"),
      ...englishFields("content/sources"),
      tsStrings(read("src/i18n/en.ts")),
    ];
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((t) => /[\u3000-\u303f\uff01-\uff1f]/.test(t))).toEqual([]);
  });

  it("reads every widget's labels, every Japanese chapter and the YAML's Japanese fields", () => {
    expect(yamlFields.filter((f) => /[ぁ-ん]/.test(f.text)).length).toBeGreaterThanOrEqual(30);
    expect(widgetLabelFiles.length).toBeGreaterThanOrEqual(10);
    expect(chapterFiles.length).toBe(readdirSync("content/chapters/en").length);
  });
});
