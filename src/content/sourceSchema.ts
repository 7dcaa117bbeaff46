/**
 * The schema of one source (content/sources/<id>.yaml): one author or document,
 * its citation, short verbatim quotes with locators, and which stage id(s) each of
 * its terms names. The id of a source is its file name without `.yaml`.
 *
 * Imports `z` from "astro/zod" so the same schema serves the Astro content
 * collection and plain Vitest.
 */
import { z } from "astro/zod";
import { STAGE_IDS } from "../core/stages";

export const SOURCE_KINDS = ["paper", "book", "course", "blog", "docs", "qa", "reference"] as const;

/**
 * What part of a tensor a term names: one 2-D map `[:,:,k]` (slice), the stacked
 * 3-D tensor (volume), either depending on the sentence (both), a function
 * (F1, F2, phi) or parameters (w, b).
 */
export const TERM_EXTENTS = ["slice", "volume", "both", "function", "weights"] as const;

/** The language a source is written in: its quotes, terms, title and locators are in it. */
export const SOURCE_LANGUAGES = ["en", "ja"] as const;

export const CONFIDENCE_LEVELS = ["high", "medium-high", "medium", "low"] as const;

const nonEmpty = z.string().trim().min(1);
const httpUrl = nonEmpty.url().regex(/^https?:\/\//, "must be an http(s) URL");

/** A short verbatim quote. `text` is plain text: no Markdown, no LaTeX. */
export const quoteSchema = z
  .object({
    /** Unique within the source; terms refer to it. */
    id: nonEmpty.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "quote ids are kebab-case"),
    text: nonEmpty,
    /** Section, figure, paragraph or footnote the text comes from, in the source's language. */
    locator: nonEmpty,
    /** The locator in Japanese, for a source not written in Japanese (section titles as the source writes them). */
    locator_ja: nonEmpty.optional(),
    /** True only when the text was checked against the original (paper, author's site or repository, official docs). */
    verified: z.boolean(),
    /** What the text was checked against, or which secondary copies it comes from. */
    provenance: nonEmpty,
    /** Our Japanese translation of an English quote, shown beside the original (which stays in English). */
    ja: nonEmpty.optional(),
    /** Where and when we compared the text with the original or its official copy. */
    checked: z
      .object({
        /** The page's URL, or "owner/repo path" for a repository file. */
        at: nonEmpty,
        on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD"),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((quote) => quote.verified || quote.checked === undefined, {
    message: "a quote with a record of its check must be marked verified",
    path: ["verified"],
  });

/** One word a source uses, and the stage id(s) it names there. */
export const termSchema = z
  .object({
    /** The source's own word, as the source writes it. */
    term: nonEmpty,
    stages: z.array(z.enum(STAGE_IDS)).nonempty(),
    extent: z.enum(TERM_EXTENTS),
    /** Id of a quote of the same source that shows this usage. */
    quote: nonEmpty.optional(),
    /** Our own words, when the usage is ambiguous or changes within the source. */
    note: nonEmpty.optional(),
    /** The note in Japanese. */
    note_ja: nonEmpty.optional(),
  })
  .strict();

export const citationSchema = z
  .object({
    /** People, or organisation names when `corporate` is true. */
    authors: z.array(nonEmpty).nonempty(),
    /** Authors are organisations (BibTeX wraps them in braces so they are not split into names). */
    corporate: z.boolean().optional(),
    title: nonEmpty,
    /** Publication year; "n.d." for undated web pages and documentation. */
    year: z.union([z.number().int().min(1900).max(2100), z.literal("n.d.")]),
    venue: nonEmpty.optional(),
    /** The venue in Japanese, for a source not written in Japanese. */
    venue_ja: nonEmpty.optional(),
    url: httpUrl,
    /** Where in the work the quotes come from. */
    section: nonEmpty.optional(),
    /** The section in Japanese, for a source not written in Japanese. */
    section_ja: nonEmpty.optional(),
  })
  .strict();

export const sourceSchema = z
  .object({
    /** Label for buttons and table rows: keep it short. */
    short: nonEmpty.max(40),
    /**
     * The label in the Japanese edition: descriptive names translated, authors' names, course,
     * library and site names kept in Latin script, no space between Latin and Japanese.
     */
    short_ja: nonEmpty.max(40),
    kind: z.enum(SOURCE_KINDS),
    /** The source's own language; English when absent. A Japanese source needs no `*_ja` fields. */
    language: z.enum(SOURCE_LANGUAGES).optional(),
    /**
     * Cite the work by its short name rather than its authors' surnames: a book readers know by
     * name (D2L), as organisations are.
     */
    cite_by_name: z.boolean().optional(),
    /** Sort order in tables and the lens (the reading order of the site). */
    order: z.number().int(),
    /** One sentence in our own words: what this source calls the feature map. */
    summary: nonEmpty,
    /** The summary in Japanese. */
    summary_ja: nonEmpty.optional(),
    /** How sure the dossier is about the referents (not about each quote). */
    confidence: z.enum(CONFIDENCE_LEVELS).optional(),
    citation: citationSchema,
    quotes: z.array(quoteSchema),
    terms: z.array(termSchema).nonempty(),
  })
  .strict()
  .superRefine((source, ctx) => {
    const seen = new Set<string>();
    source.quotes.forEach((quote, i) => {
      if (seen.has(quote.id)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ["quotes", i, "id"],
          message: `duplicate quote id "${quote.id}"`,
        });
      }
      seen.add(quote.id);
    });
    if (source.language === "ja") {
      source.quotes.forEach((quote, i) => {
        if (quote.ja !== undefined || quote.locator_ja !== undefined) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ["quotes", i],
            message: "a Japanese source's quote is its own Japanese text: no ja or locator_ja",
          });
        }
      });
    }
    source.terms.forEach((term, i) => {
      if (term.quote !== undefined && !seen.has(term.quote)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ["terms", i, "quote"],
          message: `term "${term.term}" refers to unknown quote "${term.quote}"`,
        });
      }
    });
  });

export type Source = z.infer<typeof sourceSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Term = z.infer<typeof termSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type SourceLanguage = (typeof SOURCE_LANGUAGES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type TermExtent = (typeof TERM_EXTENTS)[number];
