import type { Lang } from "../../i18n";
import type { TensorKind } from "./model";

/** Every visible or spoken word of the trained-network widget; each edition passes its own. */
export interface TrainedNetworkLabels {
  /** The edition these words belong to; it sets how sizes are written (formatSize). */
  lang: Lang;
  captions: Record<"maps" | "dead" | "occlusion", string>;
  digit: string;
  /** An option of the digit menu: "{label}, example {n}". */
  digitOption: string;
  previous: string;
  next: string;
  draw: string;
  drawHelp: string;
  clear: string;
  ownDigit: string;
  inputAlt: string;
  prediction: string;
  /** "The network reads the digit as {predicted} ({percent} sure)." */
  predictionText: string;
  /** "The digit is labelled {label}." */
  truth: string;
  probabilityOf: string;
  barsLabel: string;
  filters: string;
  filtersNote: string;
  w1Alt: string;
  w2Heading: string;
  w2Note: string;
  w2Alt: string;
  tensor: string;
  tensorNames: Record<TensorKind, string>;
  featureMapBy: string;
  otherNamesBy: string;
  nobody: string;
  /** One source and its words for the tensor: "{source} ({words})". */
  sourceWords: string;
  /** One of those words, quoted as the source wrote it: "“{word}”". */
  quotedWord: string;
  wordSeparator: string;
  sourceSeparator: string;
  layer1: string;
  showing: string;
  layer2: string;
  mapAlt: string;
  legendFor: string;
  dead: {
    filter: string;
    shift: string;
    shiftValue: string;
    reset: string;
    gridLabel: string;
    digitAlt: string;
    status: string;
    allSilent: string;
    accuracy: string;
  };
  occlusion: {
    size: string;
    sizeOption: string;
    position: string;
    row: string;
    column: string;
    positionHelp: string;
    activityName: string;
    probabilityName: string;
    occludedAlt: string;
    activityHeading: string;
    activityAlt: string;
    probabilityHeading: string;
    probabilityAlt: string;
    status: string;
    computing: string;
  };
  loading: string;
  /** {reason} is the browser's own (English) message; other editions may leave it out. */
  loadError: string;
  /** A recompute failed (e.g. its code could not be fetched); {reason} as in loadError. */
  computeError: string;
  fellBack: string;
  numbers: string;
  numbersCaption: string;
  mapColumn: string;
  min: string;
  max: string;
  sum: string;
  zeroShare: string;
}

