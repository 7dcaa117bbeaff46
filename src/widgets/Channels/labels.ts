import type { Lang } from "../../i18n";
import { sampleLabelsEn, sampleLabelsJa, type SampleLabels } from "../samples/labels";

/** Every visible or spoken word of the channels widget; each edition passes its own. */
export interface ChannelsLabels {
  /** The edition these words belong to; it sets how sizes are written (formatSize). */
  lang: Lang;
  caption: string;
  volumeHeading: string;
  volumeAlt: string;
  volumeShape: string;
  volumeMapNames: string[];
  /** Credit lines of the input images (the figure shows one). */
  samples: SampleLabels;
  sumHeading: string;
  outputChoice: string;
  outputName: string;
  outputNotes: string[];
  equation: string;
  inputMap: string;
  slice: string;
  contribution: string;
  sum: string;
  plusBias: string;
  result: string;
  mapAlt: string;
  legendFor: string;
  legendStages: { z1: string; a1: string; parts: string };
  probe: string;
  numbers: string;
  numbersCaption: string;
  map: string;
  min: string;
  max: string;
  atProbe: string;
  hashFallback: string;
  status: string;
}

export const channelsEn: ChannelsLabels = {
  lang: "en",
  caption:
    "Layer 1 turns one grey image into four maps, stacked into a volume. Each map of layer 2 reads every map of that volume, each through its own 3×3 slice of the filter, and adds one bias.",
  volumeHeading: "z1 as a volume",
  volumeAlt:
    "Four maps of z1, each {h} × {w}, drawn as a stack: map 1 in front, map 4 at the back. Together they form a tensor of shape [{c}, {h}, {w}].",
  volumeShape: "Shape [{c}, {h}, {w}]: {c} channels, each {h} rows by {w} columns.",
  volumeMapNames: [
    "map 1: Sobel x (vertical edges)",
    "map 2: Sobel y (horizontal edges)",
    "map 3: Laplacian (outlines)",
    "map 4: blur with bias −0.35 (bright regions)",
  ],
  samples: sampleLabelsEn,
  sumHeading: "How one map of z2 is made",
  outputChoice: "Map of z2 to build",
  outputName: "z2 map {o}",
  outputNotes: [
    "Filter 1 uses all four input maps: it adds the two edge maps and the blurred bright regions, and subtracts the outlines.",
    "Filter 2 uses only the two edge maps; its slices for maps 3 and 4 are zero, so those maps add nothing.",
    "Filter 3 uses only map 4: a Sobel y slice that finds the upper and lower borders of the bright regions.",
  ],
  equation:
    "z2[{o}] = w2[{o},1] ∗ a1[1] + w2[{o},2] ∗ a1[2] + w2[{o},3] ∗ a1[3] + w2[{o},4] ∗ a1[4] + b2[{o}]",
  inputMap: "a1[{c}]",
  slice: "w2[{o},{c}]",
  contribution: "w2[{o},{c}] ∗ a1[{c}]",
  sum: "sum of the four",
  plusBias: "+ b2[{o}] = {b}",
  result: "z2[{o}]",
  mapAlt: "{name}: {size} grid, values from {min} to {max}",
  legendFor: "Colour scale of {stage}",
  legendStages: {
    z1: "z1",
    a1: "a1, the input of layer 2",
    parts: "the four contributions, their sum and z2 (one shared scale)",
  },
  probe:
    "At row {row}, column {col} (outlined): {terms} = {sum}, and {sum} + ({b}) = {z}, the value of z2[{o}] there.",
  numbers: "The numbers behind the figure",
  numbersCaption: "Each map of the sum for z2 map {o}, and its value at the outlined pixel",
  map: "Map",
  min: "Minimum",
  max: "Maximum",
  atProbe: "At the outlined pixel",
  hashFallback: "The link asked for a map this figure does not have, so it shows z2 map 1 instead.",
  status: "Showing how z2 map {o} is made: values from {min} to {max}.",
};

export const channelsJa: ChannelsLabels = {
  lang: "ja",
  caption:
    "第1層は1枚のグレー画像を4枚のマップに変え、それらを積み重ねてボリュームにする。第2層の各マップは、そのボリュームのすべてのマップを、フィルタのうちそれぞれに対応する3×3のスライスを通して読み、バイアスを1つ加える。",
  volumeHeading: "ボリュームとしてのz1",
  volumeAlt:
    "z1の4枚のマップ（各{h}×{w}）を積み重ねて描いたもの。マップ1が手前、マップ4が奥。合わせて形状[{c}, {h}, {w}]のテンソルになる。",
  volumeShape: "形状[{c}, {h}, {w}]：{c}チャネル、各チャネル{h}行×{w}列。",
  volumeMapNames: [
    "マップ1：Sobel x（縦のエッジ）",
    "マップ2：Sobel y（横のエッジ）",
    "マップ3：ラプラシアン（輪郭）",
    "マップ4：バイアス−0.35のぼかし（明るい領域）",
  ],
  samples: sampleLabelsJa,
  sumHeading: "z2のマップ1枚ができるまで",
  outputChoice: "組み立てるz2のマップ",
  outputName: "z2のマップ{o}",
  outputNotes: [
    "フィルタ1は4枚の入力マップをすべて使う。2枚のエッジマップとぼかした明るい領域を足し、輪郭を引く。",
    "フィルタ2は2枚のエッジマップだけを使う。マップ3と4に対するスライスが0なので、それらのマップは何も足さない。",
    "フィルタ3はマップ4だけを使う。明るい領域の上下の境界を見つけるSobel yのスライスである。",
  ],
  equation:
    "z2[{o}] = w2[{o},1] ∗ a1[1] + w2[{o},2] ∗ a1[2] + w2[{o},3] ∗ a1[3] + w2[{o},4] ∗ a1[4] + b2[{o}]",
  inputMap: "a1[{c}]",
  slice: "w2[{o},{c}]",
  contribution: "w2[{o},{c}] ∗ a1[{c}]",
  sum: "4つの和",
  plusBias: "+ b2[{o}] = {b}",
  result: "z2[{o}]",
  mapAlt: "{name}：値が{min}から{max}までの{size}の格子",
  legendFor: "{stage}のカラースケール",
  legendStages: {
    z1: "z1",
    a1: "a1（第2層の入力）",
    parts: "4つの寄与、その和、z2（共通のスケール）",
  },
  probe:
    "{row}行{col}列（枠で囲んだ画素）では{terms} = {sum}となり、バイアスを足すと{sum} + ({b}) = {z}になる。これがこの画素でのz2[{o}]の値である。",
  numbers: "図のもとになった数値",
  numbersCaption: "z2のマップ{o}を作る和の各マップと、枠で囲んだ画素での値",
  map: "マップ",
  min: "最小値",
  max: "最大値",
  atProbe: "枠で囲んだ画素での値",
  hashFallback:
    "このリンクはこの図にないマップを指定していたため、代わりにz2のマップ1を表示しています。",
  status: "z2のマップ{o}ができるまでを表示しています。値は{min}から{max}までです。",
};

export const channelsLabels: Record<Lang, ChannelsLabels> = { en: channelsEn, ja: channelsJa };
