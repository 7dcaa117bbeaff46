import { formatNumber } from "../../viz/format";
import { fillLabel } from "../parseNumber";
import type { PipelineExplorerLabels } from "./labels";
import type { Readout, ReadoutStep } from "./readout";

/** A number as a term of a sum: negative ones in parentheses, "0.5 + (−1)". */
const term = (v: number) =>
  v < 0 && formatNumber(v) !== "0" ? `(${formatNumber(v)})` : formatNumber(v);

/** The layer (1 or 2) a readout's steps belong to, from the stage's last digit. */
const layerOf = (stage: string) => stage.slice(-1);

function stepSentence(
  labels: PipelineExplorerLabels,
  step: ReadoutStep,
  layer: string,
  k: number,
): string {
  const r = labels.readout;
  const names = {
    s: `s${layer}`,
    z: `z${layer}`,
    a: `a${layer}`,
    p: `p${layer}`,
    b: `b${layer}[${k + 1}]`,
  };
  switch (step.kind) {
    case "conv": {
      const side = Math.sqrt(step.windows[0].values.length);
      const size = [side, side, ...(step.windows.length > 1 ? [step.windows.length] : [])].join(
        r.times,
      );
      const sentence = fillLabel(r.conv, {
        s: names.s,
        count: step.windows.length * side * side,
        size,
        input: step.input,
        w: step.weights,
        k: k + 1,
        sum: formatNumber(step.sum),
      });
      const padded = step.windows.some((w) => w.padded.some(Boolean));
      return padded ? `${sentence} ${r.padding}` : sentence;
    }
    case "bias":
      return fillLabel(r.bias, {
        z: names.z,
        s: names.s,
        b: names.b,
        before: formatNumber(step.before),
        bias: term(step.bias),
        value: formatNumber(step.value),
      });
    case "activation":
      return fillLabel(r.activation, {
        a: names.a,
        z: names.z,
        before: formatNumber(step.before),
        value: formatNumber(step.value),
      });
    case "pool":
      return fillLabel(r.pool, {
        p: names.p,
        size: [step.size, step.size].join(r.times),
        input: step.input,
        max: formatNumber(step.max),
        row: step.from.row + 1,
        col: step.from.col + 1,
      });
  }
}

/**
 * What the readout says, sentence by sentence: the cell and its value, then each step of its
 * computation. Rows, columns and maps count from 1, as everywhere in the figure.
 */
export function readoutSentences(
  labels: PipelineExplorerLabels,
  readout: Readout,
  pinned: boolean,
): string[] {
  const { stage, k, row, col } = readout.cell;
  const head = fillLabel(labels.readout.cell, {
    stage,
    k: k + 1,
    row: row + 1,
    col: col + 1,
    value: formatNumber(readout.value),
  });
  const layer = layerOf(stage);
  return [
    pinned ? labels.readout.pinned + head : head,
    ...readout.steps.map((step) => stepSentence(labels, step, layer, k)),
  ];
}
