import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { figureNumbers } from "../../src/components/toolbar/figureNumbers";
import { FIGURES, figuresInMdx } from "../../src/widgets/registry";

const chapter = (lang: string, file: string) =>
  readFileSync(new URL(`../../content/chapters/${lang}/${file}`, import.meta.url), "utf8");
const files = readdirSync(new URL("../../content/chapters/en/", import.meta.url));
const fileOf = (slug: string) => files.find((f) => f.replace(/^\d+-|\.mdx$/g, "") === slug)!;
const order = (file: string) => Number(file.slice(0, 2));

describe("figure numbers", () => {
  it("figuresInMdx reads the widgets in reading order, a view from its attribute, the first view by default", () => {
    const body = `Text\n\n<PipelineExplorer />\n\n<Aside>x</Aside>\n<TrainedNetwork view="dead" />\n<TrainedNetwork />\n`;
    expect(figuresInMdx(body)).toEqual([
      { tag: "pipeline-explorer" },
      { tag: "trained-network", view: "dead" },
      { tag: "trained-network", view: "maps" },
    ]);
  });

  it("figuresInMdx reads a copy's key, which gives its figure its own id", () => {
    const body = `<ConvArithmetic />\n<ConvArithmetic key="b" />\n<TrainedNetwork key="c" />\n`;
    expect(figuresInMdx(body)).toEqual([
      { tag: "conv-arithmetic" },
      { tag: "conv-arithmetic", key: "b" },
      { tag: "trained-network", view: "maps", key: "c" },
    ]);
    expect([...figureNumbers(2, body).keys()]).toEqual([
      "conv-arithmetic",
      "conv-arithmetic-b",
      "trained-network-maps-c",
    ]);
  });

  it("numbers a chapter's figures <chapter>.<n> by id", () => {
    const numbers = figureNumbers(10, chapter("en", fileOf("trained-network")));
    expect([...numbers]).toEqual([
      ["trained-network-maps", "10.1"],
      ["trained-network-dead", "10.2"],
      ["trained-network-occlusion", "10.3"],
    ]);
  });

  it("every figure is in its home chapter, with the same number in both editions", () => {
    for (const figure of FIGURES) {
      const file = fileOf(figure.chapter);
      const [enNumber, jaNumber] = ["en", "ja"].map((lang) =>
        figureNumbers(order(file), chapter(lang, file)).get(figure.id),
      );
      expect(enNumber, figure.id).toMatch(/^\d+\.\d+$/);
      expect(jaNumber, figure.id).toBe(enNumber);
    }
  });
});
