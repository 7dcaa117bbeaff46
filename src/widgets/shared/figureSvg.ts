import {
  element,
  escapeXml,
  isPainted,
  parseLinearGradient,
  parseRepeatingGradient,
  parseShadowRings,
  round,
  type Attributes,
} from "./svgMarkup";

/**
 * Draws a widget as it is on screen into plain SVG, for every widget alike: it walks the rendered
 * DOM and places each visible thing at its box (getBoundingClientRect, relative to the widget).
 * Canvases become <image>s with PNG data URLs, inline SVGs are nested with their computed styles
 * as attributes, text runs become <text> line by line, and box backgrounds and borders become
 * <rect>s. Form controls become the text of their value (a menu's chosen option, a field's
 * number), radios and checkboxes a mark; buttons and file pickers are left out, except buttons
 * that show state (showsState). No <foreignObject>, so vector editors can open it.
 *
 * A widget can leave a part out of the picture with data-export="skip".
 */

export interface Drawing {
  /** SVG elements in page order, in the widget's coordinates. */
  body: string;
  /** <defs> content (gradients). */
  defs: string;
  /** What was drawn, in the widget's coordinates: may reach past the widget's own box. */
  bounds: { left: number; top: number; right: number; bottom: number };
}

interface Context {
  originX: number;
  originY: number;
  parts: string[];
  defs: string[];
  bounds: Drawing["bounds"];
}

const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "DIALOG"]);
const SKIPPED_INPUTS = new Set(["file", "hidden", "button", "submit", "reset", "image"]);

/** Presentation properties an SVG element takes from CSS, written on it as attributes. */
const SVG_PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  // Strokes given in screen pixels on a scaled drawing (the conv-arithmetic grids): without it a
  // 2 px outline in a 9-unit viewBox is two cells wide.
  "vector-effect",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "letter-spacing",
  "paint-order",
  "shape-rendering",
];

/**
 * Whether a button shows the figure's state rather than offering an action: a grid cell (its
 * colour and number are data) or one of a set of toggles (presets, outputs, terms), where the
 * pressed one is the choice. The print rules in src/styles/global.css keep the same buttons.
 */
export function showsState(button: HTMLButtonElement): boolean {
  if (button.hasAttribute("data-cell")) return true;
  if (!button.hasAttribute("aria-pressed")) return false;
  return [...(button.parentElement?.children ?? [])].some(
    (other) =>
      other !== button && other.localName === "button" && other.hasAttribute("aria-pressed"),
  );
}

function leftOut(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName) || (el as HTMLElement).hidden) return true;
  if (el.getAttribute("data-export") === "skip") return true;
  if (el instanceof HTMLButtonElement) return !showsState(el);
  // A file picker's label goes with it: it names a control that is not in the picture.
  if (el instanceof HTMLLabelElement && el.control) return leftOut(el.control);
  return el instanceof HTMLInputElement && SKIPPED_INPUTS.has(el.type);
}

function grow(c: Context, x: number, y: number, width: number, height: number): void {
  c.bounds.left = Math.min(c.bounds.left, x);
  c.bounds.top = Math.min(c.bounds.top, y);
  c.bounds.right = Math.max(c.bounds.right, x + width);
  c.bounds.bottom = Math.max(c.bounds.bottom, y + height);
}

/** A box in the widget's coordinates. */
function box(c: Context, rect: DOMRect) {
  return { x: rect.left - c.originX, y: rect.top - c.originY, w: rect.width, h: rect.height };
}

const px = (value: string) => Number.parseFloat(value) || 0;

const metrics = new Map<string, { ascent: number; descent: number }>();
let measuring: CanvasRenderingContext2D | null = null;

export function fontOf(style: CSSStyleDeclaration): string {
  return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}

function measureContext(): CanvasRenderingContext2D {
  measuring ??= document.createElement("canvas").getContext("2d")!;
  return measuring;
}

