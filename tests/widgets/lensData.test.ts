import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import { sourceSchema } from "../../src/content/sourceSchema";
import { lensData } from "../../src/widgets/TermLens/lensData";

const dir = path.resolve("content/sources");
const entries = readdirSync(dir)
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => ({
    id: f.replace(/\.yaml$/, ""),
    data: sourceSchema.parse(load(readFileSync(path.join(dir, f), "utf8"))),
  }));

describe("lensData", () => {
  const lens = lensData(entries);

  it("lensData labels every highlighted stage with the source's own words", () => {
    const zeiler = lens.find((s) => s.id === "zeiler-fergus")!;
    expect(zeiler.labels.z1).toContain("Feature Maps");
    expect(zeiler.labels.a1).toContain("Rectified Feature Maps");
    for (const source of lens) {
      expect(Object.keys(source.labels).sort()).toEqual([...source.stages].sort());
    }
  });

  it("lensData never passes on the text of an unverified quote", () => {
    for (const { id, data } of entries) {
      const shown = lensData([{ id, data }])[0].usages.map((u) => u.quote?.text);
      for (const quote of data.quotes.filter((q) => !q.verified)) {
        expect(shown).not.toContain(quote.text);
      }
    }
  });

  it("lensData passes verified quotes on verbatim", () => {
    const nielsen = lens.find((s) => s.id === "nielsen")!;
    const footnote = nielsen.usages.find((u) => u.quote?.locator.includes("footnote"));
    expect(footnote?.quote?.verified).toBe(true);
    expect(footnote?.quote?.text).toMatch(/^The nomenclature is being used loosely here\./);
  });

  it("lensData orders sources by their order field", () => {
    const orders = lens.map((s) => entries.find((e) => e.id === s.id)!.data.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });
});
