import type { Lang } from "../../i18n";
import type { FieldError } from "../parseNumber";
import type { BiasHint, EdgeHint, Polarity } from "./model";

/** The stages offered in the "which stage" question. */
export const STAGE_CHOICES = ["x", "s1", "z1", "a1", "p1", "F1"] as const;
export type StageChoice = (typeof STAGE_CHOICES)[number];

/** Every visible or spoken word of the checked exercises; each edition has its own. */
export interface CheckedExercisesLabels {
  /** The edition these words belong to; it sets how sizes are written (formatSize). */
  lang: Lang;
  check: string;
  correct: string;
  notYet: string;
  needsScript: string;
  errors: Record<FieldError, string>;
  legendFor: string;
  edge: {
    title: string;
    task: string;
    kernel: string;
    cell: string;
    inputName: string;
    outputName: string;
    mapAlt: string;
    updated: string;
    hints: Record<EdgeHint, string>;
    success: Record<Polarity, string>;
  };
  bias: {
    title: string;
    task: string;
    kernelNote: string;
    bias: string;
    z1Name: string;
    a1Name: string;
    mapAlt: string;
    updated: string;
    hints: Record<BiasHint, string>;
    success: string;
  };
  stage: {
    title: string;
    task: string;
    legend: string;
    stageNames: Record<StageChoice, string>;
    unanswered: string;
    own: string;
    other: string;
    none: string;
    success: string;
  };
}

export const checkedExercisesEn: CheckedExercisesLabels = {
  lang: "en",
  check: "Check",
  correct: "Correct.",
  notYet: "Not yet.",
  needsScript: "Checking an answer needs JavaScript; the figure shows the starting state.",
  errors: {
    empty: "Type a number, for example 0.5 or −1.",
    notANumber: "That is not a number. Use digits, a point and an optional minus sign.",
    decimalComma: "Use a point for decimals: 0.5, not 0,5.",
    outOfRange: "Use a number between −100 and 100.",
  },
  legendFor: "Colour scale of {stage}",
  edge: {
    title: "1. A kernel for vertical edges",
    task: "Edit the kernel w1 so that a1 = ReLU(w1 ∗ x) lights up only vertical edges: the left and right sides of the square and the disc, not their tops and bottoms, and not the flat areas. The kernel starts as the identity, which lets everything through.",
    kernel: "Kernel w1",
    cell: "Kernel w1, row {r}, column {c}",
    inputName: "x, a square and a disc",
    outputName: "a1 = ReLU(w1 ∗ x)",
    mapAlt: "{stage}: {size} grid, values from {min} to {max}",
    updated: "a1 now runs from {min} to {max}.",
    hints: {
      zero: "Nothing lights up: every weight is 0, so w1 ∗ x is 0 everywhere. Put negative weights in one column and positive ones in another.",
      dark: "Nothing lights up: every response is zero or negative, and the ReLU turns all of them into 0. Try the same weights with their signs flipped.",
      flat: "Flat regions light up too: a plain white patch gives {flat}. Make the weights sum to zero (now they sum to {sum}).",
      horizontal:
        "This lights up horizontal edges, not vertical ones: it compares the rows above and below the centre. Compare the left and right columns instead.",
      both: "This lights up horizontal edges as well (up to {horizontal}, against {vertical} for vertical ones). Make each row of the kernel sum to zero, so that a change from top to bottom cancels out.",
      weak: "Only a faint response: a full black-to-white vertical edge gives just {vertical}. Make the weights larger.",
    },
    success: {
      rising:
        "Vertical edges light up (up to {vertical}), horizontal edges and flat regions stay at 0. Only edges that get brighter from left to right show: the ReLU cuts the other side to 0, which is fine here.",
      falling:
        "Vertical edges light up (up to {vertical}), horizontal edges and flat regions stay at 0. Only edges that get darker from left to right show: the ReLU cuts the other side to 0, which is fine here.",
      both: "Vertical edges light up (up to {vertical}) whichever side is brighter, and horizontal edges and flat regions stay at 0.",
    },
  },
  bias: {
    title: "2. A bias that switches off a quarter",
    task: "The kernel is a Gaussian blur, the input the coffee cup. Choose the bias b1 so that the ReLU sets exactly a quarter of the units of a1 = ReLU(z1) to zero, that is, z1 = w1 ∗ x + b1 is zero or below in 25 % of them (2 points either way count).",
    kernelNote:
      "w1: Gaussian blur (1 2 1 / 2 4 2 / 1 2 1, divided by 16), one pixel of zero padding.",
    bias: "Bias b1",
    z1Name: "z1 = w1 ∗ x + b1",
    a1Name: "a1 = ReLU(z1)",
    mapAlt: "{stage}: {size} grid, values from {min} to {max}",
    updated: "z1 now runs from {min} to {max}.",
    hints: {
      dead: "Every unit of a1 is 0: the map is dead. Raise the bias a long way.",
      tooMany:
        "{share} of the units are 0, more than a quarter. Raise the bias (make it less negative) to let more units through.",
      tooFew:
        "{share} of the units are 0, fewer than a quarter. Lower the bias (make it more negative) so that more of z1 falls to zero or below.",
      none: "No unit is 0: with this bias all of z1 is positive. Lower the bias below zero.",
    },
    success: "{share} of the units of a1 are exactly 0.",
  },
  stage: {
    title: "3. Whose feature map?",
    task: "Karn’s beginner’s guide uses the words Feature Map, Convolved Feature and Activation Map. Which stage of our network does he call the feature map?",
    legend: "The stage Karn calls the feature map",
    stageNames: {
      x: "x, the input image",
      s1: "s1 = w1 ∗ x, the convolution alone",
      z1: "z1 = s1 + b1, with the bias",
      a1: "a1 = ReLU(z1), after the activation",
      p1: "p1, the pooled a1",
      F1: "F1, the layer as a function x ↦ a1",
    },
    unanswered: "Choose one of the stages first.",
    own: "Karn calls {stage} his “{term}”, not his feature map.",
    other: "{stage} is what {source} calls “{term}”, not what Karn calls the feature map.",
    none: "Karn does not use the word for {stage}.",
    success:
      "Karn’s bare feature map names one filter’s raw output and, after the ReLU, the rectified map too. Our note from the sources: {note}",
  },
};

