import type { Lang } from "../../i18n";

/** Every visible or spoken word of the convolution arithmetic widget; each edition passes its own. */
export interface ConvArithmeticLabels {
  caption: string;
  controls: string;
  fields: Record<"n" | "k" | "s" | "p" | "d", string>;
  presets: string;
  presetNames: Record<
    "deshpande" | "lenet" | "same" | "alexnet" | "alexnetPrinted" | "dilation",
    string
  >;
  inputHeading: string;
  outputHeading: string;
  inputCaption: string;
  inputCaptionNoPadding: string;
  outputCaption: string;
  noOutput: string;
  inputAlt: string;
  outputAlt: string;
  noOutputAlt: string;
  gridTooFine: string;
  key: string;
  keyItems: Record<"input" | "padding" | "taps" | "last" | "uncovered", string>;
  formulaHeading: string;
  formulaSpoken: string;
  explanations: {
    fits: string;
    drops: string;
    dropsFix: string;
    alexnet: string;
    doesNotFit: string;
    doesNotFitDilated: string;
    /** The core's own (English) message, {message}; other editions may leave it out. */
    coreSays: string;
    rowsOne: string;
    rowsMany: string;
  };
  numbers: string;
  numbersCaption: string;
  quantity: string;
  value: string;
  rows: Record<"n" | "k" | "s" | "p" | "d" | "padded" | "span" | "output" | "uncovered", string>;
  errors: {
    empty: string;
    notANumber: string;
    decimalComma: string;
    notWhole: string;
    outOfRange: string;
  };
  hashFallback: string;
  status: { fits: string; drops: string; doesNotFit: string };
  /** The window's sweep over the padded input, cell by cell. */
  sweep: string;
  pause: string;
  /** How to move over the output grid by keyboard. */
  outputKeys: string;
  /** An output cell and the padded-input cells it reads (1-based, inclusive). */
  reads: string;
}

