import { describe, expect, it } from "vitest";
import { KERNEL_PRESETS } from "../../src/core";
import { SAMPLES } from "../../src/widgets/samples";
import { LANGS } from "../../src/i18n";
import { joinSentences } from "../../src/widgets/shared/sentences";
import { pipelineExplorerLabels } from "../../src/widgets/PipelineExplorer/labels";
import { biasActivationLabels } from "../../src/widgets/BiasActivation/labels";
import { channelsLabels } from "../../src/widgets/Channels/labels";
import { convArithmeticLabels } from "../../src/widgets/ConvArithmetic/labels";
import { kernelFeatureMapLabels } from "../../src/widgets/KernelFeatureMap/labels";
import { termLensLabels } from "../../src/widgets/TermLens/labels";
import { slidingWindowLabels } from "../../src/widgets/SlidingWindow/labels";
import { traceLabels } from "../../src/widgets/Trace/labels";
import { trainedNetworkLabels } from "../../src/widgets/TrainedNetwork/labels";
import { fillParts } from "../../src/widgets/TermLens/fillParts";

/** Every widget's labels, by edition. */
const WIDGETS: Record<string, Record<string, unknown>> = {
  pipelineExplorer: pipelineExplorerLabels,
  biasActivation: biasActivationLabels,
  channels: channelsLabels,
  convArithmetic: convArithmeticLabels,
  kernelFeatureMap: kernelFeatureMapLabels,
  termLens: termLensLabels,
  slidingWindow: slidingWindowLabels,
  trace: traceLabels,
  trainedNetwork: trainedNetworkLabels,
};

/**
 * Japanese labels that may hold no Japanese character: formulas made of stage ids and symbols,
 * and names that Japanese texts write in Latin letters too (ReLU, tanh, Leaky ReLU). A `*`
 * stands for any one key.
 */
const SYMBOLIC: Record<string, string[]> = {
  pipelineExplorer: [
    "stageNames.s1",
    "stageNames.z1",
    "stageNames.a1",
    "stageNames.p1",
    "stageNames.z2",
    "stageNames.a2",
    "stageNames.p2",
    "z2Pooled",
    "readout.times",
  ],
  biasActivation: [
    "activationNames.leakyRelu",
    "activationNames.tanh",
    "activationShort.relu",
    "activationShort.leakyRelu",
    "activationShort.tanh",
    "stageNames.s",
    "stageNames.z",
    "stageNames.a",
    "histogramAxisX",
    "thresholdNames.identity",
    "thresholdNames.sigmoid",
    "thresholdNames.tanh",
    "viewNames.a",
  ],
  channels: [
    "equation",
    "inputMap",
    "slice",
    "contribution",
    "plusBias",
    "result",
    "legendStages.z1",
  ],
  convArithmetic: ["outputCaption"],
  kernelFeatureMap: [
    "mapNames.lift",
    "mapNames.product",
    "axisNames.*.*",
    "kernelFormulas.*",
    "kernelWorkings.*",
    "degrees",
    "phiLine",
    "innerProduct",
    "kernelLine",
    "kernelLineShort",
    "planeNames.*",
  ],
  termLens: ["stageNames.*", "nothing"],
  slidingWindow: ["stageNames.z1", "stageNames.a1", "sLine", "zLine", "aLine", "spokenTerm"],
  trace: [
    "stageNames.z1",
    "stageNames.a1",
    "stageNames.z2",
    "stageNames.a2",
    "s2Line",
    "z2Line",
    "a2Line",
    "s1Line",
    "z1Line",
    "a1Line",
  ],
};

/**
 * Placeholders a Japanese label may leave out: the core's own error messages are English, so
 * the Japanese edition says what went wrong in its own words instead of quoting them.
 */
const DROPPED: Record<string, Record<string, string[]>> = {
  convArithmetic: { "explanations.coreSays": ["message"] },
  slidingWindow: { coreError: ["message"] },
  trainedNetwork: { loadError: ["reason"], computeError: ["reason"] },
};

/** Latin words that may stay in symbolic labels: function names of the formulas. */
const LATIN_IN_FORMULAS = new Set(["ReLU", "Leaky", "tanh", "sigmoid", "max", "pool"]);

