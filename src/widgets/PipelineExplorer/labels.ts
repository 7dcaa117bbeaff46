import type { Lang } from "../../i18n";
import type { FieldError } from "../parseNumber";
import type { MarkKind } from "./marks";
import { sampleLabelsEn, sampleLabelsJa, type SampleLabels } from "../samples/labels";
import { presetLabelsEn, presetLabelsJa, type PresetLabels } from "../shared/presetLabels";

/** Every visible or spoken word of the pipeline explorer; each edition passes its own. */
export interface PipelineExplorerLabels {
  /** The edition these words belong to; it sets how sizes are written (formatSize). */
  lang: Lang;
  caption: string;
  input: string;
  sample: string;
  samples: SampleLabels;
  layer1: string;
  layer2: string;
  filter: string;
  preset: string;
  presets: PresetLabels;
  customPreset: string;
  kernelLegend: string;
  cell: string;
  bias: string;
  biasName: string;
  stageNames: Record<"x" | "s1" | "z1" | "a1" | "p1" | "z2" | "a2" | "p2", string>;
  /** z2's name when layer 2 reads the pooled p1. */
  z2Pooled: string;
  pool: string;
  scaleMode: string;
  scaleModes: Record<"stage" | "map", string>;
  /** Under each stage's legend: which scale is on. */
  scaleNotes: Record<"stage" | "map", string>;
  mapAlt: string;
  layer2Note: string;
  numbers: string;
  numbersCaption: string;
  stage: string;
  min: string;
  max: string;
  mean: string;
  zeroShare: string;
  errors: Record<FieldError, string>;
  updated: string;
  legendFor: string;
  stateFallback: string;
  ownImage: string;
  ownCredit: string;
  draw: string;
  drawHelp: string;
  clear: string;
  load: string;
  loaded: string;
  fileErrors: Record<
    "empty" | "notAnImage" | "svg" | "tooLarge" | "tooManyPixels" | "decode",
    string
  >;
  readout: ReadoutLabels;
}

/** The readout under the maps: what a pointed-at or pinned cell holds and how it was computed. */
export interface ReadoutLabels {
  heading: string;
  help: string;
  empty: string;
  /** Says which cell is shown: {stage}, {k}, {row}, {col}, {value}. */
  cell: string;
  /** Put before `cell` when the cell shown is the pinned one. */
  pinned: string;
  /** Joins the sizes of a window: "3 × 3". */
  times: string;
  /** {s} = Σ of {count} products of the {size} window of {input} with kernel {w}[{k}] = {sum}. */
  conv: string;
  padding: string;
  /** {z} = {s} + {b} = {before} + {bias} = {value}. */
  bias: string;
  /** {a} = ReLU({z}) = max(0, {before}) = {value}. */
  activation: string;
  /** {p} = the largest of the {size} window of {input} = {max}, at {row}, {col}. */
  pool: string;
  /** The caption of a window's numbers: {input}, {c}. */
  window: string;
  /** The caption of a kernel's numbers: {w}, {k}, {c}. */
  kernel: string;
  /** A window's share of the sum: {value}. */
  partial: string;
  /** The key to the pinned cell's marks on the maps, one line per kind (see ./marks). */
  marks: Record<MarkKind, string>;
}

