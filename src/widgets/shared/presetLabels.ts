import { KERNEL_PRESETS } from "../../core";

/** The menu name and one-sentence note of every kernel preset, by preset id. */
export type PresetLabels = Record<string, { name: string; note: string }>;

/** English: the core's own names and notes, so there is one English source of truth. */
export const presetLabelsEn: PresetLabels = Object.fromEntries(
  KERNEL_PRESETS.map((p) => [p.id, { name: p.name, note: p.note }]),
);

export const presetLabelsJa: PresetLabels = {
  identity: { name: "恒等", note: "画像をそのまま残す。" },
  "box-blur": {
    name: "ボックスぼかし",
    note: "各画素を、その3×3近傍の単純平均で置き換える。",
  },
  "gaussian-blur": {
    name: "ガウスぼかし",
    note: "中心の画素を重くした加重平均で画像を滑らかにする。",
  },
  sharpen: {
    name: "シャープ化",
    note: "各画素と近傍との差を強調し、エッジをくっきりさせる。",
  },
  "sobel-x": {
    name: "Sobel（x）",
    note: "縦のエッジに反応する。左から右へ明るくなるところで正になる。",
  },
  "sobel-y": {
    name: "Sobel（y）",
    note: "横のエッジに反応する。上から下へ明るくなるところで正になる。",
  },
  prewitt: {
    name: "Prewitt（x）",
    note: "中央の行に重みを足さないSobel（x）。縦のエッジを見つける。",
  },
  laplacian: {
    name: "ラプラシアン",
    note: "平らな領域と一様な勾配では0。エッジや点のように明るさの勾配が変わるところで強く反応する。",
  },
  emboss: {
    name: "エンボス",
    note: "斜め方向の明るさの変化を画像に足し、形が浮き彫りのように見える。",
  },
  outline: {
    name: "輪郭",
    note: "平らな領域を0にし、形の輪郭だけを残す。",
  },
};
