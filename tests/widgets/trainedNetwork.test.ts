import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { channel, tensor } from "../../src/core/index";
import { forwardNetwork, type DigitSet } from "../../src/core/train/index";
import type { SourceEntry } from "../../src/content/sources";
import { occlusionPictures } from "../../src/widgets/TrainedNetwork/frame";
import {
  DEFAULT_OCCLUSION,
  DIGITS_FILE,
  WEIGHTS_FILE,
  deadFrame,
  firstOfEachClass,
  heldOutDigit,
  occlude,
  occluderSteps,
  occlusionMaps,
  readModelFiles,
  w2Summary,
  withBiasShift,
} from "../../src/widgets/TrainedNetwork/model";
import { namesByTensor } from "../../src/widgets/TrainedNetwork/names";
import {
  DEFAULT_TN_STATE,
  defaultState,
  readTrainedNetworkState,
  writeTrainedNetworkState,
} from "../../src/widgets/TrainedNetwork/state";
import { markerStyle, percent, shiftText, sourceList } from "../../src/widgets/TrainedNetwork/text";
import { trainedNetworkEn, trainedNetworkJa } from "../../src/widgets/TrainedNetwork/labels";

const shipped = readModelFiles(
  readFileSync(`public/${WEIGHTS_FILE}`),
  readFileSync(`public/${DIGITS_FILE}`),
);
const LIMITS = { digits: 100, filters: 8, steps: 14 };

/** A source entry with just what namesByTensor reads. */
function source(id: string, order: number, terms: [string, string[]][]): SourceEntry {
  return {
    id,
    data: {
      short: id.toUpperCase(),
      short_ja: `出典${id.toUpperCase()}`,
      order,
      terms: terms.map(([term, stages]) => ({ term, stages, extent: "slice" })),
    },
  } as unknown as SourceEntry;
}

describe("namesByTensor", () => {
  const entries = [
    source("b", 2, [
      ["Rectified Feature Maps", ["a1"]],
      ["channel", ["z2", "a2"]],
    ]),
    source("a", 1, [
      ["feature map", ["a1", "p1"]],
      ["activation map", ["z1"]],
    ]),
  ];

  it("namesByTensor lists, per tensor, the sources whose word for it says 'feature map', in source order", () => {
    const names = namesByTensor(entries);
    expect(names.a.featureMap).toEqual([
      { short: "A", words: ["feature map"], language: "en" },
      { short: "B", words: ["Rectified Feature Maps"], language: "en" },
    ]);
    expect(names.p.featureMap).toEqual([{ short: "A", words: ["feature map"], language: "en" }]);
    expect(names.s).toEqual({ featureMap: [], other: [] });
  });

  it("namesByTensor puts other words (from layer 1 or 2) in the second list", () => {
    const names = namesByTensor(entries);
    expect(names.z.other).toEqual([
      { short: "A", words: ["activation map"], language: "en" },
      { short: "B", words: ["channel"], language: "en" },
    ]);
    expect(names.z.featureMap).toEqual([]);
  });

  it("namesByTensor names the sources by short_ja in the Japanese edition", () => {
    expect(namesByTensor(entries, "ja").z.other).toEqual([
      { short: "出典A", words: ["activation map"], language: "en" },
      { short: "出典B", words: ["channel"], language: "en" },
    ]);
  });
});

describe("sourceList", () => {
  const two = [
    { short: "Zeiler & Fergus", words: ["feature maps", "Feature Maps"], language: "en" as const },
    { short: "Karn", words: ["Feature Map"], language: "en" as const },
  ];
  const text = (line: { text: string }[]) => line.map((p) => p.text).join("");
  const english = (line: { text: string; lang?: string }[]) =>
    line.filter((p) => p.lang === "en").map((p) => p.text);

  it("sourceList writes each source with its quoted words, in the edition's punctuation", () => {
    expect(text(sourceList(trainedNetworkEn, two))).toBe(
      "Zeiler & Fergus (“feature maps”, “Feature Maps”); Karn (“Feature Map”)",
    );
    expect(text(sourceList(trainedNetworkJa, two))).toBe(
      "Zeiler & Fergus（「feature maps」、「Feature Maps」）、Karn（「Feature Map」）",
    );
  });

  it("sourceList marks only the sources' own words as English", () => {
    for (const labels of [trainedNetworkEn, trainedNetworkJa]) {
      expect(english(sourceList(labels, two))).toEqual([
        "feature maps",
        "Feature Maps",
        "Feature Map",
      ]);
    }
  });

  it("sourceList gives the edition's 'none' word, not marked English, for no sources", () => {
    expect(sourceList(trainedNetworkJa, [])).toEqual([{ text: trainedNetworkJa.nobody }]);
  });
});