export const convArithmeticEn: ConvArithmeticLabels = {
  caption:
    "How big is the output? Change the input size, kernel size, stride, padding and dilation, or pick a textbook case, and watch the kernel's first position, the output grid and the formula.",
  controls: "Sizes, in pixels",
  fields: {
    n: "n, input size",
    k: "k, kernel size",
    s: "s, stride",
    p: "p, padding per side",
    d: "d, dilation",
  },
  presets: "Textbook cases",
  presetNames: {
    deshpande: "Deshpande: 32, 5×5 → 28",
    lenet: "LeNet-5 C1: 32, 5×5 → 28",
    same: "“Same”: 32, 3×3, padding 1 → 32",
    alexnet: "AlexNet conv1: 227, 11×11, stride 4 → 55",
    alexnetPrinted: "AlexNet as printed: 224, 11×11, stride 4",
    dilation: "Dilation 2: 9, 3×3 → 5",
  },
  inputHeading: "Padded input and the kernel at its first position",
  outputHeading: "Output",
  inputCaption: "{padded} × {padded}: the {n} × {n} input inside a zero border {p} wide",
  inputCaptionNoPadding: "{padded} × {padded}: the input, without padding",
  outputCaption: "{o} × {o}",
  noOutput: "No output: the kernel has nowhere to go.",
  inputAlt:
    "Padded input of {padded} × {padded} cells: the {n} × {n} input inside a zero border {p} wide. The {k} × {k} kernel's taps, with dilation {d}, cover a {span} × {span} square in the top-left corner.",
  outputAlt:
    "Output grid of {o} × {o} cells; the top-left cell comes from the kernel's first position.",
  noOutputAlt: "No output grid: the kernel does not fit.",
  gridTooFine: "Too many cells to draw their borders: each side has {cells} cells.",
  key: "Key",
  keyItems: {
    input: "input pixel",
    padding: "zero padding",
    taps: "kernel taps, first position (and the output cell they make)",
    last: "last position (and its output cell)",
    uncovered: "never covered by any position",
  },
  formulaHeading: "The output size",
  formulaSpoken:
    "o equals the floor of ({n} plus 2 times {p} minus {d} times ({k} minus 1) minus 1) divided by {s}, plus 1",
  explanations: {
    fits: "The {span}-pixel-wide window starts at {starts} along each side of the {padded}-pixel padded input, so the output is {o} × {o}.",
    drops:
      "({padded} − {span}) / {s} = {numerator} / {s} = {quotient} is not a whole number: without the floor the formula would give {exact}. The last window stops short of the edge, so the last {rows} of the padded input are never covered. PyTorch and TensorFlow drop them without a warning and return {o}.",
    dropsFix: "With n = {up} (or n = {down}) the windows would fit exactly.",
    alexnet:
      "This is AlexNet's conv1 with the 224 of the paper's text: 55 × 55 does not come out. CS231n uses 227 instead, which gives exactly 55.",
    doesNotFit: "The {k}×{k} kernel does not fit in the {padded}×{padded} padded input.",
    doesNotFitDilated:
      "The {k}×{k} kernel with dilation {d} spans {span}×{span} pixels and does not fit in the {padded}×{padded} padded input.",
    coreSays: "The convolution core refuses it: “{message}”",
    rowsOne: "row and column",
    rowsMany: "{r} rows and columns",
  },
  numbers: "The numbers behind the figure",
  numbersCaption: "Sizes along one side (rows and columns are alike)",
  quantity: "Quantity",
  value: "Value",
  rows: {
    n: "Input size n",
    k: "Kernel size k",
    s: "Stride s",
    p: "Padding p",
    d: "Dilation d",
    padded: "Padded input n + 2p",
    span: "Kernel span d(k − 1) + 1",
    output: "Output size o",
    uncovered: "Rows or columns never covered",
  },
  errors: {
    empty: "Type a whole number.",
    notANumber: "That is not a number. Use digits only.",
    decimalComma: "Type the whole number without a comma.",
    notWhole: "Use a whole number, without a decimal part.",
    outOfRange: "Use a whole number from {min} to {max}.",
  },
  hashFallback:
    "The link asked for sizes this figure cannot show, so it starts from its default sizes.",
  status: {
    fits: "Output {o} × {o}.",
    drops: "Output {o} × {o}; the last {rows} are never covered.",
    doesNotFit: "No output: the kernel does not fit.",
  },
  sweep: "Slide the window",
  pause: "Pause",
  outputKeys:
    "Point at an output cell, or focus the output grid and use the arrow keys, to see the input cells it reads.",
  reads:
    "Output row {row}, column {col} reads padded-input rows {top} to {bottom}, columns {left} to {right}, every {d} cells.",
};

