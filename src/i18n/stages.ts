import type { StageId } from "../core/stages";
import type { Lang } from "./index";

/** One stage of our network as the glossary and the stage links in the prose describe it. */
export interface StageEntry {
  /** How the stage is written, with its formula where it has one. */
  name: string;
  /** One sentence: what the stage holds, in the edition's language. */
  definition: string;
}

const en: Record<StageId, StageEntry> = {
  x: { name: "x", definition: "The input image: the array of pixels the first layer reads." },
  w1: {
    name: "w1",
    definition:
      "The first layer’s filters (kernels): the weights each window of x is multiplied by.",
  },
  b1: {
    name: "b1",
    definition:
      "The first layer’s biases: one number per filter, added at every position of its map.",
  },
  s1: {
    name: "s1 = w1 ∗ x",
    definition: "The convolution alone: each filter’s weighted sums over x, before the bias.",
  },
  z1: {
    name: "z1 = s1 + b1",
    definition: "The pre-activation: the convolution plus the filter’s bias, before the ReLU.",
  },
  a1: {
    name: "a1 = ReLU(z1)",
    definition: "The activation: the pre-activation with every negative value set to zero.",
  },
  p1: {
    name: "p1 = pool(a1)",
    definition:
      "The pooled activation: each small window of a1 reduced to one value (its maximum).",
  },
  w2: {
    name: "w2",
    definition: "The second layer’s filters: each spans every map of the layer’s input.",
  },
  b2: { name: "b2", definition: "The second layer’s biases: one number per filter." },
  s2: {
    name: "s2 = w2 ∗ p1",
    definition: "The second convolution alone: sums over every input map, before the bias.",
  },
  z2: {
    name: "z2 = s2 + b2",
    definition:
      "The second layer’s pre-activation: its convolution plus its bias, before the ReLU.",
  },
  a2: {
    name: "a2 = ReLU(z2)",
    definition: "The second layer’s activation: z2 with every negative value set to zero.",
  },
  p2: {
    name: "p2 = pool(a2)",
    definition:
      "The second layer’s pooled activation: each small window of a2 reduced to one value.",
  },
  F1: {
    name: "F1: x ↦ a1",
    definition:
      "The first layer as a function, which maps an input to its activation; not an array.",
  },
  F2: {
    name: "F2: p1 ↦ a2",
    definition:
      "The second layer as a function, which maps its input to its activation; not an array.",
  },
  phi: {
    name: "φ: ℝⁿ → ℝᵐ",
    definition:
      "The feature map of kernel methods: a function into a space where the kernel is an inner product, k(x, y) = ⟨φ(x), φ(y)⟩.",
  },
};

const ja: Record<StageId, StageEntry> = {
  x: { name: "x", definition: "入力画像。第1層が読む画素の配列である。" },
  w1: { name: "w1", definition: "第1層のフィルタ（カーネル）。xの各窓に掛ける重みである。" },
  b1: {
    name: "b1",
    definition: "第1層のバイアス。フィルタごとに1つの数で、そのマップのすべての位置に加える。",
  },
  s1: {
    name: "s1 = w1 ∗ x",
    definition: "畳み込みだけの結果。各フィルタによるxの重み付き和で、バイアスを加える前のもの。",
  },
  z1: {
    name: "z1 = s1 + b1",
    definition:
      "活性化前の値（pre-activation）。畳み込みにフィルタのバイアスを加えた、ReLUを通す前のもの。",
  },
  a1: {
    name: "a1 = ReLU(z1)",
    definition: "活性化（activation）。活性化前の値のうち、負のものをすべて0にしたもの。",
  },
  p1: {
    name: "p1 = pool(a1)",
    definition: "プーリング後の活性化。a1の小さな窓ごとに1つの値（最大値）にまとめたもの。",
  },
  w2: { name: "w2", definition: "第2層のフィルタ。それぞれが層の入力のすべてのマップにわたる。" },
  b2: { name: "b2", definition: "第2層のバイアス。フィルタごとに1つの数である。" },
  s2: {
    name: "s2 = w2 ∗ p1",
    definition:
      "第2層の畳み込みだけの結果。すべての入力マップにわたる和で、バイアスを加える前のもの。",
  },
  z2: {
    name: "z2 = s2 + b2",
    definition: "第2層の活性化前の値。畳み込みにバイアスを加えた、ReLUを通す前のもの。",
  },
  a2: {
    name: "a2 = ReLU(z2)",
    definition: "第2層の活性化。z2の負の値をすべて0にしたもの。",
  },
  p2: {
    name: "p2 = pool(a2)",
    definition: "第2層のプーリング後の活性化。a2の小さな窓ごとに1つの値にまとめたもの。",
  },
  F1: {
    name: "F1: x ↦ a1",
    definition: "関数としての第1層。入力をその活性化に写す写像で、配列ではない。",
  },
  F2: {
    name: "F2: p1 ↦ a2",
    definition: "関数としての第2層。その入力を活性化に写す写像で、配列ではない。",
  },
  phi: {
    name: "φ: ℝⁿ → ℝᵐ",
    definition:
      "カーネル法の特徴写像（feature map）。カーネルが内積k(x, y) = ⟨φ(x), φ(y)⟩になる空間への関数である。",
  },
};

const STAGE_ENTRIES: Record<Lang, Record<StageId, StageEntry>> = { en, ja };

export function stageEntry(lang: Lang, stage: StageId): StageEntry {
  return STAGE_ENTRIES[lang][stage];
}

/** The glossary's anchor for a stage: the target of every stage link in the prose. */
export function stageAnchor(stage: StageId): string {
  return `stage-${stage}`;
}

/** How a stage id is written for readers: φ for phi, the id itself otherwise. */
export function stageSymbol(stage: StageId): string {
  return stage === "phi" ? "φ" : stage;
}
