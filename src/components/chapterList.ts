import { getCollection, type CollectionEntry } from "astro:content";
import { chapterRoute, type ChapterLink } from "../content/chapters";

export interface ChapterInfo extends ChapterLink {
  entry: CollectionEntry<"chapters">;
  description: string;
}

/** The chapters of one language edition, in reading order. */
export async function chaptersOf(lang: string): Promise<ChapterInfo[]> {
  const entries = await getCollection("chapters", (e) => chapterRoute(e.id).lang === lang);
  return entries
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => ({
      entry,
      slug: chapterRoute(entry.id).slug,
      title: entry.data.title,
      description: entry.data.description,
    }));
}
