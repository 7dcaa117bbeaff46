/**
 * The Japanese edition's terminology table (issue 18): one Japanese term for each English term,
 * the variants the book's own voice never uses, and the words readers meet in other Japanese
 * texts (the machine-translated Cross Validated thread, textbooks). The chapters, the glossary's
 * Japanese fields, src/i18n/ja.ts and the widgets' labels follow it; tests/content/jaTerms.test.ts
 * checks them.
 */
export interface JaTerm {
  /** The English term, as the English edition writes it. */
  readonly en: string;
  /** What the Japanese edition writes. */
  readonly preferred: string;
  /** Never in the book's own words, not even in 「」. */
  readonly forbidden: readonly (string | RegExp)[];
  /**
   * Other texts' words for the same thing: the book only names them, inside 「」 or （）
   * (活性化マップ（アクティベーションマップ）), and the glossary may list them as aliases in `ja`.
   */
  readonly mentions?: readonly string[];
  readonly note: string;
}

/** Kanji numerals before a counter: the book writes 2つ, 4枚, 9個, 1回, 5人. */
const KANJI_COUNT = /(?<![一二三四五六七八九つ])[一二三四五六七八九](?:つ|枚|個|回|人)(?![一ひ])/;

export const JA_TERMS: readonly JaTerm[] = [
  {
    en: "feature map",
    preferred: "特徴マップ",
    forbidden: [],
    mentions: ["機能マップ", "特徴量マップ"],
    note: "定訳。日本語のCross Validatedのスレッド（機械翻訳）は「機能マップ」と書くが、本書は第1章でその対応を示す。",
  },
  {
    en: "feature map (φ, kernel methods)",
    preferred: "特徴写像",
    forbidden: [],
    note: "カーネル法の関数φ。第3章の初出で「特徴写像（特徴マップ）」と書き、テンソルの特徴マップと区別する。",
  },
  {
    en: "activation map",
    preferred: "活性化マップ",
    forbidden: [],
    mentions: ["アクティベーションマップ"],
    note: "初出は「活性化マップ（アクティベーションマップ）」。スレッドの機械翻訳は主にカタカナで書く。",
  },
  {
    en: "rectified feature map",
    preferred: "整流された特徴マップ",
    forbidden: [],
    mentions: ["修正された特徴マップ"],
    note: "rectifiedはReLU（整流線形ユニット）の「整流」。「修正された」はスレッドの機械翻訳。",
  },
  {
    en: "convolved feature",
    preferred: "畳み込み特徴",
    forbidden: ["畳み込まれた特徴"],
    mentions: ["畳み込み機能"],
    note: "Karnの語。初出は「畳み込み特徴（convolved feature）」。「畳み込み機能」はスレッドの機械翻訳。",
  },
  {
    en: "pre-activation",
    preferred: "活性化前の値",
    forbidden: ["前活性"],
    mentions: ["プレアクティベーション"],
    note: "定訳がないので造語せず、初出で「活性化前の値（pre-activation）」と書く。",
  },
  {
    en: "linear activations (Goodfellow et al.)",
    preferred: "線形活性化",
    forbidden: [/線形活性(?!化)/, "線形の活性化"],
    note: "Goodfellowらの語。初出は「線形活性化（linear activations）」。",
  },
  {
    en: "deconvnet",
    preferred: "deconvnet（逆畳み込みネットワーク）",
    forbidden: ["デコンボネット"],
    note: "初出は「deconvnet（逆畳み込みネットワーク）」、以後はdeconvnet。",
  },
  {
    en: "channel",
    preferred: "チャネル",
    forbidden: [],
    mentions: ["チャンネル"],
    note: "JISや多くの教科書の表記。",
  },
  {
    en: "filter",
    preferred: "フィルタ",
    forbidden: [],
    mentions: ["フィルター"],
    note: "長音なし（パラメータ、ベクタと同じ扱い）。",
  },
  {
    en: "padding",
    preferred: "パディング",
    forbidden: ["詰め物"],
    note: "ゼロで埋めることを言うときは「ゼロパディング」でもよい。",
  },
  {
    en: "dilation / dilated convolution",
    preferred: "ダイレーション／膨張畳み込み",
    forbidden: [/膨張(?!畳み込み)/],
    mentions: ["拡張畳み込み"],
    note: "パラメータはダイレーション、その畳み込みは膨張畳み込み。「膨張」だけでは書かない。",
  },
  {
    en: "patch",
    preferred: "パッチ",
    forbidden: ["小片"],
    note: "カーネルが一度に重なる入力の小さな範囲。",
  },
  {
    en: "grid",
    preferred: "格子",
    forbidden: ["グリッド"],
    note: "セルの並び。",
  },
  {
    en: "plane (a 2-D sheet of units or values)",
    preferred: "平面",
    forbidden: [
      /(?:色|[0-9一二三四]つ)の面/,
      /(?<![平表側断画前方局場曲])面(?:として|の中|にある|（plane）)/,
    ],
    note: "LeCunらのplane、入力の色の平面、幾何学の平面のいずれも「平面」。",
  },
  {
    en: "conv arithmetic (the widget)",
    preferred: "出力サイズの計算",
    forbidden: ["畳み込みの算術"],
    note: "出力の大きさを求めるウィジェットの名前。",
  },
  {
    en: "pin a second source (the lens)",
    preferred: "比較対象に選ぶ",
    forbidden: ["比較相手", "比較の相手", /(?:出典|著者|もう一人|回答\d?)を固定/],
    note: "レンズのラベルは「比較対象」。本文の指示も「…を比較対象に選ぶ」。",
  },
  {
    en: "Figure 1 (of a source)",
    preferred: "図1",
    forbidden: [/\bFig(?:ure|\.) ?\d/],
    note: "出典の図も本書の図も「図1」。",
  },
  {
    en: "CV answer one / two / quoting Karn",
    preferred: "Cross Validatedの回答1／回答2／回答（Karnの引用）",
    forbidden: [/(?:[一二1-3]つ目|最初|二番目)の回答/],
    note: "出典の短い名前（short_ja）と同じ。",
  },
  {
    en: "this book",
    preferred: "本書",
    forbidden: ["この本", "本サイト", "このサイト", "当サイト"],
    note: "ほかの本は書名か「同書」。",
  },
  {
    en: "browser",
    preferred: "ブラウザ",
    forbidden: ["ブラウザー"],
    note: "長音なし。",
  },
  {
    en: "prediction (of the trained network)",
    preferred: "予測",
    forbidden: [/(?<=の)読み(?![取込出方解手直])/, /読み(?=[はが])/],
    note: "ネットワークが選ぶクラスは「予測」。",
  },
  {
    en: "convolution operator",
    preferred: "∗",
    forbidden: ["⋆"],
    note: "⋆は和文フォントに落ちて点に見える。",
  },
  {
    en: "counting (two filters, 3 × 3)",
    preferred: "2つ、4枚、3×3",
    forbidden: [KANJI_COUNT, /\d \u00d7 \d/],
    note: "横書きの数は算用数字。×の両側に空白を入れない（改行も防げる）。",
  },
  {
    en: "he / she / you",
    preferred: "著者の姓（Nielsen、Karn）",
    forbidden: [/彼(?![方岸])/, "あなた"],
    note: "著者は姓で呼び、読者には呼びかけない。",
  },
  {
    en: "bare (feature map, without a qualifier)",
    preferred: "修飾語のない",
    forbidden: [/(?<!画)素の(?:語|特徴マップ|s1)/],
    note: "「素の」は英語のbareの直訳。Karnの「修飾語のない特徴マップ」のように書く。",
  },
  {
    en: "slide (a kernel over its input)",
    preferred: "滑らせる",
    forbidden: ["スライドさせ"],
    note: "窓やカーネルを「滑らせる」。ウィジェットの名前「スライディングウィンドウ」はそのまま。",
  },
  {
    en: "default (a setting)",
    preferred: "既定",
    forbidden: ["デフォルト"],
    note: "「既定の設定」「既定ではz1」。",
  },
  {
    en: "to name (a tensor)",
    preferred: "指す／呼ぶ",
    forbidden: ["名指"],
    note: "「語がテンソルを指す」「s1を特徴マップと呼ぶ」。",
  },
];

/**
 * The words of the Japanese (machine-translated) Cross Validated thread that chapter 1 names,
 * with the English they translate: students meet them there first.
 */
export const SEED_THREAD_WORDS: readonly { readonly ja: string; readonly en: string }[] = [
  { ja: "アクティベーションマップ", en: "activation map" },
  { ja: "機能マップ", en: "feature map" },
  { ja: "修正された特徴マップ", en: "rectified feature map" },
  { ja: "畳み込み機能", en: "convolved feature" },
];
