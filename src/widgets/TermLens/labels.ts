import type { Lang } from "../../i18n";

/** Every visible or spoken word of the term lens; each edition passes its own. */
export interface TermLensLabels {
  caption: string;
  sources: string;
  pin: string;
  noPin: string;
  layer1: string;
  layer2: string;
  functions: string;
  stageNames: Record<string, string>;
  stageHints: Record<string, string>;
  chosen: string;
  pinned: string;
  /** Marks our own words (a note or a paraphrase), before `colon`. */
  ourWords: string;
  /** Marks our Japanese translation shown under a verbatim English quote, before `colon`. */
  ourTranslation: string;
  /** Between a tag ("In our words") and what it marks. */
  colon: string;
  unverifiedNote: string;
  /** A source's word in quotation marks: {term}. */
  term: string;
  /** One usage: {term} (the quoted word) and {stages} (its stage ids). */
  names: string;
  listSeparator: string;
  /** A source's word on a stage's badge: {term}, quoted in 「」 in Japanese. */
  badgeWord: string;
  /** Between the words of one badge. */
  badgeSeparator: string;
  /** A stage in the announcement, with the source's words for it. */
  stageWithWords: string;
  announce: string;
  fallback: string;
  tableCaption: string;
  tableSource: string;
  tableTerm: string;
  tableStages: string;
  tableQuote: string;
  nothing: string;
  /** Which network the thumbnails show: the default one, or the explorer on the same page. */
  networkDefault: string;
  networkExplorer: string;
  networkNoPool: string;
}

export const termLensEn: TermLensLabels = {
  caption:
    "The term lens. Choose a source: every tensor its words name lights up, labelled with its own word. Pin a second source to compare two authors.",
  sources: "Sources",
  pin: "Compare with",
  noPin: "nobody",
  layer1: "Layer 1",
  layer2: "Layer 2",
  functions: "Functions, not tensors",
  stageNames: {
    x: "x",
    w1: "w1",
    b1: "b1",
    s1: "s1 = w1 ∗ x",
    z1: "z1 = s1 + b1",
    a1: "a1 = ReLU(z1)",
    p1: "p1 = pool(a1)",
    w2: "w2",
    b2: "b2",
    s2: "s2 = w2 ∗ p1",
    z2: "z2 = s2 + b2",
    a2: "a2 = ReLU(z2)",
    p2: "p2 = pool(a2)",
    F1: "F1: x ↦ a1",
    F2: "F2: p1 ↦ a2",
    phi: "φ: ℝⁿ → ℝᵐ",
  },
  stageHints: {
    x: "input image",
    w1: "conv1 filters",
    b1: "conv1 biases",
    s1: "convolution only",
    z1: "pre-activation",
    a1: "activation",
    p1: "max-pooled",
    w2: "conv2 filters",
    b2: "conv2 biases",
    s2: "convolution only",
    z2: "pre-activation",
    a2: "activation",
    p2: "max-pooled",
    F1: "the layer as a function",
    F2: "the layer as a function",
    phi: "kernel methods",
  },
  chosen: "Chosen",
  pinned: "Pinned",
  ourWords: "In our words",
  ourTranslation: "Our translation",
  colon: ": ",
  unverifiedNote:
    "The source’s exact wording is known to us only from secondary copies, so we do not quote it.",
  term: "“{term}”",
  names: "{term} names {stages}",
  listSeparator: ", ",
  badgeWord: "{term}",
  badgeSeparator: " · ",
  stageWithWords: "{stage} ({words})",
  announce: "{source}: {count} stages highlighted: {list}.",
  fallback: "The link named a source this page does not know, so it shows the default.",
  tableCaption: "Which tensor each source’s words name",
  tableSource: "Source",
  tableTerm: "Term",
  tableStages: "Stages",
  tableQuote: "Quote or paraphrase",
  nothing: "—",
  networkDefault:
    "The pictures show our two-layer network: the pipeline explorer’s default filters with its 2 × 2 max pooling on.",
  networkExplorer: "The pictures follow the pipeline explorer on this page, as you have set it.",
  networkNoPool:
    "Its pooling is off, so it computes no p1 or p2, and layer 2 reads a1: s2 = w2 ∗ a1.",
};

export const termLensJa: TermLensLabels = {
  caption:
    "用語レンズです。出典を選ぶと、その語が指すテンソルがすべて光り、出典自身の語が添えられます。2人の著者を比べるには、もう1つの出典を比較対象に選んでください。",
  sources: "出典",
  pin: "比較対象",
  noPin: "なし",
  layer1: "第1層",
  layer2: "第2層",
  functions: "テンソルではなく関数",
  stageNames: {
    x: "x",
    w1: "w1",
    b1: "b1",
    s1: "s1 = w1 ∗ x",
    z1: "z1 = s1 + b1",
    a1: "a1 = ReLU(z1)",
    p1: "p1 = pool(a1)",
    w2: "w2",
    b2: "b2",
    s2: "s2 = w2 ∗ p1",
    z2: "z2 = s2 + b2",
    a2: "a2 = ReLU(z2)",
    p2: "p2 = pool(a2)",
    F1: "F1: x ↦ a1",
    F2: "F2: p1 ↦ a2",
    phi: "φ: ℝⁿ → ℝᵐ",
  },
  stageHints: {
    x: "入力画像",
    w1: "conv1のフィルタ",
    b1: "conv1のバイアス",
    s1: "畳み込みのみ",
    z1: "活性化前の値",
    a1: "活性化",
    p1: "最大プーリング後",
    w2: "conv2のフィルタ",
    b2: "conv2のバイアス",
    s2: "畳み込みのみ",
    z2: "活性化前の値",
    a2: "活性化",
    p2: "最大プーリング後",
    F1: "関数としての層",
    F2: "関数としての層",
    phi: "カーネル法",
  },
  chosen: "選択中",
  pinned: "比較中",
  ourWords: "本書の説明",
  ourTranslation: "訳（本書による）",
  colon: "：",
  unverifiedNote:
    "この出典の正確な文言は二次的な写しでしか確認できていないため、引用していません。",
  term: "「{term}」",
  names: "{term}が指すのは{stages}",
  listSeparator: "、",
  badgeWord: "「{term}」",
  badgeSeparator: "、",
  stageWithWords: "{stage}（{words}）",
  announce: "{source}の語が指す{count}個の段階を強調表示しました（{list}）。",
  fallback: "このリンクはこのページにない出典を指定していたため、既定の出典を表示しています。",
  tableCaption: "各出典の言葉がどのテンソルを指すか",
  tableSource: "出典",
  tableTerm: "用語",
  tableStages: "段階",
  tableQuote: "引用または言い換え",
  nothing: "—",
  networkDefault:
    "図は本書の2層ネットワークです。パイプライン・エクスプローラーの既定のフィルタに、2×2の最大プーリングを加えています。",
  networkExplorer:
    "図はこのページのパイプライン・エクスプローラーに連動し、設定した状態を示します。",
  networkNoPool:
    "エクスプローラーのプーリングがオフなので、p1とp2は計算されず、第2層はa1を読みます（s2 = w2 ∗ a1）。",
};

export const termLensLabels: Record<Lang, TermLensLabels> = { en: termLensEn, ja: termLensJa };
