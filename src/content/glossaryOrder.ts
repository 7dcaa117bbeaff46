import type { Lang } from "../i18n";

/** What the glossary page needs to place an entry: its English order and its Japanese reading. */
export interface GlossaryKey {
  order: number;
  ja_reading: string;
}

/** Hiragana and the long-vowel mark only: the reading a Japanese dictionary sorts by. */
export const HIRAGANA_READING = /^[\u3041-\u3096\u30fc]+$/;

// Japanese collation puts kana in 五十音順 (あいうえお…) and treats が as か, ぱ as は at first.
const gojuon = new Intl.Collator("ja");

/**
 * The glossary's entries in each edition's order: the English page follows the book's own order
 * (the main words first); the Japanese page is in 五十音順 by reading, as a Japanese glossary is,
 * since readers look a word up by its sound and kanji have no order of their own.
 */
export function glossaryOrder<T extends { data: GlossaryKey }>(
  entries: readonly T[],
  lang: Lang,
): T[] {
  const compare =
    lang === "ja"
      ? (a: T, b: T) => gojuon.compare(a.data.ja_reading, b.data.ja_reading)
      : (a: T, b: T) => a.data.order - b.data.order;
  return [...entries].sort(compare);
}
