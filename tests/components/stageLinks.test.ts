import { describe, expect, it } from "vitest";
import { STAGE_IDS } from "../../src/core/stages";
import { stageAnchor, stageEntry, stageSymbol } from "../../src/i18n/stages";
import { nearestIndex, tipShift, verticalGap } from "../../src/components/term/nearestFigure";
import { chapterSections, MIN_SECTIONS } from "../../src/components/chapterSections";

describe("stage entries", () => {
  it("define every stage in both editions, the Japanese one in Japanese", () => {
    for (const stage of STAGE_IDS) {
      const en = stageEntry("en", stage);
      const ja = stageEntry("ja", stage);
      expect(en.definition.length, stage).toBeGreaterThan(20);
      expect(ja.definition, stage).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(en.name, stage).toContain(stageSymbol(stage));
      expect(ja.name, stage).toBe(en.name);
    }
  });

  it("give each stage its own anchor, and write phi as φ", () => {
    expect(new Set(STAGE_IDS.map(stageAnchor)).size).toBe(STAGE_IDS.length);
    expect(stageAnchor("z1")).toBe("stage-z1");
    expect(stageSymbol("phi")).toBe("φ");
    expect(stageSymbol("s1")).toBe("s1");
  });
});

describe("the nearest figure", () => {
  const box = (top: number, bottom: number) => ({ top, bottom });

  it("measures the vertical gap, zero when the boxes overlap", () => {
    expect(verticalGap(box(100, 120), box(300, 500))).toBe(180);
    expect(verticalGap(box(600, 620), box(300, 500))).toBe(100);
    expect(verticalGap(box(350, 370), box(300, 500))).toBe(0);
  });

  it("picks the figure nearest above or below, the earlier on a tie", () => {
    const link = box(1000, 1020);
    expect(nearestIndex(link, [box(0, 400), box(1100, 1500), box(3000, 3400)])).toBe(1);
    expect(nearestIndex(link, [box(0, 930), box(1100, 1500)])).toBe(0);
    expect(nearestIndex(link, [box(0, 920), box(1100, 1500)])).toBe(0);
  });

  it("ignores figures of no height and answers -1 when there is none", () => {
    expect(nearestIndex(box(0, 10), [box(0, 0), box(500, 600)])).toBe(1);
    expect(nearestIndex(box(0, 10), [])).toBe(-1);
  });
});

describe("the definition's place", () => {
  it("stays where it is when it fits", () => {
    expect(tipShift(100, 400, 1280)).toBe(0);
  });

  it("moves left just enough to end inside the viewport, never past its left edge", () => {
    expect(tipShift(200, 400, 360)).toBe(-48);
    expect(tipShift(20, 400, 360)).toBe(-12);
  });
});

describe("a chapter's contents", () => {
  const h = (depth: number, text: string) => ({ depth, slug: text.toLowerCase(), text });

  it("lists the h2 sections only", () => {
    const headings = [h(2, "One"), h(3, "Detail"), h(2, "Two"), h(2, "Three")];
    expect(chapterSections(headings).map((s) => s.text)).toEqual(["One", "Two", "Three"]);
  });

  it("is empty for a chapter of few sections", () => {
    const few = Array.from({ length: MIN_SECTIONS - 1 }, (_, i) => h(2, `S${i}`));
    expect(chapterSections(few)).toEqual([]);
  });
});
