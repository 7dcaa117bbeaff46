import { termsByStage, type SourceEntry } from "../../content/sources";
import { sourceLanguage, sourceShort } from "../../content/paraphrase";
import { stagesOf, TENSOR_KINDS, type TensorKind } from "./model";

/** One source's words for a tensor, e.g. { short: "Zeiler & Fergus", words: ["feature maps"] }. */
export interface SourceWords {
  short: string;
  words: string[];
  /** The language the source writes its words in. */
  language: "en" | "ja";
}

/** For one tensor kind: the sources that call it a feature map, and those that name it otherwise. */
export interface TensorNames {
  featureMap: SourceWords[];
  other: SourceWords[];
}

/** "feature map", "Feature Maps", "rectified feature map", "2D feature map"…, 特徴マップ, フィーチャマップ. */
const FEATURE_MAP = /feature map|特徴マップ|フィーチャマップ/i;

/**
 * Who names each tensor kind (s, z, a, p; layer 1 or 2), from the sources collection: for each
 * source (named in the edition's language), its words for s1 or s2 (etc.), split into those that
 * say "feature map" and the rest.
 * Sources are in their reading order (`order`, then id).
 */
export function namesByTensor(
  entries: readonly SourceEntry[],
  lang: "en" | "ja" = "en",
): Record<TensorKind, TensorNames> {
  const sorted = [...entries].sort(
    (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
  const result = {} as Record<TensorKind, TensorNames>;
  for (const kind of TENSOR_KINDS) {
    const names: TensorNames = { featureMap: [], other: [] };
    for (const { data } of sorted) {
      const byStage = termsByStage(data);
      const words = [...new Set(stagesOf(kind).flatMap((stage) => byStage[stage] ?? []))];
      const fm = words.filter((w) => FEATURE_MAP.test(w));
      const rest = words.filter((w) => !FEATURE_MAP.test(w));
      const short = sourceShort(data, lang);
      const language = sourceLanguage(data);
      if (fm.length) names.featureMap.push({ short, words: fm, language });
      else if (rest.length) names.other.push({ short, words: rest, language });
    }
    result[kind] = names;
  }
  return result;
}
