import { select } from "d3";
import { part } from "../../viz/part";
import type { ConvArithmeticLabels } from "./labels";
import { analyse, formulaNumbers, type Geometry } from "./model";
import { formulaSpoken } from "./text";

/*
 * The substituted formula, typeset as HTML by d3 at build and in the browser (KaTeX's browser
 * bundle is ~270 KB, too much for one line; the symbolic formula above it never changes, so
 * KaTeX typesets that one at build only).
 */

/** A piece of the formula: a span with its text, or with pieces of its own. */
interface Piece {
  className: string;
  text?: string;
  pieces?: Piece[];
}

/** One "= …" step of the formula, a chunk that wraps as a whole on narrow screens. */
interface Step {
  /** Which step this is: the join's key, as the steps present depend on the geometry. */
  id: "given" | "numerator" | "quotient" | "result";
  pieces: Piece[];
}

const minus = (value: number) => String(value).replace("-", "\u2212");
const text = (value: string): Piece => ({ className: "caf__text", text: value });

function fraction(top: string, bottom: string): Piece {
  return {
    className: "caf__frac",
    pieces: [
      { className: "caf__num", text: top },
      { className: "caf__den", text: bottom },
    ],
  };
}

/** ⌊inside⌋ + 1. */
function floored(inside: Piece): Piece[] {
  const floor = (bracket: string) => ({ className: "caf__floor", text: bracket });
  return [floor("⌊"), inside, floor("⌋"), text("+ 1")];
}

/** The steps from the formula with the sizes in it to the output size, when there is one. */
export function formulaSteps(g: Geometry): Step[] {
  const { n, k, s, p, d } = g;
  const numbers = formulaNumbers(g, analyse(g));
  const steps: Step[] = [
    {
      id: "given",
      pieces: [
        { className: "caf__var", text: "o" },
        text("="),
        ...floored(fraction(`${n} + 2·${p} − ${d}·(${k} − 1) − 1`, String(s))),
      ],
    },
    {
      id: "numerator",
      pieces: [text("="), ...floored(fraction(minus(numbers.numerator), String(s)))],
    },
  ];
  if (numbers.output === null) return steps;
  if (s !== 1) {
    const dots = numbers.approximate ? "…" : "";
    const quotient = `${minus(Number(numbers.quotientText))}${dots}`;
    steps.push({ id: "quotient", pieces: [text("="), ...floored(text(quotient))] });
  }
  steps.push({ id: "result", pieces: [text(`= ${numbers.output}`)] });
  return steps;
}

/** Joins pieces into spans; a step's pieces keep their shape, so each span stays text or parent. */
function drawPieces(parent: HTMLElement, pieces: Piece[]): void {
  select(parent)
    .selectChildren<HTMLSpanElement, Piece>("span")
    .data(pieces)
    .join("span")
    .attr("class", (piece) => piece.className)
    .each(function (piece) {
      if (piece.pieces) drawPieces(this, piece.pieces);
      else select(this).text(piece.text ?? "");
    });
}

/** The substituted formula in `div`, read out as one sentence (role math, formulaSpoken). */
export function drawFormula(div: HTMLDivElement, g: Geometry, labels: ConvArithmeticLabels): void {
  const root = select<HTMLDivElement, unknown>(div).attr("data-formula", "");
  const line = part(root, "p", "caf")
    .attr("role", "math")
    .attr("aria-label", formulaSpoken(labels, g, analyse(g)));
  line
    .selectChildren<HTMLSpanElement, Step | undefined>("span")
    .data(formulaSteps(g), function (step) {
      // Steps from the build's markup carry no d3 data yet: their key is their data-step.
      return step ? step.id : (this as Element).getAttribute("data-step")!;
    })
    .join("span")
    .attr("class", "caf__step")
    .attr("data-step", (step) => step.id)
    .order()
    .each(function (step) {
      drawPieces(this, step.pieces);
    });
}
