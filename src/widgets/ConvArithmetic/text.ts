import { fillLabel } from "../parseNumber";
import type { ConvArithmeticLabels } from "./labels";
import {
  exactInputSizes,
  formulaNumbers,
  isAlexNetAsPrinted,
  startsText,
  type Analysis,
  type Geometry,
} from "./model";

/** Negative numbers in running text get a true minus sign. */
function num(value: number): string {
  return String(value).replace("-", "\u2212");
}

/**
 * The sentences under the figure: where the windows go, what is dropped and why, or why there
 * is no output (with the core's own message).
 */
export function explanation(labels: ConvArithmeticLabels, g: Geometry, a: Analysis): string[] {
  const words = labels.explanations;
  if (a.kind === "doesNotFit") {
    const reason = fillLabel(g.d > 1 ? words.doesNotFitDilated : words.doesNotFit, {
      k: g.k,
      d: g.d,
      span: a.span,
      padded: a.padded,
    });
    return [reason, fillLabel(words.coreSays, { message: a.message })];
  }
  if (a.kind === "fits") {
    return [
      fillLabel(words.fits, {
        span: a.span,
        starts: startsText(a.output, g.s),
        padded: a.padded,
        o: a.output,
      }),
    ];
  }
  const numbers = formulaNumbers(g, a);
  // At most three decimals, with an ellipsis when more were cut off (1/3 → 0.333…).
  const decimal = (v: number) => `${num(Number(v.toFixed(3)))}${numbers.approximate ? "…" : ""}`;
  const sentences = [
    fillLabel(words.drops, {
      padded: a.padded,
      span: a.span,
      s: g.s,
      numerator: num(numbers.numerator),
      quotient: decimal(numbers.quotient),
      exact: decimal(numbers.quotient + 1),
      rows: uncoveredRows(labels, a.remainder),
      o: a.output,
    }),
  ];
  const { up, down } = exactInputSizes(g, a.remainder);
  if (isAlexNetAsPrinted(g)) sentences.push(words.alexnet);
  else sentences.push(fillLabel(words.dropsFix, { up, down }));
  return sentences;
}

/** "row and column" or "3 rows and columns". */
function uncoveredRows(labels: ConvArithmeticLabels, r: number): string {
  const words = labels.explanations;
  return r === 1 ? words.rowsOne : fillLabel(words.rowsMany, { r });
}

/** The live-region announcement after a change. */
export function statusText(labels: ConvArithmeticLabels, a: Analysis): string {
  if (a.kind === "doesNotFit") return labels.status.doesNotFit;
  return fillLabel(a.kind === "fits" ? labels.status.fits : labels.status.drops, {
    o: a.output,
    rows: uncoveredRows(labels, a.kind === "drops" ? a.remainder : 0),
  });
}

export function inputCaption(labels: ConvArithmeticLabels, g: Geometry, a: Analysis): string {
  const caption = g.p > 0 ? labels.inputCaption : labels.inputCaptionNoPadding;
  return fillLabel(caption, { padded: a.padded, n: g.n, p: g.p });
}

export function inputAlt(labels: ConvArithmeticLabels, g: Geometry, a: Analysis): string {
  return fillLabel(labels.inputAlt, {
    padded: a.padded,
    n: g.n,
    p: g.p,
    k: g.k,
    d: g.d,
    span: a.span,
  });
}

export function outputAlt(labels: ConvArithmeticLabels, a: Analysis): string {
  if (a.kind === "doesNotFit") return labels.noOutputAlt;
  return fillLabel(labels.outputAlt, { o: a.output });
}

export function outputCaption(labels: ConvArithmeticLabels, a: Analysis): string {
  if (a.kind === "doesNotFit") return labels.noOutput;
  return fillLabel(labels.outputCaption, { o: a.output });
}

/** The rows of the numbers table, in order: [label, value]. */
export function numberRows(
  labels: ConvArithmeticLabels,
  g: Geometry,
  a: Analysis,
): [string, string][] {
  const rows = labels.rows;
  return [
    [rows.n, num(g.n)],
    [rows.k, num(g.k)],
    [rows.s, num(g.s)],
    [rows.p, num(g.p)],
    [rows.d, num(g.d)],
    [rows.padded, num(a.padded)],
    [rows.span, num(a.span)],
    [rows.output, a.kind === "doesNotFit" ? "—" : num(a.output)],
    [rows.uncovered, a.kind === "drops" ? num(a.remainder) : "0"],
  ];
}

/** What a screen reader says for the substituted formula. */
export function formulaSpoken(labels: ConvArithmeticLabels, g: Geometry, a: Analysis): string {
  const spoken = fillLabel(labels.formulaSpoken, { n: g.n, p: g.p, d: g.d, k: g.k, s: g.s });
  return a.kind === "doesNotFit" ? spoken : `${spoken} = ${a.output}`;
}
