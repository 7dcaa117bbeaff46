/**
 * Issue 14's corrections, asserted against the sources data that the lens, the comparison table
 * and the checked exercise are built from, so that a later edit cannot quietly bring them back.
 */
import { describe, expect, it } from "vitest";
import { sourceSchema, type Source } from "../../src/content/sourceSchema";
import { readSourceFiles } from "./loadSources";

const sources = new Map(
  readSourceFiles().map(({ id, raw }) => [id, sourceSchema.parse(raw)] as const),
);
const source = (id: string): Source => sources.get(id)!;
const term = (id: string, word: string) => source(id).terms.find((t) => t.term === word)!;

describe("Karn's bare feature map", () => {
  it("covers the rectified map a1 as well as the linear output", () => {
    expect(term("karn", "Feature Map").stages).toEqual(expect.arrayContaining(["z1", "a1"]));
  });

  it("is the word his pooling step uses for the rectified maps", () => {
    expect(term("karn", "feature map")).toMatchObject({ stages: ["a1"], quote: "pooling" });
  });
});
