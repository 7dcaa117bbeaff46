import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import { isStageId } from "../../src/core/stages";
import { HIRAGANA_READING, glossaryOrder } from "../../src/content/glossaryOrder";

const dir = path.resolve("content/glossary");
const entries = readdirSync(dir)
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => ({
    file: f,
    data: load(readFileSync(path.join(dir, f), "utf8")) as Record<string, unknown>,
  }));
const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe("glossary", () => {
  it("pairs every term with Japanese names, known stage ids and a definition in each edition", () => {
    expect(entries.length).toBeGreaterThanOrEqual(12);
    for (const { file, data } of entries) {
      expect(typeof data.term, file).toBe("string");
      expect(Array.isArray(data.ja) && data.ja.length > 0, file).toBe(true);
      for (const name of data.ja as string[]) expect(name, file).toMatch(japanese);
      for (const stage of data.stages as string[])
        expect(isStageId(stage), `${file}: ${stage}`).toBe(true);
      expect(data.definition_ja, file).toMatch(japanese);
      if (data.usage_ja !== undefined) expect(data.usage_ja, file).toMatch(japanese);
    }
  });

  it("covers the terms the book compares and gives each a distinct order", () => {
    const terms = entries.map((e) => e.data.term);
    for (const required of [
      "feature map",
      "activation map",
      "rectified feature map",
      "kernel / filter",
    ]) {
      expect(terms).toContain(required);
    }
    const orders = entries.map((e) => e.data.order);
    expect(new Set(orders).size).toBe(orders.length);
  });
});

describe("the glossary's order", () => {
  const toHiragana = (katakana: string) =>
    katakana.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

  it("gives every term a hiragana reading, the kana name's own where the name is all katakana", () => {
    for (const { file, data } of entries) {
      expect(data.ja_reading, file).toMatch(HIRAGANA_READING);
      const first = (data.ja as string[])[0];
      if (/^[\u30a1-\u30fc]+$/.test(first)) expect(data.ja_reading, file).toBe(toHiragana(first));
    }
  });

  const entry = (order: number, ja_reading: string) => ({ data: { order, ja_reading } });
  const readings = (list: { data: { ja_reading: string } }[]) => list.map((e) => e.data.ja_reading);

  it("puts the Japanese page in 五十音順: the long-vowel mark and voiced kana sort as a dictionary does", () => {
    const shuffled = [
      entry(1, "ぷーりんぐ"),
      entry(2, "かっせいかまっぷ"),
      entry(3, "ばいあす"),
      entry(4, "かーねる"),
      entry(5, "たたみこみとくちょう"),
      entry(6, "だいれーしょん"),
    ];
    expect(readings(glossaryOrder(shuffled, "ja"))).toEqual([
      "かーねる",
      "かっせいかまっぷ",
      "だいれーしょん",
      "たたみこみとくちょう",
      "ばいあす",
      "ぷーりんぐ",
    ]);
    expect(glossaryOrder(shuffled, "en").map((e) => e.data.order)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("lists the real glossary on /ja/ from か to ぷ and on /en/ by the book's order", () => {
    const all = entries.map(({ data }) => ({
      data: data as unknown as { order: number; ja_reading: string },
    }));
    const ja = readings(glossaryOrder(all, "ja"));
    expect(ja[0]).toBe("かーねる");
    expect(ja.at(-1)).toBe("ぷーりんぐ");
    expect(glossaryOrder(all, "en")[0].data.order).toBe(1);
  });
});
