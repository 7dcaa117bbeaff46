/**
 * The Japanese edition follows its terminology table (src/i18n/jaTerms.ts): no forbidden variant
 * anywhere, and other texts' words (the seed thread's 機能マップ…) only where the book names them,
 * inside 「」 or （）, or as aliases in a glossary entry's `ja` list. Reported per file.
 */
import { readdirSync } from "node:fs";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { JA_TERMS, SEED_THREAD_WORDS } from "../../src/i18n/jaTerms";
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

interface Violation {
  term: string;
  found: string;
  line: number;
  excerpt: string;
}

const global = (pattern: string | RegExp) =>
  typeof pattern === "string"
    ? new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g")
    : new RegExp(pattern.source, "g");

/** Whether position i lies between an opening and a closing bracket of its paragraph. */
function insideBrackets(text: string, i: number, open: string, close: string): boolean {
  const paragraphStart = text.lastIndexOf("\n\n", i);
  const opened = text.lastIndexOf(open, i);
  return opened > paragraphStart && opened > text.lastIndexOf(close, i);
}

const named = (text: string, i: number) =>
  insideBrackets(text, i, "「", "」") || insideBrackets(text, i, "（", "）");

/** Every use of a forbidden variant, and every mention of another text's word outside 「」/（）. */
export function termViolations(text: string): Violation[] {
  const found: Violation[] = [];
  const report = (term: string, index: number, match: string) =>
    found.push({
      term,
      found: match,
      line: text.slice(0, index).split("\n").length,
      excerpt: text
        .slice(Math.max(0, index - 10), index + match.length + 10)
        .replaceAll(HIDDEN, "…"),
    });
  for (const term of JA_TERMS) {
    for (const pattern of term.forbidden) {
      for (const m of text.matchAll(global(pattern))) report(term.en, m.index, m[0]);
    }
    for (const word of term.mentions ?? []) {
      for (const m of text.matchAll(global(word))) {
        if (!named(text, m.index)) report(term.en, m.index, m[0]);
      }
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

/** The Japanese string literals of a TypeScript file (its English labels are not checked). */
const japaneseStrings = (source: string) =>
  tsStrings(source)
    .split(new RegExp(`${HIDDEN}+`))
    .filter((s) => JAPANESE.test(s))
    .join("\n\n");

interface GlossaryEntry {
  ja: string[];
  definition_ja: string;
  usage_ja?: string;
}

/** A glossary entry's aliases may be other texts' words, never a forbidden variant. */
function glossaryViolations(entry: GlossaryEntry): Violation[] {
  const aliases = entry.ja.map((alias) => `「${alias}」`).join("、");
  return termViolations([aliases, entry.definition_ja, entry.usage_ja ?? ""].join("\n\n"));
}

const glossaryFiles = readdirSync("content/glossary")
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => `content/glossary/${f}`);

describe("the terminology check itself", () => {
  it("finds forbidden variants, even inside 「」", () => {
    expect(termViolations("z1は前活性である。").map((v) => v.found)).toEqual(["前活性"]);
    expect(termViolations("「前活性」と呼ぶ。")).toHaveLength(1);
    expect(termViolations("二つのフィルタと3 × 3の窓").map((v) => v.found)).toEqual([
      "二つ",
      "3 × 3",
    ]);
    expect(termViolations("彼はFigure 1でそう書く。")).toHaveLength(2);
    expect(termViolations("線形活性と膨張と読みは")).toHaveLength(3);
    expect(
      termViolations("線形の活性化、素の語、デフォルトの値、スライドさせる窓、面として").map(
        (v) => v.found,
      ),
    ).toEqual(["線形の活性化", "面として", "素の語", "スライドさせ", "デフォルト"]);
  });

  it("allows other texts' words only where the book names them", () => {
    expect(termViolations("機能マップを見る。")).toHaveLength(1);
    expect(termViolations("スレッドは「機能マップ」と書く。")).toEqual([]);
    expect(termViolations("活性化マップ（アクティベーションマップ）である。")).toEqual([]);
  });

  it("leaves the preferred terms and ordinary words alone", () => {
    const fine =
      "2つの活性化前の値（pre-activation）、線形活性化、膨張畳み込み、一つひとつ、3×3、読み取る、図1の予測を本書は比較対象に選ぶ。画素の値は既定のまま。窓を滑らせる。平面として並ぶ。スライディングウィンドウ。";
    expect(termViolations(fine)).toEqual([]);
  });

  it("reads only the Japanese strings of a labels file", () => {
    expect(japaneseStrings('en: "Figure 1", ja: "二つの図"')).toBe("二つの図");
  });
});

describe("the Japanese edition follows the terminology table (src/i18n/jaTerms.ts)", () => {
  // The section on Japanese usage is shown in chapter 1 but written in a file of its own.
  it.each([...chapterFiles, "src/components/JapaneseUsage.mdx"])("%s", (path) => {
    expect(termViolations(mdxProse(read(path)))).toEqual([]);
  });

  // Also the words shown beside the chapters: the short answer, the lesson route, the presets.
  it.each([
    "src/i18n/ja.ts",
    "src/i18n/stages.ts",
    "src/content/shortAnswer.ts",
    "src/content/lessonRoute.ts",
    ...widgetLabelFiles,
  ])("%s", (path) => {
    expect(termViolations(japaneseStrings(read(path)))).toEqual([]);
  });

  it.each(glossaryFiles)("%s (Japanese fields)", (path) => {
    expect(glossaryViolations(load(read(path)) as GlossaryEntry)).toEqual([]);
  });

  // The lens, the bibliography and the comparison table show the sources' Japanese fields.
  it.each(japaneseFields("content/sources"))("$path (Japanese fields)", ({ text }) => {
    expect(termViolations(text)).toEqual([]);
  });
});

describe("chapter 1 meets readers where they start", () => {
  const prose = mdxProse(read("content/chapters/ja/01-pipeline.mdx"));

  it.each(SEED_THREAD_WORDS.map((w) => [w.ja, w.en]))(
    "names the seed thread's 「%s」 (%s)",
    (ja, en) => {
      expect(prose).toContain(`「${ja}」`);
      expect(prose).toContain(en);
    },
  );

  it("writes 活性化マップ（アクティベーションマップ） at first use", () => {
    const first = prose.indexOf("活性化マップ");
    expect(prose.slice(first)).toMatch(/^活性化マップ（アクティベーションマップ/);
  });
});
