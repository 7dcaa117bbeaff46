import { format } from "d3";
import type { Lang } from "../i18n";

/** d3-format's "r" keeps significant digits in decimal notation, "~" drops trailing zeros. */
const formatters = new Map<number, (value: number) => string>();

/**
 * Formats a number for a figure: at most `digits` significant digits, a true minus sign (d3's
 * default locale writes U+2212), no "-0", and never "NaN" or "Infinity" (those become an em
 * dash; the core rejects them, so seeing one means a bug, not a reader's mistake).
 */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return "—";
  if (Object.is(value, -0) || Math.abs(value) < 1e-12) return "0";
  let formatter = formatters.get(digits);
  if (!formatter) {
    formatter = format(`.${digits}~r`);
    formatters.set(digits, formatter);
  }
  return formatter(value);
}

/**
 * The joins of a grid's size by edition: Japanese typesetting sets 3×3 solid, as the
 * terminology table writes it; English spaces the sign.
 */
const SIZE_JOIN: Record<Lang, string> = { en: " × ", ja: "×" };

/** A grid's size, rows by columns, as the edition writes it: "28 × 28" in English, "28×28" in Japanese. */
export function formatSize(rows: number, cols: number, lang: Lang): string {
  return `${rows}${SIZE_JOIN[lang]}${cols}`;
}
