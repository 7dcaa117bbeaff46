import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import { isStageId } from "../../src/core/stages";

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
