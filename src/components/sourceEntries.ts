import { getCollection, getEntry } from "astro:content";
import type { SourceEntry } from "../content/sources";

/** All sources, shaped for the pure helpers in src/content/sources.ts. */
export async function allSources(): Promise<SourceEntry[]> {
  return (await getCollection("sources")).map(({ id, data }) => ({ id, data }));
}

/** One source; a missing id fails the build, so no citation can dangle. */
export async function sourceById(id: string): Promise<SourceEntry> {
  const entry = await getEntry("sources", id);
  if (!entry) throw new Error(`No source "${id}" in content/sources/.`);
  return { id: entry.id, data: entry.data };
}

/** Anchors on the bibliography page. */
export const sourceAnchor = (id: string) => `ref-${id}`;
export const quoteAnchor = (id: string, quoteId: string) => `quote-${id}-${quoteId}`;
