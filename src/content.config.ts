import { defineCollection, z } from "astro:content";
import { glob } from "astro/loaders";
import { sourceSchema } from "./content/sourceSchema";
import { HIRAGANA_READING } from "./content/glossaryOrder";
import { STAGE_IDS } from "./core/stages";

// Words and facts live in the top-level content/ folder (DESIGN.md), not in src/.
const chapters = defineCollection({
  loader: glob({ pattern: "**/*.mdx", base: "./content/chapters" }),
  schema: z.object({
    title: z.string(),
    /** One line for the contents page. */
    description: z.string(),
    /** Position in the reading order. */
    order: z.number().int().positive(),
    /** What a student can do after the chapter, for a lecturer planning a lesson (issue 18). */
    goals: z.array(z.string()).nonempty().optional(),
    /** About how long the chapter takes, widgets and exercises included. */
    minutes: z.number().int().positive().optional(),
  }),
});

const sources = defineCollection({
  loader: glob({ pattern: "*.yaml", base: "./content/sources" }),
  schema: sourceSchema,
});

// One term per file: its English and Japanese names, the stage ids it can name, a definition in
// each edition, and where Japanese texts themselves differ in usage.
const glossary = defineCollection({
  loader: glob({ pattern: "*.yaml", base: "./content/glossary" }),
  schema: z.object({
    term: z.string(),
    order: z.number().int(),
    ja: z.array(z.string()).nonempty(),
    /** The first Japanese name in hiragana: the /ja/ glossary is in 五十音順 by it. */
    ja_reading: z.string().regex(HIRAGANA_READING),
    stages: z.array(z.enum(STAGE_IDS)).nonempty(),
    definition: z.string(),
    definition_ja: z.string(),
    usage_ja: z.string().optional(),
  }),
});

export const collections = { chapters, sources, glossary };