const JAPANESE = /[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/** Every string in a labels object, by its dotted path (array items by index); `lang` names the edition, it is no word. */
function leaves(value: unknown, path = ""): [string, string][] {
  if (path === "lang") return [];
  if (typeof value === "string") return [[path, value]];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) =>
      leaves(child, path ? `${path}.${key}` : key),
    );
  }
  throw new TypeError(`${path} is neither a string nor an object: ${String(value)}`);
}

/** The placeholder names of a label, each once (a translation may use one twice). */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

function matches(pattern: string, path: string): boolean {
  const p = pattern.split(".");
  const q = path.split(".");
  return p.length === q.length && p.every((part, i) => part === "*" || part === q[i]);
}

describe.each(Object.entries(WIDGETS))("labels of %s", (widget, labels) => {
  const en = new Map(leaves(labels.en));
  const ja = new Map(leaves(labels.ja));

  it("every edition has labels, each saying which edition it is when it carries the field", () => {
    expect(Object.keys(labels).sort()).toEqual([...LANGS].sort());
    for (const lang of LANGS) {
      const own = (labels as Record<string, { lang?: string }>)[lang];
      if ("lang" in own) expect(own.lang).toBe(lang);
    }
  });

  it("the Japanese labels have exactly the keys of the English ones, nested records included", () => {
    expect([...ja.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it("no label is empty", () => {
    for (const [path, text] of [...en, ...ja]) expect(text.trim(), path).not.toBe("");
  });

  it("every placeholder survives translation", () => {
    for (const [path, text] of en) {
      const dropped = DROPPED[widget]?.[path] ?? [];
      const expected = placeholders(text).filter((name) => !dropped.includes(name));
      expect(placeholders(ja.get(path) ?? ""), path).toEqual(expected);
    }
  });

  it("every Japanese label is written in Japanese, except the listed formulas and names", () => {
    const symbolic = SYMBOLIC[widget] ?? [];
    for (const [path, text] of ja) {
      if (symbolic.some((pattern) => matches(pattern, path))) continue;
      expect(text, `${widget}.${path}`).toMatch(JAPANESE);
    }
  });

  it("the listed formulas and names hold no English word", () => {
    const symbolic = SYMBOLIC[widget] ?? [];
    for (const pattern of symbolic) {
      const hits = [...ja].filter(([path]) => matches(pattern, path));
      expect(hits.length, `${widget}: ${pattern} names a label`).toBeGreaterThan(0);
      for (const [path, text] of hits) {
        const words = text.replace(/\{\w+\}/g, "").match(/[A-Za-z]{3,}/g) ?? [];
        for (const word of words) expect(LATIN_IN_FORMULAS, `${path}: ${word}`).toContain(word);
      }
    }
  });
});

describe("shared labels", () => {
  it("every kernel preset has a name and a note in every edition that shows presets", () => {
    const ids = KERNEL_PRESETS.map((p) => p.id).sort();
    for (const widget of [pipelineExplorerLabels, biasActivationLabels, slidingWindowLabels]) {
      for (const lang of LANGS) {
        expect(Object.keys(widget[lang].presets).sort()).toEqual(ids);
      }
    }
    expect(pipelineExplorerLabels.en.presets["sobel-x"].name).toBe("Sobel (x)");
  });

  it("every sample image has a title and a credit in every edition that shows them", () => {
    const ids = SAMPLES.map((s) => s.id).sort();
    for (const widget of [pipelineExplorerLabels, channelsLabels]) {
      for (const lang of LANGS) expect(Object.keys(widget[lang].samples).sort()).toEqual(ids);
    }
  });
});

describe("fillParts", () => {
  it("fillParts puts each placeholder's value, text or element, between the label's own text", () => {
    const term = { element: "strong" };
    expect(fillParts("{term}が指すのは{stages}", { term, stages: "z1、a1" })).toEqual([
      term,
      "が指すのは",
      "z1、a1",
    ]);
    expect(fillParts("{term} names {stages}", { term })).toEqual([term, " names ", "{stages}"]);
  });
});

describe("joinSentences", () => {
  it("joinSentences puts a space after an English sentence and none after a Japanese one", () => {
    expect(joinSentences("Type a number.", "The maps keep 0.5.")).toBe(
      "Type a number. The maps keep 0.5.",
    );
    expect(joinSentences("数値を入力してください。", "マップは0.5のままです。")).toBe(
      "数値を入力してください。マップは0.5のままです。",
    );
    expect(joinSentences("", "A.", "", "B.")).toBe("A. B.");
  });
});
