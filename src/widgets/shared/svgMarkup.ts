/**
 * The pure pieces of the figure exporter (figureSvg.ts): SVG markup from values, CSS gradients as
 * SVG gradients, and text wrapped to a width. No DOM here, so each piece is tested on its own.
 */

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};

/** Text safe inside an XML attribute or element; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[&<>"]/g, (c) => XML_ESCAPES[c]);
}

export type Attributes = Record<string, string | number | undefined>;

/** Rounds a coordinate to 0.01 px: exact enough for print, and short. */
export const round = (n: number) => Math.round(n * 100) / 100;

/** One SVG element; attributes whose value is undefined are left out. */
export function element(name: string, attributes: Attributes, content?: string): string {
  let markup = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    const text = typeof value === "number" ? String(round(value)) : value;
    markup += ` ${key}="${escapeXml(text)}"`;
  }
  return content === undefined ? `${markup}/>` : `${markup}>${content}</${name}>`;
}

/** Whether a computed CSS colour paints anything (not transparent, alpha above 0). */
export function isPainted(colour: string): boolean {
  if (!colour || colour === "transparent" || colour === "none") return false;
  const alpha = /^rgba\([^)]*,\s*([\d.]+)\)$/.exec(colour);
  return !alpha || Number(alpha[1]) > 0;
}

/** Splits a CSS value on the commas outside parentheses. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")") depth--;
    else if (text[i] === "," && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

export interface LinearGradient {
  /** The gradient line in the box's unit square (SVG objectBoundingBox units). */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stops: { offset: number; colour: string }[];
}

const DIRECTIONS: Record<string, [number, number, number, number]> = {
  "to right": [0, 0, 1, 0],
  "to left": [1, 0, 0, 0],
  "to bottom": [0, 0, 0, 1],
  "to top": [0, 1, 0, 0],
};

/**
 * A computed `linear-gradient(…)` background (what the colour legends use) as an SVG gradient;
 * null for any other image. Angles are taken to the nearest side: legends run along an axis.
 */
export function parseLinearGradient(backgroundImage: string): LinearGradient | null {
  const match = /^linear-gradient\((.*)\)$/.exec(backgroundImage.trim());
  if (!match) return null;
  const parts = splitTopLevel(match[1]);
  let line = DIRECTIONS["to bottom"];
  const angle = /^(-?[\d.]+)deg$/.exec(parts[0]);
  if (parts[0] in DIRECTIONS) {
    line = DIRECTIONS[parts.shift()!];
  } else if (angle) {
    parts.shift();
    const quarter = ((Math.round(Number(angle[1]) / 90) % 4) + 4) % 4;
    line = DIRECTIONS[["to top", "to right", "to bottom", "to left"][quarter]];
  }
  const stops = parts.map((part, i) => {
    const position = /\s(-?[\d.]+)%$/.exec(part);
    const colour = position ? part.slice(0, position.index).trim() : part;
    const offset = position ? Number(position[1]) / 100 : i / Math.max(1, parts.length - 1);
    return { offset, colour };
  });
  if (stops.length < 2) return null;
  const [x1, y1, x2, y2] = line;
  return { x1, y1, x2, y2, stops };
}

/**
 * Breaks text into lines no wider than width, at spaces where it can and between characters
 * where a word (a URL, a Japanese sentence) is wider than a line.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  const push = (piece: string) => {
    const joined = line ? `${line} ${piece}` : piece;
    if (measure(joined) <= width || !line) line = joined;
    else {
      lines.push(line);
      line = piece;
    }
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (measure(word) <= width) {
      push(word);
      continue;
    }
    // A word wider than a line: fill the current line with it, then break it between characters.
    if (line) line += " ";
    for (const char of word) {
      if (line.trim() && measure(line + char) > width) {
        lines.push(line.trim());
        line = "";
      }
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface RepeatingGradient {
  /** The CSS angle: 0 points up, 90 right. */
  angle: number;
  /** The length of one repetition in px. */
  period: number;
  stops: { offset: number; colour: string }[];
}

/**
 * A computed `repeating-linear-gradient(…)` with px stops (the hatching of cells ReLU cuts),
 * for an SVG gradient that repeats along the angle; null for any other image.
 */
export function parseRepeatingGradient(backgroundImage: string): RepeatingGradient | null {
  const match = /^repeating-linear-gradient\((.*)\)$/.exec(backgroundImage.trim());
  if (!match) return null;
  const parts = splitTopLevel(match[1]);
  const angle = /^(-?[\d.]+)deg$/.exec(parts[0]);
  if (angle) parts.shift();
  const stops: { at: number; colour: string }[] = [];
  for (const part of parts) {
    // A colour and up to two positions: "rgb(…) 0px 4px" is a stop at each.
    const positions = /((?:\s+-?[\d.]+(?:px)?)*)$/.exec(part)![1];
    const colour = part.slice(0, part.length - positions.length).trim();
    const at = positions.trim() ? positions.trim().split(/\s+/).map(Number.parseFloat) : [];
    if (at.length === 0) return null;
    for (const position of at) stops.push({ at: position, colour });
  }
  const period = stops.length > 1 ? stops[stops.length - 1].at - stops[0].at : 0;
  if (!(period > 0)) return null;
  return {
    angle: angle ? Number(angle[1]) : 180,
    period,
    stops: stops.map((s) => ({ offset: (s.at - stops[0].at) / period, colour: s.colour })),
  };
}

/** The spread-only rings of a computed box-shadow (blurred shadows are decoration, left out). */
export function parseShadowRings(
  boxShadow: string,
): { colour: string; spread: number; inset: boolean }[] {
  if (!boxShadow || boxShadow === "none") return [];
  return splitTopLevel(boxShadow).flatMap((shadow) => {
    const inset = /\binset\b/.test(shadow);
    const colour = /^(rgba?\([^)]*\)|#[\da-f]+|[a-z]+)/i.exec(
      shadow.replace(/\binset\b/, "").trim(),
    );
    const lengths = [...shadow.matchAll(/(-?[\d.]+)px/g)].map((m) => Number(m[1]));
    const [x = 0, y = 0, blur = 0, spread = 0] = lengths;
    if (!colour || x !== 0 || y !== 0 || blur !== 0 || spread <= 0) return [];
    return [{ colour: colour[1], spread, inset }];
  });
}
