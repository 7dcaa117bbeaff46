/**
 * An embedded figure tells the page around it how tall it is, so that its frame fits it: the
 * embed page posts `{ [HEIGHT_KEY]: pixels }` to its parent (embedHeight.ts), and the embed code
 * a teacher copies carries a few lines of script that set the frame's height from it.
 */
export const HEIGHT_KEY = "fme-embed-height";

/** The tallest a frame is made, whatever a message says. */
export const MAX_HEIGHT = 20_000;

/** The frame's height before (or without) the script: a figure then scrolls inside it. */
export const FALLBACK_HEIGHT = 720;

const attribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * The code a teacher pastes: the frame, and a script that accepts a height only from a frame of
 * this page whose window sent it (event.source) and only from the site's origin, and only a
 * number, bounded. Several pasted codes each add the same listener, which is harmless.
 */
export function embedCode(src: string, title: string): string {
  const origin = new URL(src).origin;
  return [
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${FALLBACK_HEIGHT}" loading="lazy" style="border: 0" data-fme-embed></iframe>`,
    "<script>",
    'addEventListener("message", (event) => {',
    `  const height = event.data?.[${JSON.stringify(HEIGHT_KEY)}];`,
    `  if (event.origin !== ${JSON.stringify(origin)} || typeof height !== "number" || !(height > 0)) return;`,
    '  for (const frame of document.querySelectorAll("iframe[data-fme-embed]")) {',
    `    if (frame.contentWindow === event.source) frame.style.height = \`\${Math.min(Math.ceil(height), ${MAX_HEIGHT})}px\`;`,
    "  }",
    "});",
    "</script>",
  ].join("\n");
}
