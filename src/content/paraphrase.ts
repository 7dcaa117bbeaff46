import type { Source } from "./sourceSchema";

/**
 * What stands in for a quote not yet checked against the original: the note (our own words) of
 * the term that cites it, else the source's summary. Never the unverified text itself.
 */
export function paraphraseOf(source: Source, quoteId: string): string {
  return source.terms.find((t) => t.quote === quoteId && t.note)?.note ?? source.summary;
}