export const convArithmeticJa: ConvArithmeticLabels = {
  caption:
    "出力の大きさはいくつになるか。入力サイズ、カーネルサイズ、ストライド、パディング、ダイレーションを変えるか教科書の例を選ぶと、カーネルの最初の位置、出力の格子、式がそれに応じて変わる。",
  controls: "サイズ（画素単位）",
  fields: {
    n: "入力サイズn",
    k: "カーネルサイズk",
    s: "ストライドs",
    p: "片側のパディングp",
    d: "ダイレーションd",
  },
  presets: "教科書の例",
  presetNames: {
    deshpande: "Deshpande：32、5×5 → 28",
    lenet: "LeNet-5のC1：32、5×5 → 28",
    same: "「same」：32、3×3、パディング1 → 32",
    alexnet: "AlexNetのconv1：227、11×11、ストライド4 → 55",
    alexnetPrinted: "論文に印刷されたAlexNet：224、11×11、ストライド4",
    dilation: "ダイレーション2：9、3×3 → 5",
  },
  inputHeading: "パディングした入力と、最初の位置にあるカーネル",
  outputHeading: "出力",
  inputCaption: "{padded}×{padded}：幅{p}のゼロの縁に囲まれた{n}×{n}の入力",
  inputCaptionNoPadding: "{padded}×{padded}：パディングなしの入力",
  outputCaption: "{o}×{o}",
  noOutput: "出力なし：カーネルを置ける場所がない。",
  inputAlt:
    "{padded}×{padded}セルのパディングした入力：幅{p}のゼロの縁に囲まれた{n}×{n}の入力。ダイレーション{d}の{k}×{k}カーネルのタップが、左上隅の{span}×{span}の正方形を覆っている。",
  outputAlt: "{o}×{o}セルの出力の格子。左上のセルはカーネルの最初の位置から得られる。",
  noOutputAlt: "出力の格子なし：カーネルが収まらない。",
  gridTooFine: "セルが多すぎるため、境界線は描いていません（各辺に{cells}個のセルがあります）。",
  key: "凡例",
  keyItems: {
    input: "入力の画素",
    padding: "ゼロパディング",
    taps: "最初の位置のカーネルのタップ（と、それが作る出力のセル）",
    last: "最後の位置（と、その出力のセル）",
    uncovered: "どの位置にも覆われない部分",
  },
  formulaHeading: "出力サイズ",
  formulaSpoken:
    "oは、{n}に{p}の2倍を足し、{d}と（{k}引く1）の積と1を引いた値を{s}で割り、小数点以下を切り捨ててから1を足したもの",
  explanations: {
    fits: "幅{span}画素の窓は、パディング後{padded}画素の入力の各辺に沿って{starts}から始まるので、出力は{o}×{o}になる。",
    drops:
      "({padded} − {span}) / {s} = {numerator} / {s} = {quotient}は整数ではない。切り捨てなければ、式の値は{exact}になる。最後の窓は端の手前で止まるので、パディング後の入力の最後の{rows}はどの窓にも覆われない。PyTorchとTensorFlowは警告なしにそれを捨て、{o}を返す。",
    dropsFix: "n = {up}（またはn = {down}）なら窓はぴったり収まる。",
    alexnet:
      "これは論文本文の224を使ったAlexNetのconv1で、55×55にはならない。CS231nは代わりに227を使っており、ちょうど55が得られる。",
    doesNotFit: "{k}×{k}のカーネルは、パディング後{padded}×{padded}の入力に収まらない。",
    doesNotFitDilated:
      "ダイレーション{d}の{k}×{k}カーネルは{span}×{span}画素にわたり、パディング後{padded}×{padded}の入力に収まらない。",
    coreSays: "畳み込みのコアも、この設定をエラーとして受け付けない。",
    rowsOne: "1行と1列",
    rowsMany: "{r}行と{r}列",
  },
  numbers: "図のもとになった数値",
  numbersCaption: "1辺に沿ったサイズ（行と列は同じ）",
  quantity: "量",
  value: "値",
  rows: {
    n: "入力サイズn",
    k: "カーネルサイズk",
    s: "ストライドs",
    p: "パディングp",
    d: "ダイレーションd",
    padded: "パディング後の入力n + 2p",
    span: "カーネルの広がりd(k − 1) + 1",
    output: "出力サイズo",
    uncovered: "どの窓にも覆われない行・列の数",
  },
  errors: {
    empty: "整数を入力してください。",
    notANumber: "数値ではありません。数字だけを使ってください。",
    decimalComma: "カンマを使わずに整数を入力してください。",
    notWhole: "小数部分のない整数を使ってください。",
    outOfRange: "{min}から{max}までの整数を使ってください。",
  },
  hashFallback:
    "このリンクはこの図で表示できないサイズを指定していたため、既定のサイズから始めています。",
  status: {
    fits: "出力は{o}×{o}です。",
    drops: "出力は{o}×{o}です。最後の{rows}はどの窓にも覆われません。",
    doesNotFit: "出力はありません：カーネルが収まりません。",
  },
  sweep: "窓を動かす",
  pause: "一時停止",
  outputKeys:
    "出力のセルを指すか、出力の格子にフォーカスして矢印キーで動かすと、そのセルが読む入力のセルが示されます。",
  reads:
    "出力の{row}行{col}列は、パディング込みの入力の{top}〜{bottom}行、{left}〜{right}列を{d}セルおきに読みます。",
};

export const convArithmeticLabels: Record<Lang, ConvArithmeticLabels> = {
  en: convArithmeticEn,
  ja: convArithmeticJa,
};
