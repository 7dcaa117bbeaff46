/**
 * Helpers for the golden-file tests of the drawings: each figure is written as a standalone SVG
 * file (xmlns, width, height, viewBox) that a browser shows as it is, so a reviewer can look at
 * it, and that Vitest compares byte for byte with toMatchFileSnapshot.
 */
import { pngDataUri } from "../../src/viz/png";

const SVG_NS = "http://www.w3.org/2000/svg";
const XHTML_NS = "http://www.w3.org/1999/xhtml";

/** Numbers inside attribute values rounded to 2 decimals, so float noise never changes a file. */
export function roundAttributes(markup: string): string {
  return markup.replace(
    /="([^"]*)"/g,
    (_, value: string) =>
      `="${value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))}"`,
  );
}

/** One SVG element a line, so that a changed golden file shows which element moved. */
function oneTagALine(markup: string): string {
  return markup.replace(/><(?!\/)/g, ">\n<");
}

export interface Frame {
  width: number;
  height: number;
  /** Defaults to "0 0 width height". */
  viewBox?: string;
  /** CSS standing in for the site's stylesheet, so classes are seen (the site's own is not loaded). */
  style?: string;
}

function svgDocument(frame: Frame, body: string): string {
  const viewBox = frame.viewBox ?? `0 0 ${frame.width} ${frame.height}`;
  return `<svg xmlns="${SVG_NS}" width="${frame.width}" height="${frame.height}" viewBox="${viewBox}">\n${body}\n</svg>\n`;
}

function styleElement(frame: Frame): string {
  return frame.style ? `<style>${frame.style}</style>` : "";
}

/** A standalone SVG document around SVG content (markup of one or more elements). */
export function goldenSvg(frame: Frame, content: string): string {
  return svgDocument(frame, oneTagALine(roundAttributes(styleElement(frame) + content)));
}

/**
 * A standalone SVG document showing HTML (the drawings that are HTML, not SVG) in a
 * foreignObject; the HTML is kept as it is, as whitespace between inline elements shows.
 */
export function goldenHtmlSvg(frame: Frame, html: string): string {
  const { width, height } = frame;
  const body = `<div xmlns="${XHTML_NS}">${styleElement(frame)}${roundAttributes(html)}</div>`;
  return svgDocument(
    frame,
    `<foreignObject x="0" y="0" width="${width}" height="${height}">${body}</foreignObject>`,
  );
}

/** An image of `width` × `height` map pixels, `scale` screen pixels each, kept crisp. */
export function mapImage(
  href: string,
  width: number,
  height: number,
  at: { x: number; y: number; scale: number },
): string {
  return (
    `<image x="${at.x}" y="${at.y}" width="${width * at.scale}" height="${height * at.scale}"` +
    ` style="image-rendering: pixelated" href="${href}"></image>`
  );
}

/**
 * An RGBA pixel array (a heatmap as drawn on a canvas or encoded as a PNG) as an SVG image:
 * the PNG holds every pixel exactly, so any change of colour or place changes the file.
 */
export function pixelImage(
  pixels: Uint8ClampedArray,
  width: number,
  height: number,
  at: { x: number; y: number; scale: number },
): string {
  return mapImage(pngDataUri(pixels, width, height), width, height, at);
}

/**
 * An outline given as CSS percentages of its map's box ("left: …%; top: …%; width: …%;
 * height: …%", for an absolutely placed element), drawn as a rect over the map's area.
 */
export function percentBox(
  style: string,
  area: { x: number; y: number; width: number; height: number },
  cls: string,
): string {
  const pct = Object.fromEntries(
    style.split(";").map((part) => {
      const [name, value] = part.split(":").map((t) => t.trim());
      return [name, value.replace("%", "")];
    }),
  );
  return (
    `<svg x="${area.x}" y="${area.y}" width="${area.width}" height="${area.height}"` +
    ` viewBox="0 0 100 100" preserveAspectRatio="none"><rect class="${cls}" x="${pct.left}"` +
    ` y="${pct.top}" width="${pct.width}" height="${pct.height}"></rect></svg>`
  );
}

/** A caption above a picture. */
export function label(text: string, x: number, y: number): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<text x="${x}" y="${y}" font-family="sans-serif" font-size="11">${escaped}</text>`;
}

/** Serialises an XHTML element for a foreignObject (void elements closed, as XML needs). */
export function xhtml(element: Element): string {
  return new XMLSerializer().serializeToString(element);
}