export const pipelineExplorerEn: PipelineExplorerLabels = {
  lang: "en",
  caption:
    "The two-layer network, computed live in your browser. Edit a kernel cell or a bias and watch every map that depends on it change.",
  input: "Input x",
  sample: "Input image",
  samples: sampleLabelsEn,
  layer1: "Layer 1: conv1 → ReLU",
  layer2: "Layer 2: conv2 → ReLU",
  filter: "Conv1 filter {k}",
  preset: "Preset for conv1 filter {k}",
  presets: presetLabelsEn,
  customPreset: "(edited)",
  kernelLegend: "Kernel w1[{k}] and bias b1[{k}]",
  cell: "Conv1 filter {k}, row {r}, column {c}",
  bias: "Bias of conv1 filter {k}",
  biasName: "bias",
  stageNames: {
    x: "x, the input",
    s1: "s1 = w1 ∗ x",
    z1: "z1 = s1 + b1",
    a1: "a1 = ReLU(z1)",
    p1: "p1 = pool(a1)",
    z2: "z2 = w2 ∗ a1 + b2",
    a2: "a2 = ReLU(z2)",
    p2: "p2 = pool(a2)",
  },
  z2Pooled: "z2 = w2 ∗ p1 + b2",
  pool: "2 × 2 max pooling after each ReLU (the term lens’s network)",
  scaleMode: "Colour scale",
  scaleModes: {
    stage: "Shared scale per stage (maps comparable)",
    map: "Own scale per map (each map’s detail)",
  },
  scaleNotes: {
    stage: "One scale for all maps of this stage.",
    map: "Own scale per map; ranges in the numbers below.",
  },
  mapAlt:
    "{stage}, map {k}: {size} grid, values from {min} to {max}, {zero}% of them zero or below",
  layer2Note:
    "w2 is fixed here: filter 1 adds the first two maps of layer 2’s input (the two edge maps) and subtracts 0.5; filter 2 finds the upper and lower borders of the bright regions in the fourth map.",
  numbers: "The numbers behind the figure",
  numbersCaption: "Summary of every map shown above",
  stage: "Map",
  min: "Minimum",
  max: "Maximum",
  mean: "Mean",
  zeroShare: "Share ≤ 0",
  errors: {
    empty: "Type a number, for example 0.5 or −1.",
    notANumber: "That is not a number. Use digits, a point and an optional minus sign.",
    decimalComma: "Use a point for decimals: 0.5, not 0,5.",
    outOfRange: "Use a number between −100 and 100.",
  },
  updated:
    "Conv1 filter {k} changed. z1 map {k} now runs from {min} to {max}; {zero}% of a1 map {k} is zero.",
  legendFor: "Colour scale of {stage}",
  stateFallback:
    "Part of this link’s figure state could not be read, so the explorer shows its default for that part.",
  ownImage: "Your own image",
  ownCredit: "Your own input. It stays in your browser.",
  draw: "Draw on the input",
  drawHelp:
    "Drag on the input to paint white; hold Shift to paint black. With the keyboard, focus the input, move the brush with the arrow keys and press Space to paint (Shift+Space for black).",
  clear: "Clear to black",
  load: "Load an image file",
  loaded: "Loaded “{name}”, cropped to its central square and scaled to 64 × 64.",
  fileErrors: {
    empty: "That file is empty. Choose a PNG, JPEG, WebP or GIF image.",
    notAnImage: "That file is not an image. Choose a PNG, JPEG, WebP or GIF image.",
    svg: "SVG drawings are not accepted here. Choose a PNG, JPEG, WebP or GIF image.",
    tooLarge: "That file is larger than 20 MB. Choose a smaller image.",
    tooManyPixels: "That image has more than 40 million pixels. Choose a smaller image.",
    decode: "Your browser could not read that file as an image. Try a PNG or JPEG.",
  },
  readout: {
    heading: "Readout",
    help: "Point at any map to read a value and how it was computed. Click a cell to pin it: it is marked in every map it is computed from or feeds. With the keyboard, focus a map (Tab) and move the pinned cell with the arrow keys; Escape unpins.",
    empty: "Point at a map, or focus one and press an arrow key.",
    cell: "{stage}, map {k}, row {row}, column {col}: {value}.",
    pinned: "Pinned: ",
    times: " × ",
    conv: "{s} = the sum of the {count} products of the {size} window of {input} and the kernel {w}[{k}] = {sum}.",
    padding: "Cells past the map’s edge count as 0 (padding).",
    bias: "{z} = {s} + {b} = {before} + {bias} = {value}.",
    activation: "{a} = ReLU({z}) = max(0, {before}) = {value}.",
    pool: "{p} = the largest of the {size} window of {input} = {max}, from row {row}, column {col} of {input}.",
    window: "{input} map {c}",
    kernel: "{w}[{k}] for map {c}",
    partial: "sum {value}",
    marks: {
      cell: "the pinned cell, and the same place in the other maps of its size",
      field: "the cells it is computed from",
      reach: "the cells it feeds",
    },
  },
};

