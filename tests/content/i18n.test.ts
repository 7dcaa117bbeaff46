import { describe, expect, it } from "vitest";
import { en, viewTitlesEn, widgetTitlesEn } from "../../src/i18n/en";
import { ja, viewTitlesJa, widgetTitlesJa } from "../../src/i18n/ja";
import { FIGURES } from "../../src/widgets/registry";
import { pathInLang } from "../../src/i18n";
import pkg from "../../package.json";

describe("UI strings", () => {
  it("the Japanese edition has every UI string of the English one, none empty, none left in English", () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(ja)) {
      expect(value.trim(), key).not.toBe("");
      // Shared on purpose: the language switch names the *other* edition in its own language.
      if (key !== "english" && key !== "otherLanguage") {
        // Kana, kanji, or Japanese and full-width punctuation (the colon "：").
        expect(value, `ja.${key} is a Japanese string`).toMatch(
          /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/,
        );
      }
    }
  });

  it("placeholders survive translation", () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(ja[key]), key).toEqual(names(en[key]));
    }
  });

  it("names the book's authors once per edition: package.json's author in English, 執筆者一同 in Japanese", () => {
    expect(en.siteAuthors).toBe(pkg.author);
    expect(ja.siteAuthors).toBe("feature-maps-explained執筆者一同");
    expect(ja.creditsAuthors.replace("{authors}", ja.siteAuthors)).toBe(
      "著者：feature-maps-explained執筆者一同",
    );
  });

  it("every widget has a Japanese title and description", () => {
    expect(Object.keys(widgetTitlesJa).sort()).toEqual(Object.keys(widgetTitlesEn).sort());
  });

  it("every view shown as a figure of its own has its own title in both editions", () => {
    const views = FIGURES.filter((f) => f.view).map((f) => f.id);
    expect(Object.keys(viewTitlesEn).sort()).toEqual([...views].sort());
    expect(Object.keys(viewTitlesJa).sort()).toEqual([...views].sort());
  });
});

describe("pathInLang", () => {
  it("pathInLang swaps the language segment and keeps the rest, under any base", () => {
    expect(pathInLang("/en/pipeline/", "/", "ja")).toBe("/ja/pipeline/");
    expect(pathInLang("/fme/ja/embed/term-lens/", "/fme/", "en")).toBe("/fme/en/embed/term-lens/");
    expect(pathInLang("/fme/en/", "/fme/", "ja")).toBe("/fme/ja/");
  });
});
