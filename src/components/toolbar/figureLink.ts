import { readHash, writeHash } from "../../widgets/hashState";

/**
 * A link to a figure is the page's link, whose hash holds the widgets' state, with one more
 * key naming the figure: `#fig=trace-view&tr.at=5,2`. No widget owns `fig`, so each keeps
 * reading its own keys, and a link without it (an older one) opens at the top as before.
 */
export const FIGURE_KEY = "fig";

/** Present while lecture mode shows the figure `fig` names: `#fig=trace-view&lecture=1`. */
export const LECTURE_KEY = "lecture";

/**
 * What names a figure on its page: its element's name, for a widget with views the view, and
 * the key of a copy given one (instanceHash.ts).
 */
export interface FigureName {
  tag: string;
  view?: string;
  key?: string;
}

/**
 * Ids for a page's figures, in document order: `trace-view`, `trained-network-occlusion`; a
 * second figure of the same kind gets `-2`, and one with a key gets the key (`trace-view-b`,
 * never a number, since a key starts with a letter). They depend on the chapter's text only,
 * so a link copied today lands on the same figure tomorrow.
 */
export function figureIds(figures: readonly FigureName[]): string[] {
  const seen = new Map<string, number>();
  return figures.map(({ tag, view, key }) => {
    const name = view ? `${tag}-${view}` : tag;
    if (key !== undefined) return `${name}-${key}`;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name}-${count}`;
  });
}

/** `href` with its hash naming the figure `id`; the widgets' state in the hash is kept. */
export function linkToFigure(href: string, id: string): string {
  const url = new URL(href);
  url.hash = writeHash(url.hash, { [FIGURE_KEY]: id });
  return url.href;
}

/** The hash with the widgets' state only, no figure (an embed page holds its one figure). */
export function stateOnly(hash: string): string {
  return writeHash(hash, { [FIGURE_KEY]: undefined, [LECTURE_KEY]: undefined });
}

/** The id of the figure the hash names, if any. */
export function figureInHash(hash: string): string | undefined {
  return readHash(hash).get(FIGURE_KEY);
}

/**
 * The hash while lecture mode shows the figure `id` (undefined: lecture mode closed, the hash
 * still naming the figure the teacher left at, so that a reload lands there).
 */
export function lectureHash(hash: string, id: string | undefined): string {
  if (id === undefined) return writeHash(hash, { [LECTURE_KEY]: undefined });
  return writeHash(hash, { [FIGURE_KEY]: id, [LECTURE_KEY]: "1" });
}

/** Whether the hash asks for lecture mode on the figure it names. */
export function lectureInHash(hash: string): boolean {
  return readHash(hash).get(LECTURE_KEY) === "1" && figureInHash(hash) !== undefined;
}
