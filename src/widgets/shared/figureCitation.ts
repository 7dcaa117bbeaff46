import { fillLabel } from "../parseNumber";

export interface FigureCitationInput {
  /** The book's authors in the page's language (siteAuthors in src/i18n). */
  authors: string;
  siteTitle: string;
  chapterTitle: string;
  /** The figure's number in its chapter: "10.2" is the second figure of chapter 10. */
  number: string;
  /** The permalink: the chapter's URL, with the figure's id and its state in the hash. */
  url: string;
  /** The date the reader cites it, for "accessed". */
  accessed: Date;
  /** A stable, unique part of the BibTeX key: the chapter's slug and the figure's id. */
  key: string;
  /** The figure's title in the page's language, e.g. "Pipeline explorer". */
  figureTitle: string;
}

/** The wording of a citation in one language; placeholders as in src/i18n (citeText…). */
export interface CitationWords {
  text: string;
  bibPublished: string;
  bibNote: string;
  /** Empty for an ISO date (2026-11-27), or the locale of a long date ("ja-JP": 2026年11月27日). */
  dateLocale: string;
}

const dateIn = (date: Date, locale: string) =>
  locale
    ? new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date)
    : date.toISOString().slice(0, 10);

const fields = (c: FigureCitationInput, words: CitationWords) => ({
  authors: c.authors,
  site: c.siteTitle,
  chapter: c.chapterTitle,
  number: c.number,
  figure: c.figureTitle,
  url: c.url,
  year: c.accessed.getUTCFullYear(),
  date: dateIn(c.accessed, words.dateLocale),
});

/** "Authors. “Term lens”, figure 1.2 in “The question…”. Feature maps, explained, 2026. URL (accessed 2026-11-27)." */
export function figureCitationText(c: FigureCitationInput, words: CitationWords): string {
  return fillLabel(words.text, fields(c, words));
}

const escape = (text: string) => text.replace(/([&%$#_{}])/g, "\\$1");

/** A BibTeX @misc entry; its key names the chapter and the figure, so each figure has its own. */
export function figureCitationBibtex(c: FigureCitationInput, words: CitationWords): string {
  const f = fields(c, words);
  return [
    `@misc{fme-${c.key},`,
    // Double braces: the authors are one name, not a list of first and last names to reorder.
    `  author = {{${escape(c.authors)}}},`,
    `  title = {{${escape(c.figureTitle)}}},`,
    `  howpublished = {${escape(fillLabel(words.bibPublished, f))}},`,
    `  year = {${f.year}},`,
    `  url = {${c.url}},`,
    `  urldate = {${c.accessed.toISOString().slice(0, 10)}},`,
    `  note = {${escape(fillLabel(words.bibNote, f))}}`,
    "}",
  ].join("\n");
}
