import { describe, expect, it } from "vitest";
import { en, type UiStrings } from "../../src/i18n/en";
import { ja } from "../../src/i18n/ja";
import { figureCitationBibtex, figureCitationText } from "../../src/widgets/shared/figureCitation";

const words = (ui: UiStrings, dateLocale = "") => ({
  text: ui.citeText,
  bibPublished: ui.citeBibPublished,
  bibNote: ui.citeBibNote,
  dateLocale,
});

const input = {
  authors: en.siteAuthors,
  siteTitle: "Feature maps, explained",
  chapterTitle: "Zeiler & Fergus: feature maps",
  number: "5.2",
  url: "https://example.org/en/zeiler-fergus/#fig=term-lens&lens=karn&pe.b1=0,0,0,-0.5",
  accessed: new Date("2026-11-27T12:00:00Z"),
  key: "zeiler-fergus-term-lens",
  figureTitle: "Term lens",
};

describe("figure citations", () => {
  it("figureCitationText names the authors, the figure, its number, the chapter, the date and the permalink", () => {
    expect(figureCitationText(input, words(en))).toBe(
      "The feature-maps-explained authors. “Term lens”, figure 5.2 in “Zeiler & Fergus: feature maps”. " +
        "Feature maps, explained, 2026. " +
        "https://example.org/en/zeiler-fergus/#fig=term-lens&lens=karn&pe.b1=0,0,0,-0.5 (accessed 2026-11-27).",
    );
  });

  it("figureCitationBibtex keys the entry by chapter and figure id, escapes specials and keeps the URL intact", () => {
    const bib = figureCitationBibtex(input, words(en));
    expect(bib).toMatch(/^@misc\{fme-zeiler-fergus-term-lens,/);
    expect(bib).toContain("author = {{The feature-maps-explained authors}}");
    expect(bib).toContain("title = {{Term lens}}");
    expect(bib).toContain(
      "howpublished = {Figure 5.2 in “Zeiler \\& Fergus: feature maps”, Feature maps, explained}",
    );
    expect(bib).toContain(`url = {${input.url}}`);
    expect(bib).toContain("year = {2026}");
    expect(bib).toContain("urldate = {2026-11-27}");
    expect(bib).toContain("note = {Accessed 2026-11-27; the URL records the figure's state}");
    expect(bib.trim().endsWith("}")).toBe(true);
  });

  it("two figures of one chapter get two keys", () => {
    const maps = figureCitationBibtex(
      { ...input, key: "trained-network-trained-network-maps" },
      words(en),
    );
    const dead = figureCitationBibtex(
      { ...input, key: "trained-network-trained-network-dead" },
      words(en),
    );
    expect(maps.split("\n")[0]).not.toBe(dead.split("\n")[0]);
  });

  it("in Japanese the citation takes the Japanese form: 『site』「chapter」, 図 number, date in 年月日", () => {
    const jaInput = {
      ...input,
      authors: ja.siteAuthors,
      siteTitle: "特徴マップとは何か",
      chapterTitle: "畳み込みの仕組み",
      number: "2.1",
      figureTitle: "用語レンズ",
    };
    expect(figureCitationText(jaInput, words(ja, "ja-JP"))).toBe(
      "feature-maps-explained執筆者一同「用語レンズ」（図2.1）、『特徴マップとは何か』「畳み込みの仕組み」、2026年。" +
        "https://example.org/en/zeiler-fergus/#fig=term-lens&lens=karn&pe.b1=0,0,0,-0.5（2026年11月27日閲覧）",
    );
    const bib = figureCitationBibtex(jaInput, words(ja, "ja-JP"));
    expect(bib).toContain("author = {{feature-maps-explained執筆者一同}}");
    expect(bib).toContain("howpublished = {『特徴マップとは何か』「畳み込みの仕組み」図2.1}");
    expect(bib).toContain("note = {2026年11月27日閲覧。URLに図の状態を記録}");
    expect(bib).toContain("urldate = {2026-11-27}");
  });
});
