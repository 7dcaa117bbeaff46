import { describe, expect, it } from "vitest";
import { chapterRoute, neighbours } from "../../src/content/chapters";

describe("chapterRoute", () => {
  it("chapterRoute drops the order prefix and keeps the language", () => {
    expect(chapterRoute("en/01-pipeline")).toEqual({ lang: "en", slug: "pipeline" });
    expect(chapterRoute("ja/12-in-code")).toEqual({ lang: "ja", slug: "in-code" });
  });

  it("chapterRoute refuses a chapter outside a language folder", () => {
    expect(() => chapterRoute("pipeline")).toThrow(/content\/chapters\/<lang>/);
  });
});

describe("neighbours", () => {
  const list = ["a", "b", "c"].map((slug) => ({ slug, title: slug.toUpperCase() }));
  it("neighbours gives the chapters before and after, and none past the ends", () => {
    expect(neighbours(list, "b")).toEqual({ previous: list[0], next: list[2] });
    expect(neighbours(list, "a")).toEqual({ previous: undefined, next: list[1] });
    expect(neighbours(list, "c")).toEqual({ previous: list[1], next: undefined });
    expect(neighbours(list, "zzz")).toEqual({});
  });
});
