import { formatNumber } from "../../viz/format";

/** A number as a factor in a formula: three significant digits, in parentheses when negative. */
export function factor(value: number): string {
  const text = formatNumber(value);
  return value < 0 && text !== "0" ? `(${text})` : text;
}

/** A written-out dot product, e.g. "(−1)(0.32) + 0(0.41) + 2(0.5)". */
export function productsText(terms: readonly { weight: number; value: number }[]): string {
  return terms.map((t) => `${factor(t.weight)}(${formatNumber(t.value)})`).join(" + ");
}
