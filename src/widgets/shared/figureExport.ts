import { drawElement, fontMetrics, textWidth } from "./figureSvg";
import { element, escapeXml, isPainted, wrapText } from "./svgMarkup";

/**
 * Exports a widget as the figure it is now, as SVG and PNG: its drawing (figureSvg.ts) framed
 * by a title line above and the site's credit below, on the page's background. The PNG is the
 * same SVG rasterised at 2×, so the two never differ.
 */

export interface FigureFrame {
  /** The figure's title, e.g. "Pipeline explorer · The question and the pipeline". */
  title: string;
  /** The site's credit: the citation with the figure's permalink. */
  credit: string;
}

const MARGIN = 16;
const GAP = 10;

/** The colour behind root on the page: its own or its nearest painted ancestor's. */
function backgroundOf(root: Element): string {
  for (let el: Element | null = root; el; el = el.parentElement) {
    const colour = getComputedStyle(el).backgroundColor;
    if (isPainted(colour)) return colour;
  }
  return "white";
}

/** Lines of text wrapped to width, as <text>s from top; returns them and their height. */
function textBlock(
  text: string,
  top: number,
  width: number,
  font: { family: string; size: number; weight: string; colour: string },
): { markup: string; height: number } {
  const css = `${font.weight} ${font.size}px ${font.family}`;
  const { ascent, descent } = fontMetrics(css);
  const lineHeight = Math.ceil((ascent + descent) * 1.2);
  const lines = wrapText(text, width, (s) => textWidth(s, css));
  const markup = lines
    .map((line, i) =>
      element(
        "text",
        {
          x: MARGIN,
          y: top + i * lineHeight + ascent,
          "font-family": font.family,
          "font-size": font.size,
          "font-weight": font.weight,
          fill: font.colour,
        },
        escapeXml(line),
      ),
    )
    .join("\n");
  return { markup, height: lines.length * lineHeight };
}

/** The widget as a self-contained SVG document, and its size in CSS pixels. */
export function figureSvg(
  root: HTMLElement,
  frame: FigureFrame,
): { svg: string; width: number; height: number } {
  const drawing = drawElement(root);
  const { left, top, right, bottom } = drawing.bounds;
  const style = getComputedStyle(root);
  const textWidthLimit = Math.max(200, right - left);
  const size = Number.parseFloat(style.fontSize) || 16;
  const title = textBlock(frame.title, MARGIN, textWidthLimit, {
    family: style.fontFamily,
    size: Math.round(size * 1.15),
    weight: "700",
    colour: style.color,
  });
  const drawingTop = MARGIN + title.height + GAP;
  const credit = textBlock(frame.credit, drawingTop + (bottom - top) + GAP, textWidthLimit, {
    family: style.fontFamily,
    size: Math.round(size * 0.75),
    weight: "400",
    colour: style.color,
  });
  const width = Math.ceil(textWidthLimit + 2 * MARGIN);
  const height = Math.ceil(drawingTop + (bottom - top) + GAP + credit.height + MARGIN);
  const svg = [
    // The page's language, so that a viewer picks fonts for it (Japanese glyphs).
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${escapeXml(document.documentElement.lang)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    drawing.defs ? `<defs>${drawing.defs}</defs>` : "",
    element("rect", { width, height, fill: backgroundOf(root) }),
    title.markup,
    element(
      "g",
      { transform: `translate(${MARGIN - left} ${drawingTop - top})` },
      `\n${drawing.body}\n`,
    ),
    credit.markup,
    "</svg>",
  ].join("\n");
  return { svg, width, height };
}

/** The same SVG rasterised at scale (2× by default), as a PNG blob. */
export async function figurePng(root: HTMLElement, frame: FigureFrame, scale = 2): Promise<Blob> {
  const { svg, width, height } = figureSvg(root, frame);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    canvas.getContext("2d")!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error("PNG export failed"))),
        "image/png",
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
