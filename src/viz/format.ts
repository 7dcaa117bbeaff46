import { format } from "d3";

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
