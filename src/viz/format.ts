/**
 * Formats a number for a figure: at most `digits` significant digits, a true minus sign,
 * no "-0", and never "NaN" or "Infinity" (those become an em dash; the core rejects them,
 * so seeing one means a bug, not a reader's mistake).
 */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return "—";
  if (Object.is(value, -0) || Math.abs(value) < 1e-12) return "0";
  const text = Number(value.toPrecision(digits)).toString();
  return text.replace("-", "\u2212");
}
