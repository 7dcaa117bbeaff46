import type { Lang } from "../../i18n";
import type { FieldError } from "../parseNumber";
import type { PlaySpeed } from "./state";
import { presetLabelsEn, presetLabelsJa, type PresetLabels } from "../shared/presetLabels";

/** Every visible or spoken word of the sliding-window figure; each edition passes its own. */
export interface SlidingWindowLabels {
  caption: string;
  input: string;
  inputs: Record<"eye" | "corner", string>;
  draw: string;
  drawHelp: string;
  resetInput: string;
  inputNumbers: string;
  /** The accessible name of an input value's field. */
  pixel: string;
  /** An input value below 0 or above 1. */
  greyRange: string;
  brushAt: string;
  painted: string;
  padding: string;
  paddings: Record<"valid" | "same", string>;
  preset: string;
  presets: PresetLabels;
  customPreset: string;
  kernelLegend: string;
  cell: string;
  bias: string;
  controls: string;
  first: string;
  previous: string;
  play: string;
  pause: string;
  speed: string;
  speeds: Record<PlaySpeed, string>;
  next: string;
  last: string;
  position: string;
  inputGrid: string;
  keyHelp: string;
  zGrid: string;
  aGrid: string;
  stageNames: Record<"x" | "z1" | "a1", string>;
  legendFor: string;
  paddingNote: string;
  pendingNote: string;
  windowHeading: string;
  windowValues: string;
  products: string;
  sLine: string;
  zLine: string;
  aLine: string;
  spokenTerm: string;
  announce: string;
  errors: Record<FieldError, string>;
  /** A computation the core refused: {message} is the core's own (English) message. */
  coreError: string;
  notice: string;
}

export const slidingWindowEn: SlidingWindowLabels = {
  caption:
    "One output at a time: the 3×3 kernel slides over an 8×8 input. At each position it multiplies the nine numbers under it by its nine weights, adds the products and the bias, and ReLU keeps the result only if it is positive. Input values are grey levels from 0 (black) to 1 (white), rounded to two decimals; draw on the input or type its numbers to change it.",
  input: "Input",
  inputs: {
    eye: "Rim of the cat's eye (photo crop)",
    corner: "Corner of a bright square (generated)",
  },
  draw: "Draw on the input",
  drawHelp:
    "Press or drag on the input to paint cells white (1); hold Shift to paint them black (0). With the keyboard, focus the input grid, move the brush with the arrow keys and press Space to paint 1 (Shift+Space for 0).",
  resetInput: "Reset the input",
  inputNumbers: "Type the input's numbers",
  pixel: "Input value, row {r}, column {c}",
  greyRange: "Use a grey value from 0 (black) to 1 (white).",
  brushAt: "Brush at input row {r}, column {c}, value {v}.",
  painted: "Input row {r}, column {c} is now {v}.",
  padding: "Padding",
  paddings: {
    valid: "None: output 6×6",
    same: "One ring of zeros: output 8×8",
  },
  preset: "Kernel preset",
  presets: presetLabelsEn,
  customPreset: "(edited)",
  kernelLegend: "Kernel w1",
  cell: "Kernel weight, row {r}, column {c}",
  bias: "Bias b1",
  controls: "Move the window",
  first: "First position",
  previous: "Step back",
  play: "Play",
  pause: "Pause",
  speed: "Speed",
  speeds: { slow: "Slow", normal: "Normal", fast: "Fast", fastest: "Fastest" },
  next: "Step forward",
  last: "Last position",
  position: "Position {n} of {total}: output row {r}, column {c}",
  inputGrid: "Input x with the 3×3 window",
  keyHelp:
    "Focus the input grid and use the arrow keys to move the window; Home and End jump to the first and last position.",
  zGrid: "z1, the sum plus the bias, filled in so far",
  aGrid: "a1 = ReLU(z1), filled in so far",
  stageNames: { x: "x, the input", z1: "z1 = w1 ∗ x + b1", a1: "a1 = ReLU(z1)" },
  legendFor: "Colour scale of {stage}",
  paddingNote: "Dashed cells are zero padding.",
  pendingNote: "Striped cells are not computed yet.",
  windowHeading: "At this position",
  windowValues: "Numbers under the window",
  products: "Products, weight × number",
  sLine: "s1 = {terms} = {s}",
  zLine: "z1 = s1 + b1 = {s} + {b} = {z}",
  aLine: "a1 = ReLU(z1) = max(0, {z}) = {a}",
  spokenTerm: "{w} × {x}",
  announce: "z1 at row {r}, column {c} = {terms} = {s}, plus bias {b} gives {z}; ReLU gives {a}.",
  errors: {
    empty: "Type a number, for example 0.5 or −1.",
    notANumber: "That is not a number. Use digits, a point and an optional minus sign.",
    decimalComma: "Use a point for decimals: 0.5, not 0,5.",
    outOfRange: "Use a number between −100 and 100.",
  },
  coreError: "{message}",
  notice:
    "Part of this link's settings for the figure could not be read, so defaults are shown for them.",
};