describe("trained-network URL state", () => {
  it("readTrainedNetworkState of an empty hash gives each view's defaults without a notice", () => {
    expect(readTrainedNetworkState("", "maps", LIMITS)).toEqual({
      state: DEFAULT_TN_STATE,
      fellBack: false,
    });
    expect(readTrainedNetworkState("", "occlusion", LIMITS).state).toEqual(
      defaultState("occlusion"),
    );
  });

  it("writeTrainedNetworkState then readTrainedNetworkState round-trips each view's keys, 1-based in the URL", () => {
    const state = { ...DEFAULT_TN_STATE, digit: 41, tensor: "p" as const };
    const hash = writeTrainedNetworkState("#other=1", "maps", state);
    expect(hash).toBe("#other=1&tn.digit=42&tn.tensor=p");
    expect(readTrainedNetworkState(hash, "maps", LIMITS).state).toEqual(state);
    const dead = { ...DEFAULT_TN_STATE, filter: 3, shift: -2.3 };
    const deadHash = writeTrainedNetworkState(hash, "dead", dead);
    expect(deadHash).toContain("tn.filter=4&tn.shift=-2.3");
    expect(readTrainedNetworkState(deadHash, "dead", LIMITS).state).toEqual(dead);
    const occ = { ...defaultState("occlusion"), digit: 5, size: 10, row: 0, col: 13 };
    const occHash = writeTrainedNetworkState("", "occlusion", occ);
    expect(readTrainedNetworkState(occHash, "occlusion", LIMITS).state).toEqual(occ);
  });

  it("readTrainedNetworkState ignores the keys of the other views", () => {
    const read = readTrainedNetworkState("#tn.occ.digit=7&tn.shift=-1", "maps", LIMITS);
    expect(read).toEqual({ state: DEFAULT_TN_STATE, fellBack: false });
  });

  it("readTrainedNetworkState of foreign values falls back to defaults, visibly, and never throws", () => {
    for (const hash of ["#tn.digit=0", "#tn.digit=101", "#tn.digit=3.5", "#tn.tensor=q"]) {
      const read = readTrainedNetworkState(hash, "maps", LIMITS);
      expect(read.fellBack, hash).toBe(true);
      expect(read.state, hash).toEqual(DEFAULT_TN_STATE);
    }
    // A malformed escape in a value of ours is unusable, and reported.
    expect(readTrainedNetworkState("#tn.tensor=%E0%A4", "maps", LIMITS)).toEqual({
      state: DEFAULT_TN_STATE,
      fellBack: true,
    });
    expect(readTrainedNetworkState("#tn.shift=-9", "dead", LIMITS).fellBack).toBe(true);
    expect(readTrainedNetworkState("#tn.shift=1e1", "dead", LIMITS).fellBack).toBe(true);
    expect(readTrainedNetworkState("#tn.occ.size=7", "occlusion", LIMITS).fellBack).toBe(true);
    expect(readTrainedNetworkState("#tn.occ.row=15", "occlusion", LIMITS).fellBack).toBe(true);
  });
});

