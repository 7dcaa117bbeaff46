/**
 * Issue 14's corrections, asserted against the sources data that the lens, the comparison table
 * and the checked exercise are built from, so that a later edit cannot quietly bring them back.
 */
import { describe, expect, it } from "vitest";
import { quoteSchema, sourceSchema, type Source } from "../../src/content/sourceSchema";
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

describe("the Cross Validated thread", () => {
  const THREAD = "https://stats.stackexchange.com/questions/291820/";
  const answers = [...sources].filter(
    ([id, s]) => id !== "cv-291820-question" && s.citation.url.startsWith(THREAD),
  );

  it("has three answers as sources, in the order a translation of the thread shows", () => {
    expect(answers.map(([id]) => id).sort()).toEqual([
      "cv-291820-answer-karn-quote",
      "cv-291820-answer-one",
      "cv-291820-answer-two",
    ]);
    const order = (id: string) => source(id).order;
    expect(order("cv-291820-answer-one")).toBeLessThan(order("cv-291820-answer-karn-quote"));
    expect(order("cv-291820-answer-karn-quote")).toBeLessThan(order("cv-291820-answer-two"));
  });

  it("places the answer quoting Karn on his linear output, as his definition does", () => {
    const [quoted] = source("cv-291820-answer-karn-quote").terms;
    expect(quoted.stages).toEqual(["s1", "z1"]);
    expect(term("karn", "Convolved Feature").stages).toEqual(quoted.stages);
  });

  it("makes no claim about an accepted answer, which no checked copy shows", () => {
    for (const [id, s] of answers) {
      expect(JSON.stringify(s), id).not.toMatch(/reported to be|best-known|the accepted/i);
    }
  });
});

describe("Goodfellow et al.", () => {
  it("keep §9.1's feature map bias-free but give a layer's linear activations the bias (z1)", () => {
    expect(term("goodfellow", "feature map").stages).toEqual(["s1"]);
    expect(term("goodfellow", "linear activations").stages).toEqual(["z1"]);
    expect(term("goodfellow", "linear activations").note).toMatch(/§9\.5/);
  });
});

describe("Dive into Deep Learning", () => {
  it("leaves open whether its feature map includes the bias: its example has none", () => {
    expect(term("d2l", "feature map").stages).toEqual(["s1", "z1"]);
    const quote = source("d2l").quotes.find((q) => q.id === "feature-map")!;
    expect(quote.provenance).toMatch(/fig_correlation/);
  });
});

describe("where verified quotes were checked", () => {
  it("records a place and a date only on quotes marked verified", () => {
    const quote = { id: "q", text: "t", locator: "l", provenance: "p" };
    const checked = { at: "owner/repo path", on: "2026-12-02" };
    const parse = (verified: boolean) => quoteSchema.safeParse({ ...quote, verified, checked });
    expect(parse(true).success).toBe(true);
    expect(parse(false).success).toBe(false);
  });

  it("records the checks made for issue 14", () => {
    const on = (id: string, quoteId: string) =>
      source(id).quotes.find((q) => q.id === quoteId)?.checked?.on;
    expect(on("d2l", "feature-map")).toBe("2026-12-02");
    expect(on("torchvision-feature-extraction", "tap-in")).toBe("2026-12-02");
    expect(on("torchvision-resnet", "relu")).toBe("2026-12-02");
  });
});