/** The font's ascent and descent, to put a <text> baseline where the browser put it. */
export function fontMetrics(font: string): { ascent: number; descent: number } {
  let found = metrics.get(font);
  if (!found) {
    const context = measureContext();
    context.font = font;
    const m = context.measureText("Hg");
    found = { ascent: m.fontBoundingBoxAscent, descent: m.fontBoundingBoxDescent };
    metrics.set(font, found);
  }
  return found;
}

/** The width of text in a CSS font (the `font` shorthand). */
export function textWidth(text: string, font: string): number {
  const context = measureContext();
  context.font = font;
  return context.measureText(text).width;
}

export function textAttributes(style: CSSStyleDeclaration) {
  return {
    "font-family": style.fontFamily,
    "font-size": style.fontSize,
    "font-weight": style.fontWeight === "400" ? undefined : style.fontWeight,
    "font-style": style.fontStyle === "normal" ? undefined : style.fontStyle,
    "letter-spacing": style.letterSpacing === "normal" ? undefined : style.letterSpacing,
    fill: style.color,
  };
}

function transformed(text: string, style: CSSStyleDeclaration): string {
  if (style.textTransform === "uppercase") return text.toUpperCase();
  if (style.textTransform === "lowercase") return text.toLowerCase();
  return text;
}

/** One line of text whose box the browser laid out; its baseline as the browser placed it. */
function textLine(c: Context, text: string, rect: DOMRect, style: CSSStyleDeclaration): void {
  const { x, y, w, h } = box(c, rect);
  const { ascent, descent } = fontMetrics(fontOf(style));
  const baseline = y + (h - ascent - descent) / 2 + ascent;
  c.parts.push(
    element(
      "text",
      {
        x,
        y: baseline,
        ...textAttributes(style),
        // Holds the line to the width it had on screen when another font is substituted.
        textLength: w,
        lengthAdjust: "spacingAndGlyphs",
      },
      escapeXml(transformed(text, style)),
    ),
  );
  grow(c, x, y, w, h);
}

