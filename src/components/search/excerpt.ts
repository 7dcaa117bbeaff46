export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&#x27;": "'",
};

/**
 * Pagefind returns excerpts as HTML with <mark> around the matches. Rather than trusting that
 * HTML, keep only its text and the marks, so the page can build the excerpt with text nodes.
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>(.*?)<\/mark>/gs;
  let last = 0;
  const push = (raw: string, marked: boolean) => {
    const text = raw
      .replace(/<[^>]*>/g, "")
      .replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e]);
    if (text) parts.push({ text, marked });
  };
  for (const match of html.matchAll(pattern)) {
    push(html.slice(last, match.index), false);
    push(match[1], true);
    last = match.index + match[0].length;
  }
  push(html.slice(last), false);
  return parts;
}
