/**
 * Pure helpers over the sources collection, used by the term lens, the comparison
 * table, citations and the bibliography. No Astro imports: Vitest reaches all of it.
 */
import { STAGE_IDS, type StageId } from "../core/stages";
import type { Source } from "./sourceSchema";
import { scriptLanguage, sourceLanguage, sourceShort, yearOf } from "./paraphrase";

/** A source with its id, shaped like an Astro collection entry. */
export interface SourceEntry {
  id: string;
  data: Source;
}

/** One usage in a comparison-table cell: the source's word and the quote that shows it. */
export interface TermCell {
  term: string;
  quoteId?: string;
}

export interface CompareRow {
  id: string;
  short: string;
  /** The language of the source's words in the cells. */
  language: "en" | "ja";
  cells: Partial<Record<StageId, TermCell[]>>;
}

export interface CompareTable {
  /** Stage ids named by at least one source, in pipeline order (STAGE_IDS). */
  columns: StageId[];
  /** One row per source, sorted by `order`, then id. */
  rows: CompareRow[];
}

const PIPELINE_INDEX = new Map<StageId, number>(STAGE_IDS.map((id, i) => [id, i]));

function inPipelineOrder(stages: Iterable<StageId>): StageId[] {
  return [...new Set(stages)].sort((a, b) => PIPELINE_INDEX.get(a)! - PIPELINE_INDEX.get(b)!);
}

/** The stages the term lens highlights for a source: the union of its terms' stages, in pipeline order. */
export function lensStages(source: Source): StageId[] {
  return inPipelineOrder(source.terms.flatMap((term) => term.stages));
}

/** For each stage a source names, its words for it (deduplicated, in the order the terms are listed). */
export function termsByStage(source: Source): Partial<Record<StageId, string[]>> {
  const result: Partial<Record<StageId, string[]>> = {};
  for (const stage of lensStages(source)) {
    const words = source.terms.filter((t) => t.stages.includes(stage)).map((t) => t.term);
    result[stage] = [...new Set(words)];
  }
  return result;
}

/** "A", "A & B", "A, B & C"; in Japanese "A・B・C". */
function joinAuthors(authors: readonly string[], lang: "en" | "ja"): string {
  if (lang === "ja") return authors.join("・");
  if (authors.length <= 1) return authors.join("");
  return `${authors.slice(0, -1).join(", ")} & ${authors[authors.length - 1]}`;
}

/** Appends a full stop unless the text already ends with sentence punctuation. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * One piece of a reference. Plain strings between pieces are punctuation and the year, in the
 * edition's language.
 */
export interface CitationPart {
  text: string;
  /**
   * "source": the source's own words (authors, title; venue and section when the edition has no
   * translation of them), in the source's language. "ours": our description of where in the
   * work (venue_ja, section_ja), in the edition's language but naming sections as the source does.
   */
  origin: "source" | "ours" | "url";
  /** The language of this piece when it is not the source's: people's names, read by their script. */
  lang?: "en" | "ja";
}

/**
 * A reference as pieces, so that a page can mark each piece's language:
 * English "Authors (year). Title. Venue. Section. URL";
 * Japanese 「Authors（year）、『Title』、Venue、Section、URL」, with 刊行年不明 for an undated work,
 * 『』 around a book's title and 「」 around any other.
 */
export function citationParts(source: Source, lang: "en" | "ja" = "en"): (string | CitationPart)[] {
  const { authors, title, venue, section, url } = source.citation;
  const year = yearOf(source, lang);
  const own = (text: string): CitationPart => ({ text, origin: "source" });
  if (lang === "en") {
    const parts: (string | CitationPart)[] = [own(joinAuthors(authors, lang)), ` (${year}). `];
    parts.push(own(sentence(title)));
    for (const extra of [venue, section]) if (extra) parts.push(" ", own(sentence(extra)));
    parts.push(" ", { text: url, origin: "url" });
    return parts;
  }
  const foreign = sourceLanguage(source) !== "ja";
  const translated = (original: string | undefined, ja: string | undefined) =>
    foreign && ja ? { text: ja, origin: "ours" as const } : original ? own(original) : undefined;
  const [open, close] = source.kind === "book" ? ["『", "』"] : ["「", "」"];
  const names = joinAuthors(authors, lang);
  const parts: (string | CitationPart)[] = [
    { ...own(names), lang: scriptLanguage(names) },
    `（${year}）、`,
  ];
  parts.push(open, own(title), close);
  for (const extra of [
    translated(venue, source.citation.venue_ja),
    translated(section, source.citation.section_ja),
  ]) {
    if (extra) parts.push("、", extra);
  }
  parts.push("、", { text: url, origin: "url" });
  return parts;
}

