import { isLang, type Lang } from "../i18n";

/** The reader's browser language, if it is one of the editions. */
export function browserEdition(): Lang | undefined {
  return navigator.languages.map((l) => l.slice(0, 2)).find(isLang);
}

/**
 * Marks the block of one edition (an element with `attribute` = the language) as the reader's,
 * for an outline, and lists it first among its siblings.
 */
export function preferEdition(lang: Lang | undefined, attribute: string): void {
  const item = lang && document.querySelector<HTMLElement>(`[${attribute}="${lang}"]`);
  if (!item) return;
  item.setAttribute("data-preferred", "");
  item.parentElement?.prepend(item);
}
