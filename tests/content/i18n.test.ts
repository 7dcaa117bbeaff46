import { describe, expect, it } from "vitest";
import { en, widgetTitlesEn } from "../../src/i18n/en";
import { ja, widgetTitlesJa } from "../../src/i18n/ja";
import { pathInLang } from "../../src/i18n";

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

  it("every widget has a Japanese title and description", () => {
    expect(Object.keys(widgetTitlesJa).sort()).toEqual(Object.keys(widgetTitlesEn).sort());
  });
});

describe("pathInLang", () => {
  it("pathInLang swaps the language segment and keeps the rest, under any base", () => {
    expect(pathInLang("/en/pipeline/", "/", "ja")).toBe("/ja/pipeline/");
    expect(pathInLang("/fme/ja/embed/term-lens/", "/fme/", "en")).toBe("/fme/en/embed/term-lens/");
    expect(pathInLang("/fme/en/", "/fme/", "ja")).toBe("/fme/ja/");
  });
});
