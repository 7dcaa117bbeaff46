import { select, type BaseType, type Selection } from "d3";
import { formatNumber } from "../../viz/format";
import { part } from "../../viz/part";
import { fillLabel } from "../parseNumber";
import type { PipelineExplorerLabels } from "./labels";
import { MARK_KINDS, type MarkKind } from "./marks";
import type { Readout } from "./readout";
import { readoutSentences } from "./readoutText";

/** One table of numbers in the readout's terms: a window, a kernel or a pooling window. */
export interface NumberPart {
  /** Written before the table: "×" before a kernel. */
  op: string;
  caption: string;
  values: number[];
  columns: number;
  /** A cell's mark: padding (outside the map) or the pooled maximum. */
  flag: (i: number) => "padded" | "max" | null;
}

export interface Term {
  parts: NumberPart[];
  /** The term's share of the sum, for a convolution's windows. */
  partial: string | null;
}

/** The numbers behind one readout, as tables: each window beside its kernel, or the pooling window. */
function termsOf(labels: PipelineExplorerLabels, readout: Readout): Term[] {
  const r = labels.readout;
  return readout.steps.flatMap((step): Term[] => {
    if (step.kind === "conv") {
      const side = Math.sqrt(step.windows[0].values.length);
      return step.windows.map((w) => ({
        parts: [
          {
            op: "",
            caption: fillLabel(r.window, { input: step.input, c: w.channel + 1 }),
            values: w.values,
            columns: side,
            flag: (i) => (w.padded[i] ? "padded" : null),
          },
          {
            op: "×",
            caption: fillLabel(r.kernel, { w: step.weights, k: step.filter + 1, c: w.channel + 1 }),
            values: w.kernel,
            columns: side,
            flag: () => null,
          },
        ],
        partial: fillLabel(r.partial, { value: formatNumber(w.partial) }),
      }));
    }
    if (step.kind === "pool") {
      const at = (step.from.row - step.top) * step.size + (step.from.col - step.left);
      return [
        {
          parts: [
            {
              op: "",
              caption: fillLabel(r.window, { input: step.input, c: readout.cell.k + 1 }),
              values: step.values,
              columns: step.size,
              flag: (i) => (i === at ? "max" : null),
            },
          ],
          partial: null,
        },
      ];
    }
    return [];
  });
}

/** One element of class `name` holding `text`, or none when there is no text. */
function optionalText<T>(
  parent: Selection<HTMLDivElement, T, BaseType, unknown>,
  tag: "span" | "p",
  name: string,
  text: (d: T) => string | null,
): void {
  parent
    .selectAll(`${tag}.${name}`)
    .data((d) => [text(d)].filter((t): t is string => !!t))
    .join(tag)
    .attr("class", name)
    .text((d) => d);
}

/** Draws a part's table of numbers with d3 joins: caption, then rows of cells. */
function drawPart(numbers: Selection<HTMLDivElement, NumberPart, BaseType, Term>): void {
  optionalText(numbers, "span", "pe__op", (d) => d.op);
  const table = numbers
    .selectAll<HTMLTableElement, NumberPart>("table")
    .data((d) => [d])
    .join((enter) => {
      const t = enter.append("table");
      t.append("caption");
      t.append("tbody");
      return t;
    });
  table.select("caption").text((d) => d.caption);
  table
    .select("tbody")
    .selectAll("tr")
    .data((d) =>
      Array.from({ length: d.values.length / d.columns }, (_, row) =>
        d.values
          .slice(row * d.columns, (row + 1) * d.columns)
          .map((v, j) => ({ v, flag: d.flag(row * d.columns + j) })),
      ),
    )
    .join("tr")
    .selectAll("td")
    .data((d) => d)
    .join("td")
    .attr("data-flag", (d) => d.flag)
    .text((d) => formatNumber(d.v));
}

/** What the readout shows: its sentences, and the numbers of each term of the computation. */
export interface ReadoutPicture {
  sentences: string[];
  terms: Term[];
  /** Whether a cell is read: on a phone the panel then stays in view (see the .astro's CSS). */
  cell: boolean;
  /** The key to the pinned cell's marks on the maps: one line per kind drawn. */
  keys: { kind: MarkKind; text: string }[];
}

/**
 * The readout of a cell (pinned or not), or the invitation to point at one without a cell, and
 * the key to the kinds of mark the pinned cell put on the maps.
 */
export function readoutPicture(
  labels: PipelineExplorerLabels,
  readout: Readout | null,
  pinned: boolean,
  marks: ReadonlySet<MarkKind> = new Set(),
): ReadoutPicture {
  const keys = MARK_KINDS.filter((kind) => marks.has(kind)).map((kind) => ({
    kind,
    text: labels.readout.marks[kind],
  }));
  if (!readout) return { sentences: [labels.readout.empty], terms: [], cell: false, keys };
  return {
    sentences: readoutSentences(labels, readout, pinned),
    terms: termsOf(labels, readout),
    cell: true,
    keys,
  };
}

/**
 * The readout's live sentences and its tables of numbers, drawn into `div`: at build with no
 * cell, in the browser for every cell shown. A sentence whose text did not change is not written
 * again, so the live region does not repeat it.
 */
export function drawReadout(div: HTMLDivElement, picture: ReadoutPicture): void {
  const root = select(div)
    .attr("class", "pe__readout-body")
    .attr("data-cell", picture.cell ? "" : null);
  part(root, "div", "pe__readout-say")
    .attr("data-readout-say", "")
    .attr("aria-live", "polite")
    .selectAll<HTMLParagraphElement, string>("p")
    .data(picture.sentences)
    .join("p")
    .filter(function (sentence) {
      return this.textContent !== sentence;
    })
    .text((sentence) => sentence);
  part(root, "div", "pe__readout-terms")
    .attr("data-readout-terms", "")
    .selectAll<HTMLDivElement, Term>("div.pe__term")
    .data(picture.terms)
    .join((enter) => enter.append("div").attr("class", "pe__term"))
    .call((term) => {
      term
        .selectAll<HTMLDivElement, NumberPart>("div.pe__part")
        .data((d) => d.parts)
        .join((enter) => enter.append("div").attr("class", "pe__part"))
        .call(drawPart);
      optionalText(term, "p", "pe__partial", (d) => d.partial);
    });
  // The key: each line's swatch is drawn like the mark it names (the .astro styles both alike).
  const keys = part(root, "ul", "pe__mark-keys")
    .attr("data-mark-keys", "")
    .attr("hidden", picture.keys.length ? null : "")
    .selectAll<HTMLLIElement, { kind: MarkKind; text: string }>("li")
    .data(picture.keys)
    .join((enter) => {
      const li = enter.append("li");
      li.append("svg")
        .attr("aria-hidden", "true")
        .attr("viewBox", "0 0 16 16")
        .append("rect")
        .attr("x", 2)
        .attr("y", 2)
        .attr("width", 12)
        .attr("height", 12);
      li.append("span");
      return li;
    });
  keys.select("rect").attr("data-kind", (d) => d.kind);
  keys.select("span").text((d) => d.text);
}
