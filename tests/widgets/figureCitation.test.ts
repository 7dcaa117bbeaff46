import { describe, expect, it } from "vitest";
import { en, type UiStrings } from "../../src/i18n/en";
import { ja } from "../../src/i18n/ja";
import { figureCitationBibtex, figureCitationText } from "../../src/widgets/shared/figureCitation";

const words = (ui: UiStrings) => ({
  text: ui.citeText,
  bibTitle: ui.citeBibTitle,
  bibNote: ui.citeBibNote,
});

const input = {
  siteTitle: "Feature maps, explained",
  chapterTitle: "Zeiler & Fergus: feature maps",
  url: "http://127.0.0.1:4321/en/zeiler-fergus/#lens=karn&pe.b1=0,0,0,-0.5",
  accessed: new Date("2026-11-27T12:00:00Z"),
  figure: "term-lens",
  figureTitle: "Term lens",
};

describe("figure citations", () => {
  it("figureCitationText names the site, the chapter, the figure and the permalink with its state", () => {
    expect(figureCitationText(input, words(en))).toBe(
      "Feature maps, explained. “Zeiler & Fergus: feature maps”, figure “Term lens”. " +
        "http://127.0.0.1:4321/en/zeiler-fergus/#lens=karn&pe.b1=0,0,0,-0.5 (accessed 2026-11-27).",
    );
  });

  it("figureCitationBibtex escapes BibTeX specials outside the URL and keeps the URL intact", () => {
    const bib = figureCitationBibtex(input, words(en));
    expect(bib).toMatch(/^@misc\{fme-zeiler-fergus-feature-maps-term-lens,/);
    expect(bib).toContain("title = {{Zeiler \\& Fergus: feature maps}, figure “Term lens”}");
    expect(bib).toContain(`url = {${input.url}}`);
    expect(bib).toContain("year = {2026}");
    expect(bib).toContain("note = {Accessed 2026-11-27; the URL records the figure's state}");
    expect(bib.trim().endsWith("}")).toBe(true);
  });

  it("in Japanese the citation is worded and punctuated in Japanese, and the key stays readable", () => {
    const jaInput = {
      ...input,
      siteTitle: "特徴マップとは何か",
      chapterTitle: "畳み込みの仕組み",
      figureTitle: "用語レンズ",
    };
    expect(figureCitationText(jaInput, words(ja))).toBe(
      "『特徴マップとは何か』「畳み込みの仕組み」、図「用語レンズ」。" +
        "http://127.0.0.1:4321/en/zeiler-fergus/#lens=karn&pe.b1=0,0,0,-0.5（2026-11-27閲覧）",
    );
    const bib = figureCitationBibtex(jaInput, words(ja));
    expect(bib).toMatch(/^@misc\{fme-chapter-term-lens,/);
    expect(bib).toContain("title = {{畳み込みの仕組み}、図「用語レンズ」}");
    expect(bib).toContain("note = {2026-11-27閲覧。URLに図の状態を記録}");
  });
});
