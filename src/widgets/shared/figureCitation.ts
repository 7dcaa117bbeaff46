import { fillLabel } from "../parseNumber";

export interface FigureCitationInput {
  siteTitle: string;
  chapterTitle: string;
  /** The permalink: the page URL with the figure's state in its hash. */
  url: string;
  /** The date the reader cites it, for "accessed". */
  accessed: Date;
  /** The widget's name, e.g. "pipeline-explorer": a stable part of the BibTeX key. */
  figure: string;
  /** The figure's title in the page's language, e.g. "Pipeline explorer". */
  figureTitle: string;
}

/** The wording of a citation in one language; placeholders as in src/i18n (citeText…). */
export interface CitationWords {
  text: string;
  bibTitle: string;
  bibNote: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

const fields = (c: FigureCitationInput) => ({
  site: c.siteTitle,
  chapter: c.chapterTitle,
  figure: c.figureTitle,
  url: c.url,
  date: iso(c.accessed),
});

/** "Feature maps, explained. “The question and the pipeline”, figure “Pipeline explorer”. URL (accessed 2026-11-27)." */
export function figureCitationText(c: FigureCitationInput, words: CitationWords): string {
  return fillLabel(words.text, fields(c));
}

/** A BibTeX @misc entry; the key is stable for one chapter and figure. */
export function figureCitationBibtex(c: FigureCitationInput, words: CitationWords): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
  const escape = (text: string) => text.replace(/([&%$#_{}])/g, "\\$1");
  const escaped = { ...fields(c), chapter: `{${escape(c.chapterTitle)}}` };
  escaped.figure = escape(escaped.figure);
  return [
    `@misc{fme-${slug(c.chapterTitle) || "chapter"}-${slug(c.figure)},`,
    `  title = {${fillLabel(words.bibTitle, escaped)}},`,
    `  howpublished = {${escape(c.siteTitle)}},`,
    `  url = {${c.url}},`,
    `  year = {${c.accessed.getUTCFullYear()}},`,
    `  note = {${escape(fillLabel(words.bibNote, fields(c)))}}`,
    "}",
  ].join("\n");
}
