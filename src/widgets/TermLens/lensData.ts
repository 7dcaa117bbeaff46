import type { StageId } from "../../core/stages";
import {
  citationParts,
  lensStages,
  type CitationPart,
  type SourceEntry,
} from "../../content/sources";
import {
  locatorOf,
  paraphraseOf,
  sourceLanguage,
  sourceShort,
  summaryOf,
} from "../../content/paraphrase";

/** A quote as the lens shows it: verbatim when checked, otherwise our paraphrase. */
export interface LensQuote {
  verified: boolean;
  /** The verbatim text (verified) or our own words (unverified). */
  text: string;
  /** Our translation of a verified English quote, in the Japanese edition; the text stays in English. */
  translation?: string;
  /** Where in the source, in the edition's language. */
  locator: string;
}

export interface LensUsage {
  term: string;
  stages: StageId[];
  note?: string;
  quote?: LensQuote;
}

export interface LensSource {
  id: string;
  short: string;
  /** The language of the source's own words: its terms, quotes, names and title. */
  language: "en" | "ja";
  summary: string;
  /** The reference in the edition's language, as pieces marked by origin (see citationParts). */
  citation: (string | CitationPart)[];
  url: string;
  stages: StageId[];
  /** The source's own words for each stage it names, each once, for a badge. */
  labels: Partial<Record<StageId, string[]>>;
  usages: LensUsage[];
}

/**
 * Everything the term lens shows for each source, derived from the sources collection.
 * An unverified quote is never shown as a quote: its place is taken by the term's note (or the
 * source's summary), which are our own words. In the Japanese edition the summary and notes are
 * the Japanese ones where they exist, and a verified quote keeps its English text and carries
 * our Japanese translation beside it.
 */
export function lensData(entries: readonly SourceEntry[], lang: "en" | "ja" = "en"): LensSource[] {
  return [...entries]
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map(({ id, data }) => {
      const labels: Partial<Record<StageId, string[]>> = {};
      for (const stage of lensStages(data)) {
        const words = data.terms.filter((t) => t.stages.includes(stage)).map((t) => t.term);
        labels[stage] = [...new Set(words)];
      }
      const usages = data.terms.map((t): LensUsage => {
        const quote = data.quotes.find((q) => q.id === t.quote);
        const translation = lang === "ja" && quote?.verified ? quote.ja : undefined;
        return {
          term: t.term,
          stages: [...t.stages],
          note: lang === "ja" ? (t.note_ja ?? t.note) : t.note,
          quote: quote && {
            verified: quote.verified,
            text: quote.verified ? quote.text : paraphraseOf(data, quote.id, lang, t),
            ...(translation ? { translation } : {}),
            locator: locatorOf(quote, lang),
          },
        };
      });
      return {
        id,
        short: sourceShort(data, lang),
        language: sourceLanguage(data),
        summary: summaryOf(data, lang),
        citation: citationParts(data, lang),
        url: data.citation.url,
        stages: lensStages(data),
        labels,
        usages,
      };
    });
}
