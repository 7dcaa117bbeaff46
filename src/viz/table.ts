import { select } from "d3";
import { part } from "./part";

/** A table's words: its caption, its column heads, and its rows, each led by its row's head. */
export interface TableData {
  caption: string;
  head: string[];
  rows: string[][];
}

/**
 * The table in a figure's `div` (the figure's numbers, for readers who cannot see the drawing),
 * drawn by joins so a redraw only rewrites the cells that changed.
 */
export function drawTable(div: HTMLElement, { caption, head, rows }: TableData): void {
  // A part of a part: select() again, since part() takes a selection of the root.
  const table = select(part(select(div), "table", "data-table").node()!);
  part(table, "caption", "data-table__caption").text(caption);
  part(table, "thead", "data-table__head")
    .selectChildren("tr")
    .data([head])
    .join("tr")
    .selectChildren("th")
    .data((names) => names)
    .join("th")
    .attr("scope", "col")
    .text((name) => name);
  const body = part(table, "tbody", "data-table__rows").attr("data-rows", "");
  const tr = body.selectChildren("tr").data(rows).join("tr");
  tr.selectChildren("th")
    .data(([name]) => [name])
    .join("th")
    .attr("scope", "row")
    .text((name) => name);
  tr.selectChildren("td")
    .data(([, ...cells]) => cells)
    .join("td")
    .text((cell) => cell);
}
