import { describe, expect, it } from "vitest";
import { sourceEntries as entries } from "./lensSources";
import { lensData } from "../../src/widgets/TermLens/lensData";

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

  it("lensData shows each row's own note in place of an unverified quote, never another row's", () => {
    for (const lang of ["en", "ja"] as const) {
      for (const source of lensData(entries, lang)) {
        const data = entries.find((e) => e.id === source.id)!.data;
        source.usages.forEach((usage, i) => {
          const term = data.terms[i];
          if (!usage.quote || usage.quote.verified) return;
          const own = lang === "ja" ? (term.note_ja ?? data.summary_ja) : term.note;
          expect(usage.quote.text).toBe(own ?? (lang === "ja" ? data.summary_ja : data.summary));
        });
      }
    }
    const zeiler = lens.find((s) => s.id === "zeiler-fergus")!;
    const rectified = zeiler.usages.find((u) => u.term === "Rectified Feature Maps")!;
    expect(rectified.quote?.text).not.toMatch(/before the ReLU/);
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

describe("lensData in Japanese", () => {
  const en = lensData(entries);
  const ja = lensData(entries, "ja");
  const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

  it("names each source by short_ja in Japanese and by short in English", () => {
    for (const [i, source] of ja.entries()) {
      const data = entries.find((e) => e.id === source.id)!.data;
      expect(source.short).toBe(data.short_ja);
      expect(en[i].short).toBe(data.short);
    }
  });

  it("defaults to English, with no translations", () => {
    for (const source of en) {
      const data = entries.find((e) => e.id === source.id)!.data;
      expect(source.summary).toBe(data.summary);
      for (const usage of source.usages) expect(usage.quote?.translation).toBeUndefined();
    }
  });

  it("uses the Japanese summary and notes", () => {
    for (const source of ja) {
      const data = entries.find((e) => e.id === source.id)!.data;
      expect(source.summary).toBe(data.summary_ja);
      expect(source.summary).toMatch(JAPANESE);
      source.usages.forEach((usage, i) => {
        expect(usage.note).toBe(data.terms[i].note_ja);
        if (data.terms[i].note) expect(usage.note).toMatch(JAPANESE);
      });
    }
  });

  it("keeps the stages, labels and order of the English lens", () => {
    expect(ja.map((s) => [s.id, s.stages, s.labels])).toEqual(
      en.map((s) => [s.id, s.stages, s.labels]),
    );
  });

  it("keeps a verified quote in English and adds our translation, with a Japanese locator", () => {
    const nielsen = ja.find((s) => s.id === "nielsen")!;
    const footnote = nielsen.usages.find((u) => u.quote?.locator.includes("脚注"))!.quote!;
    expect(footnote.verified).toBe(true);
    expect(footnote.text).toMatch(/^The nomenclature is being used loosely here\./);
    expect(footnote.translation).toMatch(JAPANESE);
    expect(footnote.locator).toBe("第6章、「Pooling layers」、「each feature map」への脚注");
    for (const source of ja.filter((s) => s.language === "en")) {
      for (const usage of source.usages.filter((u) => u.quote?.verified)) {
        expect(usage.quote!.translation, `${source.id} ${usage.term}`).toMatch(JAPANESE);
      }
    }
  });

  it("never passes on the text of an unverified quote, in either language", () => {
    for (const { id, data } of entries) {
      const quotes = lensData([{ id, data }], "ja")[0].usages.flatMap((u) =>
        u.quote ? [u.quote] : [],
      );
      const shown = quotes.flatMap((q) => [q.text, q.translation]);
      for (const quote of data.quotes.filter((q) => !q.verified)) {
        expect(shown).not.toContain(quote.text);
        for (const text of shown) if (text) expect(text).not.toContain(quote.text);
      }
      for (const quote of quotes.filter((q) => !q.verified)) {
        expect(quote.translation).toBeUndefined();
        expect(quote.text).toMatch(JAPANESE);
      }
    }
  });
});
