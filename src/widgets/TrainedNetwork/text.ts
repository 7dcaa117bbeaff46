import { formatNumber, formatSize } from "../../viz/format";
import { fillLabel } from "../parseNumber";
import { joinSentences } from "../shared/sentences";
import type { TrainedNetworkLabels } from "./labels";
import {
  activityChange,
  mapFacts,
  type MapFacts,
  type OcclusionMaps,
  type TensorKind,
} from "./model";
import type { SourceWords, TensorNames } from "./names";

/** A change with its sign: "+0.5", "−1.5", "0". */
export function signed(value: number): string {
  const text = formatNumber(value);
  return text !== "0" && !text.startsWith("\u2212") ? `+${text}` : text;
}

/** "0.42" → "42.0%" (one decimal; never NaN). */
export function percent(p: number): string {
  return Number.isFinite(p) ? `${(100 * p).toFixed(1)}%` : "—";
}

/** The text alternative of one feature map. */
export function mapAlt(
  labels: TrainedNetworkLabels,
  stage: string,
  k: number,
  facts: MapFacts,
  width: number,
  height: number,
): string {
  return fillLabel(labels.mapAlt, {
    stage,
    k: k + 1,
    size: formatSize(height, width, labels.lang),
    min: formatNumber(facts.min),
    max: formatNumber(facts.max),
    zero: Math.round(facts.zeroShare * 100),
  });
}

/** A piece of a line; a source's own word carries the source's language, whatever the edition. */
export interface NamesPart {
  text: string;
  lang?: "en" | "ja";
}

/** A line as its parts: the edition's text and the sources' words, adjacent texts merged. */
export type NamesLine = NamesPart[];

/** Splits a label at its one placeholder: the text before it and after it. */
function around(template: string, placeholder: string): [string, string] {
  const [before, after = ""] = template.split(`{${placeholder}}`);
  return [before, after];
}

/**
 * "Zeiler & Fergus (“feature maps”); Karn (“Feature Map”)": the sources' names in the edition's
 * language, their words as they wrote them (in the source's language); or the edition's "none" word.
 */
export function sourceList(
  labels: TrainedNetworkLabels,
  sources: readonly SourceWords[],
): NamesLine {
  if (sources.length === 0) return [{ text: labels.nobody }];
  const parts: NamesLine = [];
  const add = (text: string, lang?: NamesPart["lang"]) => {
    const last = parts.at(-1);
    if (last && !last.lang && !lang) last.text += text;
    else if (text) parts.push(lang ? { text, lang } : { text });
  };
  const [quoteOpen, quoteClose] = around(labels.quotedWord, "word");
  sources.forEach((source, i) => {
    if (i > 0) add(labels.sourceSeparator);
    const [open, close] = around(fillLabel(labels.sourceWords, { source: source.short }), "words");
    add(open);
    source.words.forEach((word, j) => {
      if (j > 0) add(labels.wordSeparator);
      add(quoteOpen);
      add(word, source.language);
      add(quoteClose);
    });
    add(close);
  });
  return parts;
}

/** The two lines under the tensor choice: who calls it the feature map, who names it otherwise. */
export function namesText(
  labels: TrainedNetworkLabels,
  names: Record<TensorKind, TensorNames>,
  kind: TensorKind,
): { featureMap: NamesLine; other: NamesLine } {
  return {
    featureMap: sourceList(labels, names[kind].featureMap),
    other: sourceList(labels, names[kind].other),
  };
}

/** Summary cells of the numbers table: min, max, sum, share ≤ 0. */
export function factCells(facts: MapFacts): string[] {
  return [
    formatNumber(facts.min),
    formatNumber(facts.max),
    formatNumber(facts.sum),
    `${Math.round(facts.zeroShare * 100)}%`,
  ];
}

/** The bias change as the slider shows it, with a true minus sign: "−1.5 (bias now −1.48)". */
export function shiftText(labels: TrainedNetworkLabels, shift: number, bias: number): string {
  return fillLabel(labels.dead.shiftValue, { shift: signed(shift), bias: formatNumber(bias) });
}

/** "values from 0 to 1.3, 62% zero" for a map's text alternative. */
export function factsText(facts: MapFacts): string {
  return `${formatNumber(facts.min)} … ${formatNumber(facts.max)}, ${Math.round(facts.zeroShare * 100)}% ≤ 0`;
}

/** The dead-filter view's status line; says "dead" when the filter is silent on every digit. */
export function deadStatus(
  labels: TrainedNetworkLabels,
  filter: number,
  frame: { grid: { silent: number }; all: { silent: number; correct: number; count: number } },
): string {
  const count = frame.all.count;
  const text = fillLabel(labels.dead.status, {
    k: filter + 1,
    silent: frame.grid.silent,
    silentAll: frame.all.silent,
    count,
    correct: frame.all.correct,
  });
  return frame.all.silent === count
    ? joinSentences(fillLabel(labels.dead.allSilent, { k: filter + 1 }), text)
    : text;
}

/** CSS placing the position marker over cell (row, col) of a steps × steps map. */
export function markerStyle(row: number, col: number, steps: number): string {
  const cell = 100 / steps;
  return `left: ${(col * cell).toFixed(3)}%; top: ${(row * cell).toFixed(3)}%; width: ${cell.toFixed(3)}%; height: ${cell.toFixed(3)}%`;
}

/** Text alternatives of the two occlusion maps. */
export function occlusionAlts(
  labels: TrainedNetworkLabels,
  maps: OcclusionMaps,
): { activity: string; probability: string } {
  const a = mapFacts(activityChange(maps));
  const p = mapFacts(maps.probability);
  return {
    activity: fillLabel(labels.occlusion.activityAlt, {
      k: maps.strongest + 1,
      min: formatNumber(a.min),
      max: formatNumber(a.max),
    }),
    probability: fillLabel(labels.occlusion.probabilityAlt, {
      label: maps.target,
      min: percent(p.min),
      max: percent(p.max),
    }),
  };
}

/** What the occlusion view says about the square's current position. */
export function occlusionStatus(
  labels: TrainedNetworkLabels,
  maps: OcclusionMaps,
  row: number,
  col: number,
): string {
  const i = row * maps.steps + col;
  return fillLabel(labels.occlusion.status, {
    row: row + 1,
    col: col + 1,
    k: maps.strongest + 1,
    activity: formatNumber(maps.activity[i]),
    change: signed(maps.activity[i] - maps.baseline),
    label: maps.target,
    probability: percent(maps.probability[i]),
    predicted: maps.predicted[i],
  });
}