export const slidingWindowJa: SlidingWindowLabels = {
  caption:
    "出力を1つずつ計算する：3×3のカーネルが8×8の入力の上を滑っていく。各位置で、カーネルは下にある9つの数にそれぞれの重みを掛け、その積とバイアスを足し合わせる。ReLUはその結果が正のときだけ残す。入力の値は0（黒）から1（白）までの明るさで、小数第2位に丸めてある。格子に描くか数値を打ち込むと、入力を書き換えられる。",
  input: "入力",
  inputs: {
    eye: "猫の目の縁（写真の切り抜き）",
    corner: "明るい正方形の角（生成した画像）",
  },
  draw: "入力に描く",
  drawHelp:
    "入力の上を押すかドラッグすると、セルを白（1）で塗ります。Shiftキーを押しながらだと黒（0）で塗ります。キーボードでは、入力の格子にフォーカスして矢印キーでブラシを動かし、スペースキーで1を塗ります（Shift＋スペースで0）。",
  resetInput: "入力を元に戻す",
  inputNumbers: "入力の数値を打ち込む",
  pixel: "入力の{r}行{c}列の値",
  greyRange: "0（黒）から1（白）までの値を使ってください。",
  brushAt: "ブラシは入力の{r}行{c}列にあります。値は{v}です。",
  painted: "入力の{r}行{c}列を{v}にしました。",
  padding: "パディング",
  paddings: {
    valid: "なし：出力は6×6",
    same: "ゼロを1周：出力は8×8",
  },
  preset: "カーネルのプリセット",
  presets: presetLabelsJa,
  customPreset: "（編集済み）",
  kernelLegend: "カーネルw1",
  cell: "カーネルの{r}行{c}列の重み",
  bias: "バイアスb1",
  controls: "窓を動かす",
  first: "最初の位置",
  previous: "1つ戻る",
  play: "再生",
  pause: "一時停止",
  speed: "速さ",
  speeds: { slow: "ゆっくり", normal: "標準", fast: "速い", fastest: "最速" },
  next: "1つ進む",
  last: "最後の位置",
  position: "位置{n}／{total}：出力の{r}行{c}列",
  inputGrid: "3×3の窓を重ねた入力x",
  keyHelp:
    "入力の格子にフォーカスし、矢印キーで窓を動かします。HomeキーとEndキーで最初と最後の位置に移ります。",
  zGrid: "ここまでに計算したz1（和にバイアスを足したもの）",
  aGrid: "ここまでに計算したa1 = ReLU(z1)",
  stageNames: { x: "入力x", z1: "z1 = w1 ∗ x + b1", a1: "a1 = ReLU(z1)" },
  legendFor: "{stage}のカラースケール",
  paddingNote: "破線のセルはゼロパディング。",
  pendingNote: "縞模様のセルはまだ計算していない。",
  windowHeading: "この位置での計算",
  windowValues: "窓の下の数",
  products: "積（重み×数）",
  sLine: "s1 = {terms} = {s}",
  zLine: "z1 = s1 + b1 = {s} + {b} = {z}",
  aLine: "a1 = ReLU(z1) = max(0, {z}) = {a}",
  spokenTerm: "{w} × {x}",
  announce: "{r}行{c}列のz1は{terms} = {s}で、バイアス{b}を足すと{z}、ReLUを通すと{a}になります。",
  errors: {
    empty: "数値を入力してください（例：0.5、−1）。",
    notANumber: "数値ではありません。数字と小数点、必要ならマイナス記号を使ってください。",
    decimalComma: "小数点には「.」を使ってください（0,5ではなく0.5）。",
    outOfRange: "−100から100までの数値を使ってください。",
  },
  coreError: "この値では図を計算できません。",
  notice:
    "このリンクが示す図の設定の一部を読み取れなかったため、その部分は既定の設定で表示しています。",
};

export const slidingWindowLabels: Record<Lang, SlidingWindowLabels> = {
  en: slidingWindowEn,
  ja: slidingWindowJa,
};
