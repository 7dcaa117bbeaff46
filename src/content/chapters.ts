/**
 * Chapter entries are stored as `<lang>/<NN>-<slug>.mdx`; the URL keeps only the slug so that
 * the reading order can change without breaking links.
 */
export function chapterRoute(entryId: string): { lang: string; slug: string } {
  const [lang, file] = entryId.split("/");
  if (!lang || !file)
    throw new Error(`Chapter "${entryId}" must live in content/chapters/<lang>/.`);
  return { lang, slug: file.replace(/^\d+-/, "") };
}

export interface ChapterLink {
  slug: string;
  title: string;
}

/** The chapters before and after `slug` in reading order (already sorted). */
export function neighbours(
  ordered: ChapterLink[],
  slug: string,
): { previous?: ChapterLink; next?: ChapterLink } {
  const i = ordered.findIndex((c) => c.slug === slug);
  if (i < 0) return {};
  return { previous: ordered[i - 1], next: ordered[i + 1] };
}
