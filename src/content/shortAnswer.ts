import type { Lang } from "../i18n";

/**
 * The short answer for the reader who arrives with the question (issue 14, item 9), shown on
 * the home page and at the top of chapter 1. A piece is plain text, emphasised text, or a link
 * to the lens (chapter 1's "Who calls what") or to the comparison table.
 */
export type AnswerPiece = string | { em: string } | { link: "lens" | "table"; text: string };

export interface ShortAnswer {
  label: string;
  pieces: AnswerPiece[];
}

export const SHORT_ANSWER: Record<Lang, ShortAnswer> = {
  en: {
    label: "The short answer",
    pieces: [
      "“Feature map” names different tensors for different authors. In most library code and in several textbooks it is a convolutional layer's output before the activation (z, or the bare convolution s when no bias is added); in many tutorials and papers, and in the first answer on Cross Validated, it is the output after the ReLU (a), sometimes pooled. Nielsen also uses it for a filter's weights, and in kernel methods it is not a tensor at all but a function φ. To be unambiguous, say ",
      { em: "pre-activation map z" },
      " for the output before the nonlinearity, ",
      { em: "activation map a" },
      " for the output after it, ",
      { em: "filter w" },
      " for the weights, and keep ",
      { em: "feature map φ" },
      " for the function of kernel methods. Who calls what is shown in ",
      { link: "lens", text: "the lens" },
      " and listed in ",
      { link: "table", text: "the comparison table" },
      ".",
    ],
  },
  ja: {
    label: "短い答え",
    pieces: [
      "「特徴マップ」が指すテンソルは書き手によって異なる。ライブラリのコードの多くといくつかの教科書では、活性化関数を通す前の畳み込み層の出力（z。バイアスを加えない場合は畳み込みだけのs）である。多くのチュートリアルや論文、Cross Validatedの回答1では、ReLUを通した後の出力a（プーリングしたものを含むこともある）である。Nielsenはフィルタの重みにもこの語を使い、カーネル法ではテンソルですらなく関数φを指す。誤解なく伝えるには、非線形関数の前の出力を",
      { em: "活性化前のマップz" },
      "、後の出力を",
      { em: "活性化マップa" },
      "、重みを",
      { em: "フィルタw" },
      "と呼び、",
      { em: "特徴写像（特徴マップ）φ" },
      "はカーネル法の関数にとっておくとよい。誰が何をどう呼ぶかは",
      { link: "lens", text: "用語レンズ" },
      "で見られ、",
      { link: "table", text: "比較表" },
      "にまとめてある。",
    ],
  },
};

/** Where a link of the short answer goes, under the site's base and the edition's language. */
export function answerHref(link: "lens" | "table", base: string, lang: Lang): string {
  const root = `${base.endsWith("/") ? base : `${base}/`}${lang}/`;
  if (link === "table") return `${root}who-calls-what/`;
  return `${root}pipeline/#${lang === "ja" ? "誰が何と呼ぶか" : "who-calls-what"}`;
}
