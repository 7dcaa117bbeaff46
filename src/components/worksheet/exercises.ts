import { render, type CollectionEntry } from "astro:content";
import type { Exercise } from "../../markdown/remarkExercises";
import { LANGS, type Lang } from "../../i18n";
import { chaptersOf, type ChapterInfo } from "../chapterList";

/** The exercises remarkExercises collected from a chapter (none if it has no such section). */
export async function exercisesOf(entry: CollectionEntry<"chapters">): Promise<Exercise[]> {
  const { remarkPluginFrontmatter } = await render(entry);
  const list: unknown = remarkPluginFrontmatter.exercises;
  return Array.isArray(list) ? (list as Exercise[]) : [];
}

export interface WorksheetChapter extends ChapterInfo {
  exercises: Exercise[];
}

/** The chapters of an edition that have exercises, with them. */
export async function worksheetChapters(lang: Lang): Promise<WorksheetChapter[]> {
  const chapters = await chaptersOf(lang);
  const withExercises = await Promise.all(
    chapters.map(async (c) => ({ ...c, exercises: await exercisesOf(c.entry) })),
  );
  return withExercises.filter((c) => c.exercises.length > 0);
}

/** getStaticPaths of the worksheet and answer-key pages: one per chapter with exercises. */
export async function worksheetPaths() {
  const perLang = await Promise.all(
    LANGS.map(async (lang) =>
      (await worksheetChapters(lang)).map((c) => ({ params: { lang, slug: c.slug } })),
    ),
  );
  return perLang.flat();
}

/** The editions in which a chapter has a worksheet, for the language switch. */
export async function worksheetEditions(slug: string): Promise<Lang[]> {
  const has = await Promise.all(
    LANGS.map(async (l) => (await worksheetChapters(l)).some((c) => c.slug === slug)),
  );
  return LANGS.filter((_, i) => has[i]);
}
