import type { Quote, Source, Term } from "./sourceSchema";

/**
 * What stands in for a quote not yet checked against the original: our own words, never the
 * unverified text itself. Given the term the quote is shown for (a row of the lens), that term's
 * own note, so a row never borrows the note of another term citing the same quote; without one,
 * the note of the first term that cites the quote; else the source's summary. In the Japanese
 * edition the Japanese note or summary is used where there is one.
 */
export function paraphraseOf(
  source: Source,
  quoteId: string,
  lang: "en" | "ja" = "en",
  term?: Term,
): string {
  const noted = term
    ? term.note
      ? term
      : undefined
    : source.terms.find((t) => t.quote === quoteId && t.note);
  if (lang === "ja") return noted?.note_ja ?? source.summary_ja ?? noted?.note ?? source.summary;
  return noted?.note ?? source.summary;
}

/** The source's one-line summary in the edition's language, English when untranslated. */
export function summaryOf(source: Source, lang: "en" | "ja" = "en"): string {
  return lang === "ja" ? (source.summary_ja ?? source.summary) : source.summary;
}

/** The source's label for buttons, table rows and citations, in the edition's language. */
export function sourceShort(source: Pick<Source, "short" | "short_ja">, lang: "en" | "ja"): string {
  return lang === "ja" ? source.short_ja : source.short;
}

/** The language the source itself is written in: its quotes, terms, names and title. */
export function sourceLanguage(source: Pick<Source, "language">): "en" | "ja" {
  return source.language ?? "en";
}

/**
 * Where a quote comes from, in the edition's language: the Japanese locator of a foreign source
 * in the Japanese edition where there is one, else the locator as written.
 */
export function locatorOf(quote: Pick<Quote, "locator" | "locator_ja">, lang: "en" | "ja"): string {
  return lang === "ja" ? (quote.locator_ja ?? quote.locator) : quote.locator;
}

/**
 * A locator as it follows its quote: after a space in ASCII brackets in English; in full-width
 * brackets set solid in Japanese, with no space before them.
 */
export function locatorAfterQuote(locator: string, lang: "en" | "ja"): string {
  return lang === "ja" ? `（${locator}）` : ` (${locator})`;
}

/** The publication year as the edition writes it: an undated work is "n.d." or 刊行年不明. */
export function yearOf(source: Pick<Source, "citation">, lang: "en" | "ja"): string {
  const { year } = source.citation;
  if (year === "n.d.") return lang === "ja" ? "刊行年不明" : "n.d.";
  return String(year);
}

/**
 * The language a name is read in by its script: Japanese for kana or kanji, else English (Latin).
 * The middle dot 「・」 that joins names in the Japanese edition is punctuation, not a kana.
 */
export function scriptLanguage(text: string): "en" | "ja" {
  return /[\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u9fff]/.test(text) ? "ja" : "en";
}
