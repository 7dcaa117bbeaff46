import { select } from "d3";
import { drawLegend } from "../../viz/legend";
import { formatNumber } from "../../viz/format";
import { part } from "../../viz/part";
import type { ColourScale } from "../../viz/scales";
import { fillLabel } from "../parseNumber";
import type { PipelineExplorerLabels } from "./labels";
import { POOLED_STAGES, type ScaleMode, type ShownStage } from "./model";

/*
 * The explorer's HTML parts that change with its state, one draw function each. The build runs
 * each on an empty <div> (drawnAtBuild) for the first frame; the browser runs it again on that
 * markup for every change, and the joins update what is there: the same state changes nothing.
 */

/** What a stage's column head shows: its name, its legend and which scale is on. */
export interface StageHead {
  stage: ShownStage;
  /** The stage's shared scale, which the legend's bar and ticks show. */
  scale: ColourScale;
  mode: ScaleMode;
  /** Whether layer 2 reads the pooled p1 (z2's name says which map it reads). */
  pool: boolean;
}

/** A stage's name as the figure writes it: z2's says whether it reads a1 or the pooled p1. */
export function stageName(labels: PipelineExplorerLabels, stage: ShownStage, pool: boolean) {
  return stage === "z2" && pool ? labels.z2Pooled : labels.stageNames[stage];
}

/** Marks a part that exists only with pooling on, so the figure's CSS hides it with pooling off. */
const pooledMark = (stage: ShownStage) => (POOLED_STAGES.includes(stage) ? "" : null);

/**
 * A stage's column head: its name, its legend (drawLegend) and the note on which scale is on.
 * The legend's ticks hold only for a shared scale, so they are hidden under the maps' own.
 */
export function drawStageHead(
  div: HTMLDivElement,
  head: StageHead,
  labels: PipelineExplorerLabels,
): void {
  const root = select(div)
    .attr("class", "pe__col-head")
    .attr("data-stage", head.stage)
    .attr("data-pooled", pooledMark(head.stage));
  part(root, "span", "pe__stage-name").text(stageName(labels, head.stage, head.pool));
  const legend = part(root, "div", "legend")
    .attr("data-legend", head.stage)
    .attr("role", "group")
    .attr("aria-label", fillLabel(labels.legendFor, { stage: labels.stageNames[head.stage] }));
  drawLegend(legend.node()!, head.scale);
  legend.select(".legend__ticks").attr("hidden", head.mode === "map" ? "" : null);
  part(root, "p", "pe__scale-note").attr("data-scale-note", "").text(labels.scaleNotes[head.mode]);
}

/** One row of the numbers table: a map's name and its summary's cells (min, max, mean, zeros). */
export interface NumberRow {
  /** `${stage}-${k}`, the row's data-row. */
  key: string;
  stage: ShownStage | "x";
  k: number;
  cells: readonly string[];
}

/**
 * The numbers table under the figure: one row per map shown, keyed by its map, so that the rows
 * of p1 and p2 come and go with pooling in their place. The build's rows carry no d3 data; their
 * key is read from data-row.
 */
export function drawNumbers(
  div: HTMLDivElement,
  rows: readonly NumberRow[],
  pool: boolean,
  labels: PipelineExplorerLabels,
): void {
  const root = select(div).attr("class", "pe__table").attr("data-numbers", "");
  // part() nests from a root selection, so each level is selected anew.
  const table = select(part(root, "table", "pe__numbers-table").node()!);
  part(table, "caption", "pe__numbers-caption").text(labels.numbersCaption);
  const head = select(part(table, "thead", "pe__numbers-head").node()!);
  part(head, "tr", "pe__numbers-names")
    .selectAll("th")
    .data([labels.stage, labels.min, labels.max, labels.mean, labels.zeroShare])
    .join("th")
    .attr("scope", "col")
    .text((name) => name);
  const tr = select(part(table, "tbody", "pe__numbers-rows").node()!)
    .selectAll<HTMLTableRowElement, NumberRow | undefined>("tr")
    .data(rows, function (row) {
      return row ? row.key : ((this as HTMLTableRowElement).getAttribute("data-row") ?? "");
    })
    .join("tr")
    .attr("data-row", (row) => row.key)
    .attr("data-pooled", (row) => (row.stage === "x" ? null : pooledMark(row.stage)));
  const name = (row: NumberRow) =>
    row.stage === "x" ? labels.stageNames.x : stageName(labels, row.stage, pool);
  tr.selectChildren("th")
    .data((row) => [`${name(row)} [${row.k + 1}]`])
    .join("th")
    .attr("scope", "row")
    .text((text) => text);
  tr.selectAll("td")
    .data((row) => row.cells)
    .join("td")
    .text((cell) => cell);
}

/** A line of text that the figure rewrites, with the attribute its script finds it by. */
function line(div: HTMLDivElement, className: string, hook: string, text: string) {
  return select(div).attr("class", className).attr(hook, "").text(text);
}

/** The credit line of the input: the photograph's source, or the reader's own image. */
export function drawCredit(div: HTMLDivElement, sample: string, labels: PipelineExplorerLabels) {
  const credit = sample === "own" ? labels.ownCredit : (labels.samples[sample]?.credit ?? "");
  line(div, "pe__credit", "data-credit", credit);
}

/** What the reader's last file or sample choice came to; `error` marks a failure. */
export interface FileMessage {
  text: string;
  error: boolean;
}

/** The message under the file field, spoken as it changes (role status). */
export function drawFileMessage(div: HTMLDivElement, message: FileMessage | null): void {
  line(div, "pe__file-message", "data-file-message", message?.text ?? "")
    .attr("role", "status")
    .attr("data-error", message?.error ? "" : null);
}

/** What an edit of filter k did to its maps, for the status line. */
export interface EditStatus {
  k: number;
  zMin: number;
  zMax: number;
  /** The share of a1's cells at zero, 0–1. */
  zeroShare: number;
}

/** The visually hidden status line that tells a screen reader what the last edit did. */
export function drawStatus(
  div: HTMLDivElement,
  status: EditStatus | null,
  labels: PipelineExplorerLabels,
): void {
  const text = status
    ? fillLabel(labels.updated, {
        k: status.k + 1,
        min: formatNumber(status.zMin),
        max: formatNumber(status.zMax),
        zero: Math.round(status.zeroShare * 100),
      })
    : "";
  line(div, "visually-hidden", "data-status", text).attr("role", "status");
}