describe("the occlusion experiment", () => {
  const { x, label } = heldOutDigit(shipped.digits, 8);

  it("occlude paints the grey square, clipped at the image's edge", () => {
    const blank = new Float32Array(28 * 28);
    const corner = occlude(blank, 0, 0, { size: 6, stride: 2, fill: 0.5 });
    // Centre (1, 1), half 3: rows and columns −2…3, of which 0…3 are inside.
    expect(corner.filter((v) => v === 0.5).length).toBe(16);
    expect(corner[3 * 28 + 3]).toBe(0.5);
    expect(corner[4 * 28 + 0]).toBe(0);
    const inside = occlude(blank, 7, 7, { size: 6, stride: 2, fill: 0.5 });
    expect(inside.filter((v) => v === 0.5).length).toBe(36);
    expect(blank.every((v) => v === 0)).toBe(true);
    expect(occluderSteps(2)).toBe(14);
  });

  it("occlusionMaps computes every value with a forward pass of the core on the occluded digit, from the shipped weights", () => {
    const maps = occlusionMaps(shipped.net, x.data, DEFAULT_OCCLUSION, label);
    expect(maps.steps).toBe(14);
    expect(maps.target).toBe(label);
    for (const [row, col] of [
      [0, 0],
      [8, 7],
      [13, 2],
    ]) {
      const image = tensor([1, 28, 28], occlude(x.data, row, col, DEFAULT_OCCLUSION));
      const out = forwardNetwork(image, shipped.net);
      const i = row * 14 + col;
      expect(maps.probability[i]).toBe(out.probabilities[label]);
      const sum = channel(out.stages.a2, maps.strongest).reduce((a, b) => a + b, 0);
      expect(maps.activity[i]).toBeCloseTo(sum, 3);
    }
  });

  it("occlusionMaps with other weights gives other maps (nothing is stored)", () => {
    const a = occlusionMaps(shipped.net, x.data, DEFAULT_OCCLUSION, label);
    const b = occlusionMaps(withBiasShift(shipped.net, 0, 0.5), x.data, DEFAULT_OCCLUSION, label);
    expect(Array.from(b.probability)).not.toEqual(Array.from(a.probability));
    expect(Array.from(b.activity)).not.toEqual(Array.from(a.activity));
  });

  it("occlusionPictures draws the change of activity on a scale symmetric about 0, and probabilities on 0–1", () => {
    const maps = occlusionMaps(shipped.net, x.data, DEFAULT_OCCLUSION, label);
    const pictures = occlusionPictures(maps);
    expect(pictures.activity.values[0]).toBeCloseTo(maps.activity[0] - maps.baseline, 3);
    expect(pictures.activity.scale.kind).toBe("diverging");
    expect(pictures.activity.scale.domain[0]).toBe(-pictures.activity.scale.domain[1]);
    expect(pictures.probability.scale.domain).toEqual([0, 1]);
  });

  it("with the square in the hole of held-out digit 9 (a 0) the shipped network stops reading a 0", () => {
    const { row, col } = defaultState("occlusion");
    const maps = occlusionMaps(shipped.net, x.data, DEFAULT_OCCLUSION, label);
    expect(label).toBe(0);
    expect(maps.predicted[row * 14 + col]).not.toBe(0);
  });
});

describe("dead filters", () => {
  const grid = firstOfEachClass(shipped.digits, 8);

  it("firstOfEachClass picks the first digit of each class", () => {
    const set: DigitSet = {
      size: 1,
      images: new Float32Array(5),
      labels: Uint8Array.from([1, 0, 1, 2, 0]),
    };
    expect(firstOfEachClass(set, 3)).toEqual([1, 0, 3]);
    expect(grid.map((i) => shipped.digits.labels[i])).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("deadFrame with the bias lowered by 4 silences the filter on every shipped digit", () => {
    for (let filter = 0; filter < 8; filter++) {
      const frame = deadFrame(shipped.net, shipped.digits, grid, filter, -4);
      expect(frame.all.silent, `filter ${filter + 1}`).toBe(100);
      expect(frame.grid.silent).toBe(8);
    }
  });

  it("deadFrame with the bias unchanged finds filter 1 alive and the network right on most digits", () => {
    const frame = deadFrame(shipped.net, shipped.digits, grid, 0, 0);
    expect(frame.all.silent).toBe(0);
    expect(frame.all.correct).toBeGreaterThanOrEqual(97);
    expect(frame.bias).toBe(shipped.net.b1[0]);
  });

  it("withBiasShift changes a copy of b1 only", () => {
    const before = Array.from(shipped.net.b1);
    const changed = withBiasShift(shipped.net, 2, -1);
    expect(changed.b1[2]).toBeCloseTo(before[2] - 1, 6);
    expect(Array.from(shipped.net.b1)).toEqual(before);
    expect(changed.w1).toBe(shipped.net.w1);
  });
});

describe("trained-network helpers", () => {
  it("w2Summary sums each 3×3 kernel of w2 into a [filters, channels] grid", () => {
    const summary = w2Summary(shipped.net);
    expect([summary.rows, summary.cols]).toEqual([16, 8]);
    const first = shipped.net.w2.data.slice(9 * 9, 10 * 9).reduce((a, b) => a + b, 0);
    expect(summary.values[9]).toBeCloseTo(first, 5);
  });

  it("percent, shiftText and markerStyle format for the reader", () => {
    expect(percent(0.98765)).toBe("98.8%");
    expect(percent(NaN)).toBe("—");
    expect(shiftText(trainedNetworkEn, -1.5, -1.48)).toBe("\u22121.5 (bias now \u22121.48)");
    expect(shiftText(trainedNetworkEn, 0.5, 0.52)).toBe("+0.5 (bias now 0.52)");
    expect(markerStyle(1, 2, 4)).toBe(
      "left: 50.000%; top: 25.000%; width: 25.000%; height: 25.000%",
    );
  });
});
