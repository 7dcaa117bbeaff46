/** A heading as Astro's render() reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Below this many sections a chapter is short enough to read without a contents list. */
export const MIN_SECTIONS = 3;

/** The chapter's sections (its h2s) for its contents list; none when there are too few. */
export function chapterSections(headings: readonly Heading[]): Heading[] {
  const sections = headings.filter((h) => h.depth === 2);
  return sections.length >= MIN_SECTIONS ? sections : [];
}
