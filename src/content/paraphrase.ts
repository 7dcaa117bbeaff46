import type { Source } from "./sourceSchema";

/**
 * What stands in for a quote not yet checked against the original: the note (our own words) of
 * the term that cites it, else the source's summary. Never the unverified text itself. In the
 * Japanese edition the Japanese note or summary is used where there is one.
 */
export function paraphraseOf(source: Source, quoteId: string, lang: "en" | "ja" = "en"): string {
  const term = source.terms.find((t) => t.quote === quoteId && t.note);
  if (lang === "ja") return term?.note_ja ?? source.summary_ja ?? term?.note ?? source.summary;
  return term?.note ?? source.summary;
}

/** The source's one-line summary in the edition's language, English when untranslated. */
export function summaryOf(source: Source, lang: "en" | "ja" = "en"): string {
  return lang === "ja" ? (source.summary_ja ?? source.summary) : source.summary;
}

/** The source's label for buttons, table rows and citations, in the edition's language. */
export function sourceShort(source: Pick<Source, "short" | "short_ja">, lang: "en" | "ja"): string {
  return lang === "ja" ? source.short_ja : source.short;
}
