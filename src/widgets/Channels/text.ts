import { formatNumber, formatSize } from "../../viz/format";
import { fillLabel } from "../parseNumber";
import type { ChannelsLabels } from "./labels";
import { mapRange, type SumView } from "./model";

/** The text alternative of one map: its name, size and range. */
export function mapAlt(
  labels: ChannelsLabels,
  name: string,
  values: Float32Array,
  width: number,
  height: number,
): string {
  const { min, max } = mapRange(values);
  return fillLabel(labels.mapAlt, {
    name,
    size: formatSize(height, width, labels.lang),
    min: formatNumber(min),
    max: formatNumber(max),
  });
}

/** Names of the maps in the sum for output map o: the contributions, the sum, and z2[o]. */
export function partNames(
  labels: ChannelsLabels,
  view: SumView,
): {
  parts: string[];
  sum: string;
  result: string;
} {
  const o = view.o + 1;
  return {
    parts: view.parts.map((_, c) => fillLabel(labels.contribution, { o, c: c + 1 })),
    sum: labels.sum,
    result: fillLabel(labels.result, { o }),
  };
}

/** Three decimals throughout, so the sum shown agrees with its terms to the last digit. */
const fixed = (v: number) => {
  const text = v.toFixed(3);
  return (/^-0\.000$/.test(text) ? "0.000" : text).replace("-", "\u2212");
};
const signed = (v: number) => {
  const text = fixed(v);
  return text.startsWith("\u2212") ? `(${text})` : text;
};

/** The arithmetic at the outlined pixel: each contribution, their sum, plus the bias, = z2. */
export function probeText(labels: ChannelsLabels, view: SumView): string {
  const i = view.probe.index;
  return fillLabel(labels.probe, {
    row: view.probe.row + 1,
    col: view.probe.col + 1,
    terms: view.parts.map((part) => signed(part[i])).join(" + "),
    sum: fixed(view.sum[i]),
    b: fixed(view.bias),
    z: fixed(view.z[i]),
    o: view.o + 1,
  });
}

export function statusText(labels: ChannelsLabels, view: SumView): string {
  const { min, max } = mapRange(view.z);
  return fillLabel(labels.status, {
    o: view.o + 1,
    min: formatNumber(min),
    max: formatNumber(max),
  });
}

/** Rows of the numbers table: name, minimum, maximum, value at the outlined pixel. */
export function numberRows(labels: ChannelsLabels, view: SumView): string[][] {
  const names = partNames(labels, view);
  const i = view.probe.index;
  const row = (name: string, values: Float32Array) => {
    const { min, max } = mapRange(values);
    return [name, formatNumber(min), formatNumber(max), formatNumber(values[i])];
  };
  return [
    ...view.parts.map((part, c) => row(names.parts[c], part)),
    row(names.sum, view.sum),
    row(names.result, view.z),
  ];
}
