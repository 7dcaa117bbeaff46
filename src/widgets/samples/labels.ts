import { SAMPLES } from "./index";

/** The menu title and credit line of every sample image, by sample id. */
export type SampleLabels = Record<string, { title: string; credit: string }>;

/** English: the titles and credits recorded with the images themselves. */
export const sampleLabelsEn: SampleLabels = Object.fromEntries(
  SAMPLES.map((s) => [s.id, { title: s.title, credit: s.credit }]),
);

/** Photographers' and institutions' names stay as they are credited. */
export const sampleLabelsJa: SampleLabels = {
  chelsea: {
    title: "猫のチェルシー",
    credit: "Stefan van der Walt、CC0（scikit-imageのサンプルデータ）",
  },
  coffee: {
    title: "コーヒーカップ",
    credit: "Rachel Michetti、CC0、Pikolo Espresso Barの厚意による（scikit-imageのサンプルデータ）",
  },
  astronaut: {
    title: "宇宙飛行士アイリーン・コリンズ",
    credit: "NASA、パブリックドメイン（scikit-imageのサンプルデータ）",
  },
  shapes: { title: "正方形と円", credit: "本書で生成" },
};