/** A text node's visible text, one <text> per line box it was wrapped into. */
function textNode(c: Context, node: Text, style: CSSStyleDeclaration): void {
  const data = node.data;
  const first = data.search(/\S/);
  if (first < 0) return;
  const end = data.trimEnd().length;
  const collapse = (s: string) => (style.whiteSpace.startsWith("pre") ? s : s.replace(/\s+/g, " "));
  const range = document.createRange();
  range.setStart(node, first);
  range.setEnd(node, end);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  if (rects.length === 0) return;
  if (rects.length === 1) {
    textLine(c, collapse(data.slice(first, end)), rects[0], style);
    return;
  }
  // Wrapped over lines: find where each line starts from the characters' own boxes.
  let lineStart = first;
  let lineTop = Number.NaN;
  const flush = (stop: number) => {
    const text = data.slice(lineStart, stop).trim();
    if (!text) return;
    const offset = lineStart + data.slice(lineStart, stop).search(/\S/);
    range.setStart(node, offset);
    range.setEnd(node, offset + text.length);
    const line = range.getBoundingClientRect();
    if (line.width > 0) textLine(c, collapse(text), line, style);
  };
  for (let i = first; i < end;) {
    const step = (data.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    if (/\S/.test(data[i])) {
      range.setStart(node, i);
      range.setEnd(node, i + step);
      const charRect = range.getClientRects()[0];
      if (charRect && charRect.height > 0) {
        if (Number.isNaN(lineTop)) lineTop = charRect.top;
        else if (charRect.top > lineTop + charRect.height / 2) {
          flush(i);
          lineStart = i;
          lineTop = charRect.top;
        }
      }
    }
    i += step;
  }
  flush(end);
}

/** A rectangle's outline, grown (or, negative, shrunk) by `by` on every side. */
function ring(x: number, y: number, w: number, h: number, by: number, stroke: Attributes) {
  return element("rect", {
    x: x - by,
    y: y - by,
    width: Math.max(0, w + 2 * by),
    height: Math.max(0, h + 2 * by),
    fill: "none",
    ...stroke,
  });
}

/** A repeating gradient (hatching) as an SVG gradient that repeats along its angle. */
function repeatingFill(c: Context, backgroundImage: string, x: number, y: number): string | null {
  const hatch = parseRepeatingGradient(backgroundImage);
  if (!hatch) return null;
  const id = `g${c.defs.length + 1}`;
  const radians = (hatch.angle * Math.PI) / 180;
  const stops = hatch.stops
    .map((s) => element("stop", { offset: s.offset, "stop-color": s.colour }))
    .join("");
  c.defs.push(
    element(
      "linearGradient",
      {
        id,
        gradientUnits: "userSpaceOnUse",
        spreadMethod: "repeat",
        x1: x,
        y1: y,
        x2: x + hatch.period * Math.sin(radians),
        y2: y - hatch.period * Math.cos(radians),
      },
      stops,
    ),
  );
  return `url(#${id})`;
}

/**
 * An element's box as CSS paints it: spread shadows, background colour or gradient, borders,
 * inset shadows and outline (the receptive-field and cursor boxes are outlines).
 */
function paintBox(c: Context, rect: DOMRect, style: CSSStyleDeclaration): void {
  if (rect.width === 0 || rect.height === 0) return;
  const { x, y, w, h } = box(c, rect);
  const rings = parseShadowRings(style.boxShadow);
  for (const r of rings.filter((r) => !r.inset)) {
    c.parts.push(ring(x, y, w, h, r.spread / 2, { stroke: r.colour, "stroke-width": r.spread }));
  }
  const rx = Math.min(px(style.borderTopLeftRadius), w / 2, h / 2) || undefined;
  const gradient = parseLinearGradient(style.backgroundImage);
  if (isPainted(style.backgroundColor)) {
    c.parts.push(element("rect", { x, y, width: w, height: h, rx, fill: style.backgroundColor }));
  }
  if (gradient) {
    const id = `g${c.defs.length + 1}`;
    const stops = gradient.stops
      .map((s) => element("stop", { offset: s.offset, "stop-color": s.colour }))
      .join("");
    const { x1, y1, x2, y2 } = gradient;
    c.defs.push(element("linearGradient", { id, x1, y1, x2, y2 }, stops));
    c.parts.push(element("rect", { x, y, width: w, height: h, rx, fill: `url(#${id})` }));
  }
  const hatch = repeatingFill(c, style.backgroundImage, x, y);
  if (hatch) c.parts.push(element("rect", { x, y, width: w, height: h, rx, fill: hatch }));
  paintBorders(c, x, y, w, h, rx, style);
  for (const r of rings.filter((r) => r.inset)) {
    c.parts.push(ring(x, y, w, h, -r.spread / 2, { stroke: r.colour, "stroke-width": r.spread }));
  }
  const outline = px(style.outlineWidth);
  if (style.outlineStyle !== "none" && outline > 0 && isPainted(style.outlineColor)) {
    const by = px(style.outlineOffset) + outline / 2;
    const dashed = style.outlineStyle === "dashed" ? `${outline * 3} ${outline * 2}` : undefined;
    c.parts.push(
      ring(x, y, w, h, by, {
        stroke: style.outlineColor,
        "stroke-width": outline,
        "stroke-dasharray": dashed,
      }),
    );
    grow(c, x - by - outline / 2, y - by - outline / 2, w + 2 * by + outline, h + 2 * by + outline);
  }
  grow(c, x, y, w, h);
}

function paintBorders(
  c: Context,
  x: number,
  y: number,
  w: number,
  h: number,
  rx: number | undefined,
  style: CSSStyleDeclaration,
): void {
  const sides = (["Top", "Right", "Bottom", "Left"] as const).map((side) => ({
    width: px(style.getPropertyValue(`border-${side.toLowerCase()}-width`)),
    colour: style.getPropertyValue(`border-${side.toLowerCase()}-color`),
    visible:
      style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== "none" &&
      isPainted(style.getPropertyValue(`border-${side.toLowerCase()}-color`)),
  }));
  const shown = sides.filter((s) => s.visible && s.width > 0);
  if (shown.length === 0) return;
  const same =
    shown.length === 4 &&
    shown.every((s) => s.width === shown[0].width && s.colour === shown[0].colour);
  if (same) {
    const half = shown[0].width / 2;
    c.parts.push(
      element("rect", {
        x: x + half,
        y: y + half,
        width: w - shown[0].width,
        height: h - shown[0].width,
        rx: rx === undefined ? undefined : Math.max(0, rx - half),
        fill: "none",
        stroke: shown[0].colour,
        "stroke-width": shown[0].width,
      }),
    );
  } else {
    const [top, right, bottom, left] = sides;
    const lines = [
      { s: top, x1: x, y1: y + top.width / 2, x2: x + w, y2: y + top.width / 2 },
      { s: right, x1: x + w - right.width / 2, y1: y, x2: x + w - right.width / 2, y2: y + h },
      { s: bottom, x1: x, y1: y + h - bottom.width / 2, x2: x + w, y2: y + h - bottom.width / 2 },
      { s: left, x1: x + left.width / 2, y1: y, x2: x + left.width / 2, y2: y + h },
    ];
    for (const { s, ...ends } of lines) {
      if (!s.visible || s.width === 0) continue;
      c.parts.push(element("line", { ...ends, stroke: s.colour, "stroke-width": s.width }));
    }
  }
  grow(c, x, y, w, h);
}

/** A canvas's pixels, or an image's, as an <image> with a PNG data URL. */
function picture(c: Context, source: HTMLCanvasElement | HTMLImageElement, rect: DOMRect): void {
  let href: string;
  if (source instanceof HTMLCanvasElement) href = source.toDataURL("image/png");
  else if (source.src.startsWith("data:")) href = source.src;
  else {
    const canvas = document.createElement("canvas");
    canvas.width = source.naturalWidth;
    canvas.height = source.naturalHeight;
    canvas.getContext("2d")!.drawImage(source, 0, 0);
    href = canvas.toDataURL("image/png");
  }
  const { x, y, w, h } = box(c, rect);
  const style = getComputedStyle(source);
  c.parts.push(
    element("image", {
      x,
      y,
      width: w,
      height: h,
      href,
      preserveAspectRatio: "none",
      // Maps are a few dozen pixels drawn large: keep their cells sharp, as on screen.
      style: style.imageRendering === "pixelated" ? "image-rendering:pixelated" : undefined,
    }),
  );
  grow(c, x, y, w, h);
}

/** An inline SVG nested as it is, its CSS written on each element as attributes. */
function nestedSvg(c: Context, svg: SVGSVGElement, rect: DOMRect): void {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll("*")];
  const targets = [clone, ...clone.querySelectorAll("*")];
  sources.forEach((source, i) => {
    const target = targets[i];
    const style = getComputedStyle(source);
    if (source.tagName === "foreignObject" || style.display === "none") {
      target.remove();
      return;
    }
    const parent = source === svg ? null : getComputedStyle(source.parentElement!);
    for (const name of SVG_PROPERTIES) {
      const value = style.getPropertyValue(name);
      if (value && (!parent || parent.getPropertyValue(name) !== value)) {
        target.setAttribute(name, value);
      }
    }
    if (style.opacity !== "1") target.setAttribute("opacity", style.opacity);
    target.removeAttribute("style");
    target.removeAttribute("class");
  });
  const { x, y, w, h } = box(c, rect);
  for (const [name, value] of Object.entries({ x, y, width: w, height: h })) {
    clone.setAttribute(name, String(round(value)));
  }
  if (!clone.hasAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${w} ${h}`);
  c.parts.push(new XMLSerializer().serializeToString(clone));
  grow(c, x, y, w, h);
}

/** The text a control shows: a menu's chosen option, a field's value. */
export function controlText(control: HTMLSelectElement | HTMLInputElement | HTMLTextAreaElement) {
  if (control instanceof HTMLSelectElement) return control.selectedOptions[0]?.text ?? "";
  return control.value;
}

/** A form control as what it shows, inside the box the control had. */
function control(
  c: Context,
  el: HTMLSelectElement | HTMLInputElement | HTMLTextAreaElement,
  rect: DOMRect,
  style: CSSStyleDeclaration,
): void {
  const { x, y, w, h } = box(c, rect);
  const accent = style.accentColor === "auto" ? style.color : style.accentColor;
  if (el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox")) {
    const r = Math.min(w, h) / 2 - 1;
    const [cx, cy] = [x + w / 2, y + h / 2];
    const mark =
      el.type === "radio"
        ? element("circle", { cx, cy, r, fill: "none", stroke: style.color }) +
          (el.checked ? element("circle", { cx, cy, r: r * 0.55, fill: accent }) : "")
        : element("rect", {
            x: cx - r,
            y: cy - r,
            width: 2 * r,
            height: 2 * r,
            rx: 2,
            fill: el.checked ? accent : "none",
            stroke: el.checked ? accent : style.color,
          });
    c.parts.push(mark);
    grow(c, x, y, w, h);
    return;
  }
  if (el instanceof HTMLInputElement && el.type === "range") {
    const span = Number(el.max || 100) - Number(el.min || 0);
    const at = span > 0 ? (Number(el.value) - Number(el.min || 0)) / span : 0;
    const thumb = x + h / 2 + at * (w - h);
    c.parts.push(
      element("line", { x1: x, y1: y + h / 2, x2: x + w, y2: y + h / 2, stroke: style.color }) +
        element("circle", { cx: thumb, cy: y + h / 2, r: h / 3, fill: accent }),
    );
    grow(c, x, y, w, h);
    return;
  }
  const text = controlText(el).replace(/\s+/g, " ").trim();
  if (!text) return;
  const { ascent, descent } = fontMetrics(fontOf(style));
  const width = textWidth(text, fontOf(style));
  const left = x + px(style.borderLeftWidth) + px(style.paddingLeft);
  const start =
    style.textAlign === "right" || style.textAlign === "end"
      ? x + w - width - px(style.paddingRight) - px(style.borderRightWidth)
      : left;
  const baseline = y + h / 2 + (ascent - descent) / 2;
  c.parts.push(
    element("text", { x: start, y: baseline, ...textAttributes(style) }, escapeXml(text)),
  );
  grow(c, start, y, width, h);
}

function walk(c: Context, el: Element): void {
  if (leftOut(el)) return;
  const style = getComputedStyle(el);
  // A display: contents element (a cell grid's rows) has no box to paint, and checkVisibility
  // is false for it, but its children are laid out and visible: draw them.
  if (style.display === "contents") return walkChildren(c, el, style);
  // Also false inside a closed <details> and for display:none or visibility:hidden.
  if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return;
  const rect = el.getBoundingClientRect();
  // Visually hidden text for screen readers (a 1 px clipped box) is not in the picture.
  if (rect.width <= 1 && rect.height <= 1 && style.overflow !== "visible") return;
  if (el instanceof SVGSVGElement) return nestedSvg(c, el, rect);
  if (el instanceof SVGElement) return;
  paintBox(c, rect, style);
  if (el instanceof HTMLCanvasElement || el instanceof HTMLImageElement) {
    if (rect.width > 0 && rect.height > 0) picture(c, el, rect);
    return;
  }
  if (
    el instanceof HTMLSelectElement ||
    el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement
  ) {
    return control(c, el, rect, style);
  }
  walkChildren(c, el, style);
}

function walkChildren(c: Context, el: Element, style: CSSStyleDeclaration): void {
  for (const child of el.childNodes) {
    if (child instanceof Text) textNode(c, child, style);
    else if (child instanceof Element) walk(c, child);
  }
}

/** Draws root and everything visible in it, in root's coordinates. */
export function drawElement(root: HTMLElement): Drawing {
  const rect = root.getBoundingClientRect();
  const c: Context = {
    originX: rect.left,
    originY: rect.top,
    parts: [],
    defs: [],
    bounds: { left: 0, top: 0, right: rect.width, bottom: rect.height },
  };
  walk(c, root);
  return { body: c.parts.join("\n"), defs: c.defs.join(""), bounds: c.bounds };
}
