import { defineCollection, z } from "astro:content";
import { glob } from "astro/loaders";
import { sourceSchema } from "./content/sourceSchema";

// Words and facts live in the top-level content/ folder (DESIGN.md), not in src/.
const chapters = defineCollection({
  loader: glob({ pattern: "**/*.mdx", base: "./content/chapters" }),
  schema: z.object({
    title: z.string(),
    /** One line for the contents page. */
    description: z.string(),
    /** Position in the reading order. */
    order: z.number().int().positive(),
  }),
});

const sources = defineCollection({
  loader: glob({ pattern: "*.yaml", base: "./content/sources" }),
  schema: sourceSchema,
});

export const collections = { chapters, sources };
