/**
 * The Japanese edition speaks to its reader in です／ます: every message the interface gives
 * (errors, status and live announcements, notices about a link, help on keys and pointers,
 * an exercise's hints and verdicts) ends each sentence in a polite form. Captions, legends and
 * readouts describe the figure in the chapters' である style and are not checked here.
 *
 * The message fields, by name at any depth of a labels object:
 * - every string under `errors`, `fileErrors`, `hints` or `status`;
 * - the fields named in MESSAGE_FIELDS below.
 */
import { describe, expect, it } from "vitest";
import { ja } from "../../src/i18n/ja";
import { biasActivationLabels } from "../../src/widgets/BiasActivation/labels";
import { channelsLabels } from "../../src/widgets/Channels/labels";
import { checkedExercisesLabels } from "../../src/widgets/CheckedExercises/labels";
import { convArithmeticLabels } from "../../src/widgets/ConvArithmetic/labels";
import { kernelFeatureMapLabels } from "../../src/widgets/KernelFeatureMap/labels";
import { pipelineExplorerLabels } from "../../src/widgets/PipelineExplorer/labels";
import { slidingWindowLabels } from "../../src/widgets/SlidingWindow/labels";
import { termLensLabels } from "../../src/widgets/TermLens/labels";
import { traceLabels } from "../../src/widgets/Trace/labels";
import { trainedNetworkLabels } from "../../src/widgets/TrainedNetwork/labels";

const MESSAGE_GROUPS = new Set(["errors", "fileErrors", "hints", "status"]);

const MESSAGE_FIELDS = new Set([
  // status and screen-reader announcements
  "announce",
  "announceVia",
  "updated",
  "loaded",
  "loading",
  "computing",
  "showing",
  "statusPick",
  "statusTurn",
  "predictionText",
  "truth",
  "allSilent",
  "zeroRelu",
  "zeroNone",
  "zeroSome",
  "zeroWhereZIsZero",
  "outputRange",
  // errors and notices
  "coreError",
  "loadError",
  "slopeOutOfRange",
  "pointOutOfRange",
  "notice",
  "fallback",
  "hashFallback",
  "stateFallback",
  "fellBack",
  "gridTooFine",
  "outputCut",
  "unverifiedNote",
  // help
  "keyHelp",
  "drawHelp",
  "positionHelp",
  "viaHelp",
  "outputKeys",
  "reads",
  // an exercise's verdicts
  "correct",
  "notYet",
  "needsScript",
  "unanswered",
  "success",
  "own",
  "other",
  "none",
  // the site's own messages (src/i18n/ja.ts)
  "linkCopied",
  "embedCopied",
  "downloaded",
  "exportFailed",
  "searchCount",
  "searchUnavailable",
  "searchNoScript",
  "notFoundText",
  "chooseLanguage",
]);

const JAPANESE_LABELS: Record<string, unknown> = {
  site: ja,
  biasActivation: biasActivationLabels.ja,
  channels: channelsLabels.ja,
  checkedExercises: checkedExercisesLabels.ja,
  convArithmetic: convArithmeticLabels.ja,
  kernelFeatureMap: kernelFeatureMapLabels.ja,
  pipelineExplorer: pipelineExplorerLabels.ja,
  slidingWindow: slidingWindowLabels.ja,
  termLens: termLensLabels.ja,
  trace: traceLabels.ja,
  trainedNetwork: trainedNetworkLabels.ja,
};

/** The message strings of a labels object, by dotted path. */
function messages(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === "string") {
    const isMessage =
      path.some((part) => MESSAGE_GROUPS.has(part)) || MESSAGE_FIELDS.has(path[path.length - 1]);
    return isMessage ? [[path.join("."), value]] : [];
  }
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => messages(child, [...path, key]));
  }
  return [];
}

/** A polite sentence end: です, ます and their past, negative, request and question forms. */
const POLITE_END = /(?:です|ます|ません|ました|でした|ください|ですか|ましたか)$/;
/** What may follow the verb: a bracketed aside, an ellipsis of work in progress, an arrow. */
const TRAILING = /(?:（[^（）]*）|…|\s*→)+$/;
/** A sentence that only labels a value ("出典データの注記：{note}") or only holds another message. */
const LABELLED_VALUE = /^(?:[^。]*：)?\{\w+\}$/;

/** The sentences of a message (split at 。 outside brackets) that do not end politely. */
export function impoliteSentences(message: string): string[] {
  const sentences: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === "（") depth++;
    else if (message[i] === "）") depth--;
    else if (message[i] === "。" && depth === 0) {
      sentences.push(message.slice(start, i));
      start = i + 1;
    }
  }
  sentences.push(message.slice(start));
  return sentences
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .filter((s) => !LABELLED_VALUE.test(s) && !POLITE_END.test(s.replace(TRAILING, "")));
}

describe("the check itself", () => {
  it("accepts です／ます endings with an aside, an ellipsis or a labelled value after them", () => {
    expect(impoliteSentences("数値を入力してください（例：0.5、−1）。")).toEqual([]);
    expect(impoliteSentences("順伝播を{n}回計算しています…（{done}回完了）")).toEqual([]);
    expect(impoliteSentences("正解です。出典データの注記：{note}")).toEqual([]);
    expect(impoliteSentences("サイトはビルドしましたか。")).toEqual([]);
  });

  it("finds である, だ, plain verbs, ほしい and bare nouns", () => {
    expect(impoliteSentences("数を入力してほしい。")).toEqual(["数を入力してほしい"]);
    expect(impoliteSentences("フィルタ{k}は死んでいる。")).toHaveLength(1);
    expect(impoliteSentences("それは0のユニットである。")).toHaveLength(1);
    expect(impoliteSentences("値は{min}から{max}まで。")).toHaveLength(1);
    expect(impoliteSentences("正解です。もう一度試す。")).toEqual(["もう一度試す"]);
  });
});

describe.each(Object.entries(JAPANESE_LABELS))("Japanese messages of %s", (name, labels) => {
  const found = messages(labels);

  it("has message fields to check", () => {
    expect(found.length, name).toBeGreaterThan(0);
  });

  it("end every sentence in です／ます", () => {
    const impolite = found.flatMap(([path, text]) =>
      impoliteSentences(text).map((sentence) => `${path}: ${sentence}`),
    );
    expect(impolite).toEqual([]);
  });
});
