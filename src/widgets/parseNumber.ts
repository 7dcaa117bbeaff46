export type FieldError = "empty" | "notANumber" | "decimalComma" | "outOfRange";
export type ParsedNumber = { ok: true; value: number } | { ok: false; error: FieldError };

/** The largest magnitude a kernel or bias field accepts; beyond it the maps lose all contrast. */
export const FIELD_LIMIT = 100;

/**
 * Characters a keyboard, an input method or a word processor puts where a number's ASCII
 * characters belong: full-width digits and signs, and the minus sign, en dash and prolonged
 * sound mark (ー, what a Japanese input method types for the minus key) as minus; the
 * ideographic full stop (。) as a decimal point. In a numeric field none can mean anything else.
 */
const ASCII_OF: Readonly<Record<string, string>> = {
  "\u2212": "-",
  "\u2013": "-",
  "\uff0d": "-",
  "\u30fc": "-",
  "\uff0b": "+",
  "\uff0e": ".",
  "\u3002": ".",
  "\uff0c": ",",
  "\uff45": "e",
  "\uff25": "E",
};

/** The text with every look-alike of a number's characters replaced by its ASCII one. */
export function asciiNumberText(text: string): string {
  return text.replace(
    /[\uff10-\uff19\u2212\u2013\uff0d\u30fc\uff0b\uff0e\u3002\uff0c\uff45\uff25]/g,
    (c) => (c >= "\uff10" && c <= "\uff19" ? String(c.charCodeAt(0) - 0xff10) : ASCII_OF[c]),
  );
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Reads what a reader typed into a numeric field. Accepts "1.5", "-2", ".5", "1e-2", surrounding
 * spaces and the look-alikes above ("−2", "１２", "０。５"); refuses empty text, partial input
 * such as "-", non-numbers, a decimal comma ("0,5", named apart so the message can say so) and
 * values beyond ±limit. The error is a code, so each language edition words the message itself.
 */
export function parseFieldNumber(text: string, limit = FIELD_LIMIT): ParsedNumber {
  const trimmed = asciiNumberText(text.trim());
  if (trimmed === "") return { ok: false, error: "empty" };
  if (!NUMBER.test(trimmed)) {
    const comma = trimmed.includes(",") && NUMBER.test(trimmed.replace(",", "."));
    return { ok: false, error: comma ? "decimalComma" : "notANumber" };
  }
  const value = Number(trimmed);
  if (!Number.isFinite(value) || Math.abs(value) > limit) return { ok: false, error: "outOfRange" };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

/** Fills {name} placeholders in a label. */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