export const checkedExercisesJa: CheckedExercisesLabels = {
  lang: "ja",
  check: "答え合わせ",
  correct: "正解です。",
  notYet: "まだ違います。",
  needsScript: "答え合わせにはJavaScriptが必要です。図は最初の状態を示しています。",
  errors: {
    empty: "数値を入力してください（例：0.5、−1）。",
    notANumber: "数値ではありません。数字と小数点、必要ならマイナス記号を使ってください。",
    decimalComma: "小数点には「.」を使ってください（0,5ではなく0.5）。",
    outOfRange: "−100から100までの数値を使ってください。",
  },
  legendFor: "{stage}のカラースケール",
  edge: {
    title: "1. 縦のエッジを捉えるカーネル",
    task: "カーネルw1を書き換えて、a1 = ReLU(w1 ∗ x)が縦のエッジだけで光るようにせよ。正方形と円の左右の縁は光り、上下の縁と平らな領域は光らないようにする。カーネルの初期値は恒等カーネルで、すべてをそのまま通す。",
    kernel: "カーネルw1",
    cell: "カーネルw1の{r}行{c}列",
    inputName: "x（正方形と円）",
    outputName: "a1 = ReLU(w1 ∗ x)",
    mapAlt: "{stage}：値が{min}から{max}までの{size}の格子",
    updated: "a1の値は{min}から{max}までになりました。",
    hints: {
      zero: "何も光りません。重みがすべて0なので、w1 ∗ xはどこでも0です。ある列に負の重みを、別の列に正の重みを置いてみてください。",
      dark: "何も光りません。応答はすべて0以下で、ReLUがそれをすべて0にしています。同じ重みの符号を反転させてみてください。",
      flat: "平らな領域も光っています。一様な白い領域で{flat}になります。重みの合計を0にしてください（いまの合計は{sum}）。",
      horizontal:
        "これは縦ではなく横のエッジで光ります。中心の上の行と下の行を比べているからです。代わりに左の列と右の列を比べてください。",
      both: "横のエッジでも光っています（縦のエッジの{vertical}に対して最大{horizontal}）。カーネルの各行の合計を0にすれば、上から下への変化が打ち消されます。",
      weak: "応答が弱すぎます。黒から白への縦のエッジでも{vertical}にしかなりません。重みを大きくしてください。",
    },
    success: {
      rising:
        "縦のエッジが光り（最大{vertical}）、横のエッジと平らな領域は0のままです。光るのは左から右へ明るくなるエッジだけですが、反対側はReLUが0にするので、この課題ではそれで構いません。",
      falling:
        "縦のエッジが光り（最大{vertical}）、横のエッジと平らな領域は0のままです。光るのは左から右へ暗くなるエッジだけですが、反対側はReLUが0にするので、この課題ではそれで構いません。",
      both: "どちら側が明るくても縦のエッジが光り（最大{vertical}）、横のエッジと平らな領域は0のままです。",
    },
  },
  bias: {
    title: "2. 4分の1を止めるバイアス",
    task: "カーネルはガウスぼかし、入力はコーヒーカップである。a1 = ReLU(z1)のユニットのちょうど4分の1がReLUで0になるように、バイアスb1を選べ。z1 = w1 ∗ x + b1が0以下になるユニットが25%になればよい（前後2ポイントまでは正解とする）。",
    kernelNote:
      "w1：ガウスぼかし（1 2 1 / 2 4 2 / 1 2 1を16で割ったもの）、1画素のゼロパディング。",
    bias: "バイアスb1",
    z1Name: "z1 = w1 ∗ x + b1",
    a1Name: "a1 = ReLU(z1)",
    mapAlt: "{stage}：{size}の格子、値は{min}から{max}まで",
    updated: "z1の値は{min}から{max}までになりました。",
    hints: {
      dead: "a1のユニットがすべて0で、マップが死んでいます。バイアスを大きく上げてください。",
      tooMany:
        "ユニットの{share}が0で、4分の1より多くなっています。バイアスを上げて（負の度合いを小さくして）、より多くのユニットを通してください。",
      tooFew:
        "ユニットの{share}が0で、4分の1より少なくなっています。バイアスを下げて（より負にして）、z1のより多くを0以下にしてください。",
      none: "0のユニットがありません。このバイアスではz1がすべて正です。バイアスを0より下げてください。",
    },
    success: "a1のユニットの{share}がちょうど0です。",
  },
  stage: {
    title: "3. 誰の特徴マップか",
    task: "Karnの入門記事は、Feature Map、Convolved Feature、Activation Mapという語を使う。Karnが特徴マップ（feature map）と呼ぶのは、本書のネットワークのどの段階か。",
    legend: "Karnが特徴マップと呼ぶ段階",
    stageNames: {
      x: "x、入力画像",
      s1: "s1 = w1 ∗ x、畳み込みだけ",
      z1: "z1 = s1 + b1、バイアスを加えたもの",
      a1: "a1 = ReLU(z1)、活性化関数の後",
      p1: "p1、a1をプーリングしたもの",
      F1: "F1、関数としての層x ↦ a1",
    },
    unanswered: "まず段階を1つ選んでください。",
    own: "Karnは{stage}を「{term}」と呼んでおり、特徴マップとは呼んでいません。",
    other: "{stage}は{source}が「{term}」と呼ぶもので、Karnが特徴マップと呼ぶものではありません。",
    none: "Karnは{stage}にこの語を使っていません。",
    success:
      "Karnの修飾語のない特徴マップは、1つのフィルタのそのままの出力を指し、ReLUの後は整流されたマップも指します。出典データの注記：{note}",
  },
};

export const checkedExercisesLabels: Record<Lang, CheckedExercisesLabels> = {
  en: checkedExercisesEn,
  ja: checkedExercisesJa,
};
