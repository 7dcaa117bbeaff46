import type { ActivationName } from "../../core";
import type { Lang } from "../../i18n";
import type { FieldError } from "../parseNumber";
import { presetLabelsEn, presetLabelsJa, type PresetLabels } from "../shared/presetLabels";

/** Every visible or spoken word of the bias-and-activation widget; each edition passes its own. */
export interface BiasActivationLabels {
  /** The edition these words belong to; it sets how sizes are written (formatSize). */
  lang: Lang;
  caption: string;
  controls: string;
  kernel: string;
  presets: PresetLabels;
  bias: string;
  biasField: string;
  biasRange: string;
  activation: string;
  activationNames: Record<ActivationName, string>;
  /** The activation's name at the start of a sentence. */
  activationShort: Record<ActivationName, string>;
  slope: string;
  stageNames: Record<"x" | "s" | "z" | "a", string>;
  mapAlt: string;
  legendFor: string;
  histogramTitle: string;
  histogramAxisX: string;
  histogramAxisY: string;
  histogramAlt: string;
  /** The mark at z = 0, per activation: what happens there. */
  thresholdNames: Record<ActivationName, string>;
  barKept: string;
  barZeroed: string;
  barScaled: string;
  barAll: string;
  zeroRelu: string;
  zeroNone: string;
  zeroSome: string;
  zeroWhereZIsZero: string;
  outputRange: string;
  viewLegend: string;
  viewNames: Record<"z" | "a" | "canvas", string>;
  viewCaptions: Record<"z" | "a" | "canvas", string>;
  canvasLegend: string;
  viewAlt: Record<"z" | "a" | "canvas", string>;
  numbers: string;
  numbersCaption: string;
  map: string;
  min: string;
  max: string;
  mean: string;
  exactlyZero: string;
  atOrBelowZero: string;
  errors: Record<FieldError, string>;
  slopeOutOfRange: string;
  status: string;
  fallback: string;
}

export const biasActivationEn: BiasActivationLabels = {
  lang: "en",
  caption:
    "One map of conv1, before and after its bias and its activation. Slide the bias, choose f, and watch the histogram of z1 move across the point where f bends.",
  controls: "Kernel, bias and activation",
  kernel: "Kernel w1",
  presets: presetLabelsEn,
  bias: "Bias b1",
  biasField: "Bias b1, typed",
  biasRange: "from {lo} to {hi}",
  activation: "Activation f",
  activationNames: {
    identity: "identity, f(z) = z",
    relu: "ReLU, max(0, z)",
    leakyRelu: "leaky ReLU",
    sigmoid: "sigmoid, 1 / (1 + e⁻ᶻ)",
    tanh: "tanh",
  },
  activationShort: {
    identity: "The identity",
    relu: "ReLU",
    leakyRelu: "Leaky ReLU",
    sigmoid: "Sigmoid",
    tanh: "Tanh",
  },
  slope: "Leaky slope for z < 0",
  stageNames: {
    x: "x, the input",
    s: "s1 = w1 ∗ x",
    z: "z1 = s1 + b1",
    a: "a1 = f(z1)",
  },
  mapAlt: "{stage}: {size} grid, values from {min} to {max}",
  legendFor: "Colour scale of {stage}",
  histogramTitle: "How the values of z1 are spread",
  histogramAxisX: "z1 = s1 + b1",
  histogramAxisY: "units",
  histogramAlt:
    "Histogram of z1: {bins} bins from {lo} to {hi}. {below} of the {n} units have z1 at or below 0. {zero}",
  thresholdNames: {
    identity: "z = 0",
    relu: "ReLU cuts here",
    leakyRelu: "leaky ReLU bends here",
    sigmoid: "sigmoid(0) = 0.5",
    tanh: "tanh(0) = 0",
  },
  barKept: "units f passes unchanged (z1 > 0)",
  barZeroed: "units ReLU sets to 0 (z1 ≤ 0)",
  barScaled: "units multiplied by the slope (z1 < 0)",
  barAll: "units, each reshaped by f",
  zeroRelu:
    "ReLU sets {share} of the units to exactly 0: the {count} of {n} whose z1 is 0 or below.",
  zeroNone: "{name} sets none of the {n} units to exactly 0.",
  zeroSome: "{name} sets {count} of the {n} units ({share}) to exactly 0.",
  zeroWhereZIsZero: "They are the units whose z1 is itself exactly 0.",
  outputRange: "Here its outputs run from {min} to {max}.",
  viewLegend: "What you see",
  viewNames: {
    z: "signed z1",
    a: "f(z1)",
    canvas: "z1 on an 8-bit canvas",
  },
  viewCaptions: {
    z: "z1 with its sign: blue below 0, white at 0, red above. Nothing is hidden.",
    a: "a1 = f(z1) on its own colour scale, the tensor the next layer receives.",
    canvas:
      "z1 written straight into an 8-bit image, as a canvas or PIL does: 255·z1, rounded and clamped to 0–255, in grey. {black} of the pixels are black, because every negative value is clipped to 0; {white} are white, because every value above 1 is clipped to 255. Clipping the negatives away is exactly what a ReLU does, so many kernel demos that draw their output this way show a rectified map without saying so.",
  },
  canvasLegend:
    "Grey level on the canvas (value of z1: black at 0 and below, white at 1 and above)",
  viewAlt: {
    z: "Signed z1: {size} grid, values from {min} to {max}",
    a: "f(z1): {size} grid, values from {min} to {max}",
    canvas: "z1 clamped to an 8-bit grey image: {black} black, {white} white",
  },
  numbers: "The numbers behind the figure",
  numbersCaption: "Summary of each map shown above",
  map: "Map",
  min: "Minimum",
  max: "Maximum",
  mean: "Mean",
  exactlyZero: "Exactly 0",
  atOrBelowZero: "At or below 0",
  errors: {
    empty: "Type a number, for example 0.5 or −1.",
    notANumber: "That is not a number. Use digits, a point and an optional minus sign.",
    decimalComma: "Use a point for decimals: 0.5, not 0,5.",
    outOfRange: "Use a number from {lo} to {hi}.",
  },
  slopeOutOfRange: "Use a slope from 0 to 1.",
  status: "Bias {bias}, {activation}. {zero}",
  fallback:
    "The link asked for a setting this figure does not have, so it shows the default for that part instead.",
};