export const trainedNetworkEn: TrainedNetworkLabels = {
  lang: "en",
  captions: {
    maps: "A small network trained on handwritten digits by this site's own code, computed live in your browser. Pick a held-out digit or draw one, then choose which tensor to look at.",
    dead: "Push one conv1 filter's bias down and watch its activation maps go dark on every digit.",
    occlusion:
      "The occlusion experiment of Zeiler and Fergus: a grey square covers part of the digit, once at every position, and each position gets one value in each of the two maps.",
  },
  digit: "Held-out digit",
  digitOption: "digit {label}, example {n}",
  previous: "Previous digit",
  next: "Next digit",
  draw: "Draw a digit",
  drawHelp:
    "Drag on the input to paint white; hold Shift to paint black. With the keyboard, focus the input, move the brush with the arrow keys and press Space to paint (Shift+Space for black).",
  clear: "Clear",
  ownDigit: "your drawing",
  inputAlt: "The input digit, 28 × 28 pixels: {what}",
  prediction: "What the network reads",
  predictionText: "The network reads the digit as {predicted}, with probability {percent}.",
  truth: "The digit is labelled {label}.",
  probabilityOf: "Probability of {k}",
  barsLabel: "Probabilities of the ten classes",
  filters: "Learned conv1 filters w1 (3 × 3) and biases b1",
  filtersNote:
    "Nobody drew these: training found them. Red weights add the pixel below them, blue ones subtract it.",
  w1Alt: "Conv1 filter {k}: 3 × 3 weights from {min} to {max}; bias {bias}",
  w2Heading: "Conv2 filters w2, summarised",
  w2Note:
    "Each of the 16 conv2 filters reads all 8 conv1 maps through its own 3 × 3 kernel. A cell shows that kernel's sum: red, the conv2 filter (row) is excited by the conv1 map (column); blue, inhibited.",
  w2Alt: "Sums of the 16 × 8 conv2 kernels, from {min} to {max}",
  tensor: "Tensor to show",
  tensorNames: {
    s: "s: convolution only, w ∗ x",
    z: "z: plus bias, w ∗ x + b",
    a: "a: after the ReLU",
    p: "p: after 2 × 2 max pooling",
  },
  featureMapBy: "Who would call this tensor the feature map:",
  otherNamesBy: "Who names it otherwise:",
  nobody: "none of our sources",
  sourceWords: "{source} ({words})",
  quotedWord: "“{word}”",
  wordSeparator: ", ",
  sourceSeparator: "; ",
  layer1: "Layer 1: 8 maps of {stage}",
  showing: "Showing the maps of {first} and {second}.",
  layer2: "Layer 2: 16 maps of {stage}",
  mapAlt: "{stage}, map {k}: {size}, values from {min} to {max}, {zero}% zero or below",
  legendFor: "Colour scale of {stage}",
  dead: {
    filter: "Conv1 filter",
    shift: "Change of its bias b1",
    shiftValue: "{shift} (bias now {bias})",
    reset: "Reset the bias",
    gridLabel: "a1 maps of conv1 filter {k} for eight held-out digits",
    digitAlt: "a1 map of filter {k} for digit {label}: {facts}",
    status:
      "Filter {k} is silent (all zero) on {silent} of the 8 digits shown and on {silentAll} of the {count} held-out digits; the network still reads {correct} of those {count} correctly.",
    allSilent: "Filter {k} is dead: its ReLU outputs 0 everywhere, for every digit.",
    accuracy: "Accuracy on the {count} digits",
  },
  occlusion: {
    size: "Size of the grey square",
    sizeOption: "{n} × {n} pixels",
    position: "Position of the grey square",
    row: "Row",
    column: "Column",
    positionHelp: "You can also click a place in either map to move the square there.",
    activityName: "the change in conv2 activity",
    probabilityName: "the probability",
    occludedAlt: "The digit with the grey square at row {row}, column {col}",
    activityHeading: "Change in conv2 map {k}, the strongest",
    activityAlt:
      "Change of the summed activity of conv2 map {k} for each position of the square: from {min} to {max}",
    probabilityHeading: "Probability of {label}",
    probabilityAlt:
      "Probability of class {label} for each position of the square: from {min} to {max}",
    status:
      "With the square at row {row}, column {col}: conv2 map {k} sums to {activity} ({change} from the whole digit), the probability of {label} is {probability}, and the network reads the digit as {predicted}.",
    computing: "Computing {n} forward passes… {done} done.",
  },
  loading: "Loading the trained network…",
  loadError:
    "The trained network could not be loaded ({reason}). The figure shows the state computed when the page was built.",
  computeError:
    "The network could not be run for this change ({reason}). The figure still shows the last result.",
  fellBack: "Part of the link's settings could not be used, so defaults are shown instead.",
  numbers: "The numbers behind the figure",
  numbersCaption: "Summary of the maps shown",
  mapColumn: "Map",
  min: "Minimum",
  max: "Maximum",
  sum: "Sum",
  zeroShare: "Share ≤ 0",
};

