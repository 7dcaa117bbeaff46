import type { Root } from "hast";
import { describe, expect, it } from "vitest";
import rehypeNoBreak, { splitUnbreakable } from "../../src/markdown/rehypeNoBreak";

const nowrapped = (value: string) =>
  splitUnbreakable(value).flatMap((part) =>
    part.type === "element" && part.children[0]?.type === "text" ? [part.children[0].value] : [],
  );

describe("rehypeNoBreak", () => {
  it("keeps sizes and shapes on one line", () => {
    expect(nowrapped("入力は64×64の写真で、5 × 5の窓と[4, 64, 64]の出力")).toEqual([
      "64×64",
      "5 × 5",
      "[4, 64, 64]",
    ]);
    expect(nowrapped("a 3 × 24 × 24 block")).toEqual(["3 × 24 × 24"]);
  });

  it("leaves other text, plain numbers and prose lists alone", () => {
    expect(splitUnbreakable("フィルタ4のバイアスは−0.35、[K, C]と(1, 2)")).toEqual([
      { type: "text", value: "フィルタ4のバイアスは−0.35、[K, C]と(1, 2)" },
    ]);
  });

  it("wraps text in the tree but not inside code or math", () => {
    const tree: Root = {
      type: "root",
      children: [
        {
          type: "element",
          tagName: "p",
          properties: {},
          children: [
            { type: "text", value: "窓は3×3で、" },
            {
              type: "element",
              tagName: "code",
              properties: {},
              children: [{ type: "text", value: "3 × 3" }],
            },
          ],
        },
      ],
    };
    rehypeNoBreak()(tree);
    const p = tree.children[0];
    if (p.type !== "element") throw new Error("no paragraph");
    expect(p.children.map((c) => ("tagName" in c ? c.tagName : c.type))).toEqual([
      "text",
      "span",
      "text",
      "code",
    ]);
    const code = p.children[3];
    expect(code.type === "element" && code.children).toEqual([{ type: "text", value: "3 × 3" }]);
  });
});
