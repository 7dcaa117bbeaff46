/** The Japanese fields of content/sources/*.yaml: summary_ja, note_ja and our translations (ja). */
import { describe, expect, it } from "vitest";
import { sourceSchema, type Source } from "../../src/content/sourceSchema";
import { paraphraseOf, sourceLanguage, summaryOf } from "../../src/content/paraphrase";
import { readSourceFiles } from "./loadSources";

const sources = readSourceFiles().map(({ id, raw }) => ({ id, data: sourceSchema.parse(raw) }));

/** Hiragana, katakana or CJK ideographs. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
/** Japanese brackets 「」 and punctuation 、。 (a locator may be a section title in 「」). */
const JAPANESE_PUNCTUATION = /[\u3000-\u303f]/;
/** Japanese, or full-width punctuation such as （）. */
const JAPANESE_OR_FULL_WIDTH = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]/;
/** ASCII letters directly followed by a space and Japanese, or the reverse: the brief wants no space. */
const SPACED = /[\u3040-\u30ff\u3400-\u9fff] [A-Za-z0-9]|[A-Za-z0-9] [\u3040-\u30ff\u3400-\u9fff]/;

function japaneseFields(data: Source): { where: string; text: string }[] {
  return [
    ...(data.summary_ja ? [{ where: "summary_ja", text: data.summary_ja }] : []),
    ...data.terms.flatMap((t, i) =>
      t.note_ja ? [{ where: `terms[${i}].note_ja`, text: t.note_ja }] : [],
    ),
    ...data.quotes.flatMap((q) => (q.ja ? [{ where: `quotes.${q.id}.ja`, text: q.ja }] : [])),
  ];
}

describe("Japanese fields of the sources", () => {
  it.each(readSourceFiles())("$id has a short_ja", ({ raw }) => {
    expect((raw as { short_ja?: unknown }).short_ja).toEqual(expect.any(String));
  });

  it.each(sources)(
    "$id: short_ja is Japanese, or the same name in Latin script (authors)",
    ({ data }) => {
      if (data.short_ja !== data.short) expect(data.short_ja).toMatch(JAPANESE_OR_FULL_WIDTH);
      expect(data.short_ja).not.toMatch(SPACED);
      expect(data.short_ja).not.toMatch(/et al\.|\band\b/);
    },
  );

  it("short_ja names are distinct", () => {
    const names = sources.map(({ data }) => data.short_ja);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(sources)("$id has a summary_ja", ({ data }) => {
    expect(data.summary_ja).toBeTruthy();
  });

  it.each(sources)(
    "$id has a note_ja for every term with a note, and only for those",
    ({ data }) => {
      for (const term of data.terms) {
        expect(Boolean(term.note_ja), term.term).toBe(Boolean(term.note));
      }
    },
  );

  const foreign = sources.filter(({ data }) => sourceLanguage(data) !== "ja");
  const japanese = sources.filter(({ data }) => sourceLanguage(data) === "ja");

  it("at least two sources are written in Japanese", () => {
    expect(japanese.length).toBeGreaterThanOrEqual(2);
  });

  it.each(foreign)("$id translates every verified quote and no unverified one", ({ data }) => {
    for (const quote of data.quotes) {
      expect(Boolean(quote.ja), quote.id).toBe(quote.verified);
    }
  });

  it.each(foreign)("$id gives every quote a Japanese locator", ({ data }) => {
    for (const quote of data.quotes) {
      expect(quote.locator_ja, quote.id).toMatch(
        new RegExp(`${JAPANESE_OR_FULL_WIDTH.source}|${JAPANESE_PUNCTUATION.source}`),
      );
      expect(quote.locator_ja, quote.id).not.toMatch(SPACED);
    }
  });

  it.each(foreign)("$id gives its venue and section in Japanese", ({ data }) => {
    const { venue, venue_ja, section, section_ja } = data.citation;
    expect(Boolean(venue_ja), "venue_ja").toBe(Boolean(venue));
    expect(Boolean(section_ja), "section_ja").toBe(Boolean(section));
    for (const text of [venue_ja, section_ja]) if (text) expect(text).not.toMatch(SPACED);
  });

  it.each(japanese)("$id writes its quotes, terms and locators in Japanese", ({ data }) => {
    for (const quote of data.quotes) {
      expect(quote.locator, quote.id).toMatch(JAPANESE);
      if (quote.verified && !/^out = /.test(quote.text)) expect(quote.text).toMatch(JAPANESE);
    }
    for (const term of data.terms) expect(term.term).toMatch(JAPANESE);
  });

  it.each(sources)("$id writes its Japanese fields in Japanese", ({ data }) => {
    for (const { where, text } of japaneseFields(data)) {
      expect(text, where).toMatch(JAPANESE);
      expect(text, where).not.toMatch(SPACED);
      expect(text.trim(), where).toBe(text);
    }
  });

  it("no Japanese field repeats the English text of an unverified quote", () => {
    for (const { id, data } of sources) {
      const unverified = data.quotes.filter((q) => !q.verified).map((q) => q.text);
      for (const { where, text } of japaneseFields(data)) {
        for (const quote of unverified) expect(text, `${id} ${where}`).not.toContain(quote);
      }
    }
  });
});

describe("paraphraseOf and summaryOf in Japanese", () => {
  it("an unverified quote is paraphrased by its term's Japanese note", () => {
    const one = sources.find((s) => s.id === "cv-291820-answer-one")!.data;
    const term = one.terms.find((t) => t.quote === "definition")!;
    expect(paraphraseOf(one, "definition", "ja")).toBe(term.note_ja);
    expect(paraphraseOf(one, "definition")).toBe(term.note);
  });

  it("the Japanese paraphrase is never the unverified English text", () => {
    for (const { data } of sources) {
      for (const quote of data.quotes.filter((q) => !q.verified)) {
        const text = paraphraseOf(data, quote.id, "ja");
        expect(text).not.toBe(quote.text);
        expect(text).toMatch(JAPANESE);
      }
    }
  });

  it("summaryOf picks the edition's summary", () => {
    for (const { data } of sources) {
      expect(summaryOf(data)).toBe(data.summary);
      expect(summaryOf(data, "ja")).toBe(data.summary_ja);
    }
  });
});