export const trainedNetworkJa: TrainedNetworkLabels = {
  lang: "ja",
  captions: {
    maps: "本書自身のコードで手書き数字を学習させた小さなネットワークを、ブラウザ上でその場で計算している。学習に使っていない評価用の数字を選ぶか自分で描き、表示するテンソルを選ぶ。",
    dead: "conv1のフィルタ1つのバイアスを下げていくと、その活性化マップがどの数字でも暗くなっていく。",
    occlusion:
      "ZeilerとFergusの遮蔽実験：灰色の正方形で数字の一部を隠す。正方形をすべての位置に1回ずつ置き、位置ごとに2つのマップそれぞれの値を1つずつ得る。",
  },
  digit: "評価用の数字",
  digitOption: "{label}の例{n}",
  previous: "前の数字",
  next: "次の数字",
  draw: "数字を描く",
  drawHelp:
    "入力の上をドラッグすると白で塗り、Shiftキーを押しながらだと黒で塗ります。キーボードでは、入力にフォーカスして矢印キーでブラシを動かし、スペースキーで塗ります（Shift＋スペースで黒）。",
  clear: "消去",
  ownDigit: "自分で描いた数字",
  inputAlt: "入力の数字（28×28画素）：{what}",
  prediction: "ネットワークの予測",
  predictionText: "{predicted}と予測しています（確率{percent}）。",
  truth: "正解のラベルは{label}です。",
  probabilityOf: "{k}の確率",
  barsLabel: "10クラスそれぞれの確率",
  filters: "学習したconv1のフィルタw1（3×3）とバイアスb1",
  filtersNote:
    "これらは誰かが描いたものではなく、学習が見つけたものである。赤い重みはその下の画素を足し、青い重みは引く。",
  w1Alt: "conv1のフィルタ{k}：{min}から{max}までの3×3の重みと、バイアス{bias}",
  w2Heading: "conv2のフィルタw2（要約）",
  w2Note:
    "conv2の16個のフィルタはそれぞれ、専用の3×3カーネルを通してconv1の8枚のマップすべてを読む。各セルはそのカーネルの和である。赤はconv2のフィルタ（行）がconv1のマップ（列）によって興奮すること、青は抑制されることを表す。",
  w2Alt: "conv2の16×8個のカーネルそれぞれの和（{min}から{max}まで）",
  tensor: "表示するテンソル",
  tensorNames: {
    s: "s：畳み込みのみ、w ∗ x",
    z: "z：バイアスを足したもの、w ∗ x + b",
    a: "a：ReLUの後",
    p: "p：2×2の最大プーリングの後",
  },
  featureMapBy: "このテンソルを特徴マップと呼ぶ出典：",
  otherNamesBy: "別の名で呼ぶ出典：",
  nobody: "本書の出典にはない",
  sourceWords: "{source}（{words}）",
  quotedWord: "「{word}」",
  wordSeparator: "、",
  sourceSeparator: "、",
  layer1: "第1層：{stage}の8枚のマップ",
  showing: "{first}と{second}のマップを表示しています。",
  layer2: "第2層：{stage}の16枚のマップ",
  mapAlt: "{stage}のマップ{k}（{size}）：値は{min}から{max}までで、{zero}%が0以下",
  legendFor: "{stage}のカラースケール",
  dead: {
    filter: "conv1のフィルタ",
    shift: "バイアスb1の変化量",
    shiftValue: "{shift}（現在のバイアスは{bias}）",
    reset: "バイアスを元に戻す",
    gridLabel: "評価用の8つの数字それぞれに対するconv1のフィルタ{k}のa1マップ",
    digitAlt: "数字{label}に対するフィルタ{k}のa1マップ：{facts}",
    status:
      "フィルタ{k}は、表示中の8つの数字のうち{silent}個、評価用の{count}個の数字のうち{silentAll}個で沈黙しています（すべて0）。それでもネットワークは、その{count}個のうち{correct}個を正しく分類します。",
    allSilent: "フィルタ{k}は死んでいます。どの数字でも、そのReLUは至るところで0を出力します。",
    accuracy: "{count}個の数字での正解率",
  },
  occlusion: {
    size: "灰色の正方形の大きさ",
    sizeOption: "{n}×{n}画素",
    position: "灰色の正方形の位置",
    row: "行",
    column: "列",
    positionHelp: "どちらかのマップの場所をクリックして、正方形をそこへ動かすこともできます。",
    activityName: "conv2の活動の変化",
    probabilityName: "確率",
    occludedAlt: "{row}行{col}列に灰色の正方形を置いた数字",
    activityHeading: "conv2のマップ{k}（最も強いもの）の変化",
    activityAlt:
      "正方形を置く位置ごとに、conv2のマップ{k}の活動の総和がどれだけ変わるかを示すマップ（{min}から{max}まで）",
    probabilityHeading: "{label}である確率",
    probabilityAlt:
      "正方形を置く位置ごとに、クラス{label}である確率を示すマップ（{min}から{max}まで）",
    status:
      "正方形が{row}行{col}列にあるとき、conv2のマップ{k}の総和は{activity}（何も隠さないときから{change}）、{label}である確率は{probability}で、ネットワークの予測は{predicted}です。",
    computing: "順伝播を{n}回計算しています…（{done}回完了）",
  },
  loading: "学習済みネットワークを読み込んでいます…",
  loadError:
    "学習済みネットワークを読み込めませんでした。図はページのビルド時に計算した状態のままです。",
  computeError:
    "この変更に合わせてネットワークを計算し直せませんでした。図は直前の結果のままです。",
  fellBack: "リンクの設定の一部を使えなかったため、代わりに既定の設定を表示しています。",
  numbers: "図のもとになった数値",
  numbersCaption: "表示中のマップの要約",
  mapColumn: "マップ",
  min: "最小値",
  max: "最大値",
  sum: "総和",
  zeroShare: "0以下の割合",
};

export const trainedNetworkLabels: Record<Lang, TrainedNetworkLabels> = {
  en: trainedNetworkEn,
  ja: trainedNetworkJa,
};
