import { en, viewTitlesEn, widgetTitlesEn, type UiStrings } from "./en";
import { ja, viewTitlesJa, widgetTitlesJa } from "./ja";

/** The editions of the book; every page exists once per language, under /<lang>/. */
export const LANGS = ["en", "ja"] as const;
export type Lang = (typeof LANGS)[number];

const UI: Record<Lang, UiStrings> = { en, ja };
const WIDGET_TITLES = { en: widgetTitlesEn, ja: widgetTitlesJa };
const VIEW_TITLES = { en: viewTitlesEn, ja: viewTitlesJa };

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export function ui(lang: Lang): UiStrings {
  return UI[lang];
}

export function widgetTitles(lang: Lang) {
  return WIDGET_TITLES[lang];
}

/** The title and one line about every figure, by figure id: a widget's, or one view's own. */
export function figureTitles(lang: Lang): Record<string, { title: string; about: string }> {
  return { ...WIDGET_TITLES[lang], ...VIEW_TITLES[lang] };
}

/** The same page in another edition: swaps the language segment after the base. */
export function pathInLang(path: string, base: string, lang: Lang): string {
  const rest = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, "");
  const [, ...tail] = rest.split("/");
  return `${base}${lang}/${tail.join("/")}`;
}

/** The edition a page belongs to, from its path (the segment after the base); English if none. */
export function langFromPath(path: string, base: string): Lang {
  const rest = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, "");
  const first = rest.split("/")[0];
  return isLang(first) ? first : "en";
}

/** getStaticPaths for a page that exists once per edition. */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}