export const biasActivationJa: BiasActivationLabels = {
  lang: "ja",
  caption:
    "conv1のマップ1枚を、バイアスと活性化関数を通す前と後で示す。バイアスを動かしたりfを選び直したりすると、z1のヒストグラムがfの折れ曲がる点をまたいで動く。",
  controls: "カーネル、バイアス、活性化関数",
  kernel: "カーネルw1",
  presets: presetLabelsJa,
  bias: "バイアスb1",
  biasField: "バイアスb1（数値で入力）",
  biasRange: "{lo}から{hi}まで",
  activation: "活性化関数f",
  activationNames: {
    identity: "恒等関数、f(z) = z",
    relu: "ReLU、max(0, z)",
    leakyRelu: "Leaky ReLU",
    sigmoid: "シグモイド、1 / (1 + e⁻ᶻ)",
    tanh: "tanh",
  },
  activationShort: {
    identity: "恒等関数",
    relu: "ReLU",
    leakyRelu: "Leaky ReLU",
    sigmoid: "シグモイド",
    tanh: "tanh",
  },
  slope: "z < 0での傾き（Leaky ReLU）",
  stageNames: {
    x: "入力x",
    s: "s1 = w1 ∗ x",
    z: "z1 = s1 + b1",
    a: "a1 = f(z1)",
  },
  mapAlt: "{stage}：値が{min}から{max}までの{size}の格子",
  legendFor: "{stage}のカラースケール",
  histogramTitle: "z1の値の分布",
  histogramAxisX: "z1 = s1 + b1",
  histogramAxisY: "度数",
  histogramAlt:
    "z1のヒストグラム：{lo}から{hi}までを{bins}個のビンに分けたもの。{n}個のユニットのうち{below}でz1が0以下。{zero}",
  thresholdNames: {
    identity: "z = 0",
    relu: "ReLUはここで切る",
    leakyRelu: "Leaky ReLUはここで折れる",
    sigmoid: "sigmoid(0) = 0.5",
    tanh: "tanh(0) = 0",
  },
  barKept: "fがそのまま通すユニット（z1 > 0）",
  barZeroed: "ReLUが0にするユニット（z1 ≤ 0）",
  barScaled: "傾きを掛けられるユニット（z1 < 0）",
  barAll: "それぞれfで形を変えられるユニット",
  zeroRelu: "ReLUはユニットの{share}をちょうど0にします。z1が0以下の、{n}個中{count}個です。",
  zeroNone: "{name}は{n}個のユニットのどれもちょうど0にはしません。",
  zeroSome: "{name}は{n}個中{count}個のユニット（{share}）をちょうど0にします。",
  zeroWhereZIsZero: "それらはz1そのものがちょうど0のユニットです。",
  outputRange: "ここでの出力は{min}から{max}までです。",
  viewLegend: "表示",
  viewNames: {
    z: "符号付きのz1",
    a: "f(z1)",
    canvas: "8ビットのキャンバス上のz1",
  },
  viewCaptions: {
    z: "符号を保ったz1：0未満は青、0は白、0より上は赤。何も隠れていない。",
    a: "a1 = f(z1)を専用のカラースケールで示したもの。次の層が受け取るテンソルである。",
    canvas:
      "z1をそのまま8ビット画像に書き込んだもの。キャンバスやPILと同じく255·z1を丸めて0〜255に切り詰め、グレーで描く。負の値はすべて0に切り詰められるので画素の{black}が黒になり、1を超える値はすべて255に切り詰められるので{white}が白になる。負の値を切り捨てるのはまさにReLUのすることなので、出力をこの方法で描くカーネルのデモの多くは、断りなしに整流されたマップを見せていることになる。",
  },
  canvasLegend: "キャンバス上のグレーの濃さ（z1の値：0以下で黒、1以上で白）",
  viewAlt: {
    z: "符号付きのz1：値が{min}から{max}までの{size}の格子",
    a: "f(z1)：値が{min}から{max}までの{size}の格子",
    canvas: "8ビットのグレー画像に切り詰めたz1：黒{black}、白{white}",
  },
  numbers: "図のもとになった数値",
  numbersCaption: "上に示した各マップの要約",
  map: "マップ",
  min: "最小値",
  max: "最大値",
  mean: "平均",
  exactlyZero: "ちょうど0",
  atOrBelowZero: "0以下",
  errors: {
    empty: "数値を入力してください（例：0.5、−1）。",
    notANumber: "数値ではありません。数字と小数点、必要ならマイナス記号を使ってください。",
    decimalComma: "小数点には「.」を使ってください（0,5ではなく0.5）。",
    outOfRange: "{lo}から{hi}までの数値を使ってください。",
  },
  slopeOutOfRange: "0から1までの傾きを使ってください。",
  status: "バイアスは{bias}、活性化関数は{activation}です。{zero}",
  fallback:
    "このリンクはこの図にない設定を指定していたため、その部分は既定の設定で表示しています。",
};

export const biasActivationLabels: Record<Lang, BiasActivationLabels> = {
  en: biasActivationEn,
  ja: biasActivationJa,
};
