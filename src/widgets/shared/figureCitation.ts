export interface FigureCitationInput {
  siteTitle: string;
  chapterTitle: string;
  /** The permalink: the page URL with the figure's state in its hash. */
  url: string;
  /** The date the reader cites it, for "accessed". */
  accessed: Date;
  /** The widget's name, e.g. "pipeline-explorer". */
  figure: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** "Feature maps, explained. “The question and the pipeline”, figure pipeline-explorer. URL (accessed 2026-11-27)." */
export function figureCitationText(c: FigureCitationInput): string {
  return `${c.siteTitle}. “${c.chapterTitle}”, figure ${c.figure}. ${c.url} (accessed ${iso(c.accessed)}).`;
}

/** A BibTeX @misc entry; the key is stable for one chapter and figure. */
export function figureCitationBibtex(c: FigureCitationInput): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
  const escape = (text: string) => text.replace(/([&%$#_{}])/g, "\\$1");
  return [
    `@misc{fme-${slug(c.chapterTitle) || "chapter"}-${slug(c.figure)},`,
    `  title = {{${escape(c.chapterTitle)}}, figure ${escape(c.figure)}},`,
    `  howpublished = {${escape(c.siteTitle)}},`,
    `  url = {${c.url}},`,
    `  year = {${c.accessed.getUTCFullYear()}},`,
    `  note = {Accessed ${iso(c.accessed)}; the URL records the figure's state}`,
    "}",
  ].join("\n");
}
