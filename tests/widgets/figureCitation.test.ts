import { describe, expect, it } from "vitest";
import { figureCitationBibtex, figureCitationText } from "../../src/widgets/shared/figureCitation";

const input = {
  siteTitle: "Feature maps, explained",
  chapterTitle: "Zeiler & Fergus: feature maps",
  url: "http://127.0.0.1:4321/en/zeiler-fergus/#lens=karn&pe.b1=0,0,0,-0.5",
  accessed: new Date("2026-11-27T12:00:00Z"),
  figure: "term-lens",
};

describe("figure citations", () => {
  it("figureCitationText names the site, the chapter, the figure and the permalink with its state", () => {
    expect(figureCitationText(input)).toBe(
      "Feature maps, explained. “Zeiler & Fergus: feature maps”, figure term-lens. " +
        "http://127.0.0.1:4321/en/zeiler-fergus/#lens=karn&pe.b1=0,0,0,-0.5 (accessed 2026-11-27).",
    );
  });

  it("figureCitationBibtex escapes BibTeX specials outside the URL and keeps the URL intact", () => {
    const bib = figureCitationBibtex(input);
    expect(bib).toMatch(/^@misc\{fme-zeiler-fergus-feature-maps-term-lens,/);
    expect(bib).toContain("title = {{Zeiler \\& Fergus: feature maps}, figure term-lens}");
    expect(bib).toContain(`url = {${input.url}}`);
    expect(bib).toContain("year = {2026}");
    expect(bib.trim().endsWith("}")).toBe(true);
  });
});