export const pipelineExplorerJa: PipelineExplorerLabels = {
  lang: "ja",
  caption:
    "2層のネットワークを、ブラウザ上でその場で計算している。カーネルのセルかバイアスを書き換えると、それに依存するマップがすべて変わる。",
  input: "入力x",
  sample: "入力画像",
  samples: sampleLabelsJa,
  layer1: "第1層：conv1 → ReLU",
  layer2: "第2層：conv2 → ReLU",
  filter: "conv1のフィルタ{k}",
  preset: "conv1のフィルタ{k}のプリセット",
  presets: presetLabelsJa,
  customPreset: "（編集済み）",
  kernelLegend: "カーネルw1[{k}]とバイアスb1[{k}]",
  cell: "conv1のフィルタ{k}の{r}行{c}列",
  bias: "conv1のフィルタ{k}のバイアス",
  biasName: "バイアス",
  stageNames: {
    x: "入力x",
    s1: "s1 = w1 ∗ x",
    z1: "z1 = s1 + b1",
    a1: "a1 = ReLU(z1)",
    p1: "p1 = pool(a1)",
    z2: "z2 = w2 ∗ a1 + b2",
    a2: "a2 = ReLU(z2)",
    p2: "p2 = pool(a2)",
  },
  z2Pooled: "z2 = w2 ∗ p1 + b2",
  pool: "各ReLUの後に2×2の最大プーリングを入れる（用語レンズのネットワーク）",
  scaleMode: "カラースケール",
  scaleModes: {
    stage: "段階ごとに共通のスケール（マップどうしを比べられます）",
    map: "マップごとのスケール（各マップの細部が見えます）",
  },
  scaleNotes: {
    stage: "この段階のマップはすべて同じスケールです。",
    map: "マップごとのスケールです（範囲は下の数値を参照）。",
  },
  mapAlt: "{stage}のマップ{k}：値が{min}から{max}までの{size}の格子で、{zero}%が0以下",
  layer2Note:
    "ここではw2を固定している。フィルタ1は第2層の入力の最初の2枚のマップ（2枚のエッジマップ）を足して0.5を引き、フィルタ2は4枚目のマップで明るい領域の上下の境界を見つける。",
  numbers: "図のもとになった数値",
  numbersCaption: "上に示したすべてのマップの要約",
  stage: "マップ",
  min: "最小値",
  max: "最大値",
  mean: "平均",
  zeroShare: "0以下の割合",
  errors: {
    empty: "数値を入力してください（例：0.5、−1）。",
    notANumber: "数値ではありません。数字と小数点、必要ならマイナス記号を使ってください。",
    decimalComma: "小数点には「.」を使ってください（0,5ではなく0.5）。",
    outOfRange: "−100から100までの数値を使ってください。",
  },
  updated:
    "conv1のフィルタ{k}を変更しました。z1のマップ{k}の値は{min}から{max}まで、a1のマップ{k}の{zero}%が0です。",
  legendFor: "{stage}のカラースケール",
  stateFallback:
    "このリンクが示す図の状態の一部を読み取れなかったため、その部分は既定の状態で表示しています。",
  ownImage: "自分の画像",
  ownCredit: "自分で用意した入力です。ブラウザの外には送られません。",
  draw: "入力に描く",
  drawHelp:
    "入力の上をドラッグすると白で塗り、Shiftキーを押しながらだと黒で塗ります。キーボードでは、入力にフォーカスして矢印キーでブラシを動かし、スペースキーで塗ります（Shift＋スペースで黒）。",
  clear: "黒で塗りつぶす",
  load: "画像ファイルを読み込む",
  loaded: "「{name}」を読み込み、中央の正方形を切り出して64×64に縮小しました。",
  fileErrors: {
    empty: "ファイルが空です。PNG、JPEG、WebP、GIFのいずれかの画像を選んでください。",
    notAnImage:
      "画像ファイルではありません。PNG、JPEG、WebP、GIFのいずれかの画像を選んでください。",
    svg: "SVGの図はここでは使えません。PNG、JPEG、WebP、GIFのいずれかの画像を選んでください。",
    tooLarge: "20MBを超えるファイルです。もっと小さな画像を選んでください。",
    tooManyPixels: "画素数が4000万を超える画像です。もっと小さな画像を選んでください。",
    decode: "ブラウザがこのファイルを画像として読み取れませんでした。PNGかJPEGを試してください。",
  },
  readout: {
    heading: "値の読み取り",
    help: "どのマップでも、指すとその値と計算の過程を表示します。セルをクリックすると固定し、そのセルの計算に使われたセルと、そのセルが影響するセルに、すべてのマップで印を付けます。キーボードでは、マップにフォーカスし（Tabキー）、矢印キーで固定したセルを動かします。Escキーで固定を解除します。",
    empty: "マップを指すか、マップにフォーカスして矢印キーを押してください。",
    cell: "{stage}のマップ{k}の{row}行{col}列：{value}。",
    pinned: "固定中：",
    times: "×",
    conv: "{s} = {input}の{size}の窓とカーネル{w}[{k}]の積{count}個の和 = {sum}。",
    padding: "マップの端の外のセルは0として数えます（パディング）。",
    bias: "{z} = {s} + {b} = {before} + {bias} = {value}。",
    activation: "{a} = ReLU({z}) = max(0, {before}) = {value}。",
    pool: "{p} = {input}の{size}の窓の最大値 = {max}（{input}の{row}行{col}列の値）。",
    window: "{input}のマップ{c}",
    kernel: "マップ{c}に掛ける{w}[{k}]",
    partial: "和：{value}",
    marks: {
      cell: "固定したセル（同じ大きさの他のマップでは同じ位置）",
      field: "このセルの計算に使われたセル",
      reach: "このセルの値を使うセル",
    },
  },
};

export const pipelineExplorerLabels: Record<Lang, PipelineExplorerLabels> = {
  en: pipelineExplorerEn,
  ja: pipelineExplorerJa,
};
