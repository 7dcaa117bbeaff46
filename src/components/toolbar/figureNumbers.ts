import { figuresInMdx } from "../../widgets/registry";
import { figureIds } from "./figureLink";

/**
 * The numbers of a chapter's figures by id, "<chapter>.<n>" in reading order: the same ids and
 * order as the chapter page's figures (figure-toolbar.ts numbers those from the page itself).
 */
export function figureNumbers(chapterOrder: number, mdxBody: string): Map<string, string> {
  const ids = figureIds(figuresInMdx(mdxBody));
  return new Map(ids.map((id, i) => [id, `${chapterOrder}.${i + 1}`]));
}