/** Plain-text reference in the edition's language (see citationParts). */
export function formatCitation(source: Source, lang: "en" | "ja" = "en"): string {
  return citationParts(source, lang)
    .map((part) => (typeof part === "string" ? part : part.text))
    .join("");
}

/** Escapes the characters BibTeX treats specially in field values (not in URLs). */
function bibEscape(text: string): string {
  return text.replace(/([&%$#_])/g, "\\$1");
}

/** A BibTeX entry keyed by the source id: @article for papers, @book for books, @misc otherwise. */
export function toBibtex(id: string, source: Source): string {
  const { citation, kind } = source;
  const type = kind === "paper" ? "article" : kind === "book" ? "book" : "misc";
  const authors = citation.authors
    .map((a) => (citation.corporate ? `{${bibEscape(a)}}` : bibEscape(a)))
    .join(" and ");
  const fields: [string, string][] = [
    ["author", authors],
    ["title", `{${bibEscape(citation.title)}}`],
  ];
  if (citation.year !== "n.d.") fields.push(["year", String(citation.year)]);
  if (citation.venue) {
    const venueField =
      type === "article" ? "journal" : type === "book" ? "publisher" : "howpublished";
    fields.push([venueField, bibEscape(citation.venue)]);
  }
  if (citation.section) fields.push(["note", bibEscape(citation.section)]);
  fields.push(["url", citation.url]);
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n");
  return `@${type}{${id},\n${body}\n}`;
}

/**
 * Data for the "who calls what" table: sources as rows (named in the edition's language), stage
 * ids as columns, terms in cells.
 */
export function compareTable(
  sources: readonly SourceEntry[],
  lang: "en" | "ja" = "en",
): CompareTable {
  const sorted = [...sources].sort(
    (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
  const rows = sorted.map(({ id, data }) => {
    const cells: Partial<Record<StageId, TermCell[]>> = {};
    for (const term of data.terms) {
      for (const stage of term.stages) {
        const list = (cells[stage] ??= []);
        if (!list.some((c) => c.term === term.term && c.quoteId === term.quote)) {
          list.push(
            term.quote === undefined
              ? { term: term.term }
              : { term: term.term, quoteId: term.quote },
          );
        }
      }
    }
    return { id, short: sourceShort(data, lang), language: sourceLanguage(data), cells };
  });
  const columns = inPipelineOrder(sorted.flatMap(({ data }) => lensStages(data)));
  return { columns, rows };
}

/** A `<Cite id="…">` or `<Quote source="…">` found in MDX text. */
export interface SourceReference {
  component: "Cite" | "Quote";
  id: string;
  /** 1-based line of the opening tag. */
  line: number;
}

const REFERENCE_PATTERNS: [SourceReference["component"], RegExp][] = [
  ["Cite", /<Cite\b[^>]*?\sid=\{?\s*["']([^"']+)["']/g],
  ["Quote", /<Quote\b[^>]*?\ssource=\{?\s*["']([^"']+)["']/g],
];

/** Every source id that MDX text refers to through `<Cite id>` or `<Quote source>`, in document order. */
export function findSourceReferences(text: string): SourceReference[] {
  const found: (SourceReference & { index: number })[] = [];
  for (const [component, pattern] of REFERENCE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const index = match.index ?? 0;
      const line = text.slice(0, index).split("\n").length;
      found.push({ component, id: match[1], line, index });
    }
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map(({ component, id, line }) => ({ component, id, line }));
}
