/**
 * The contents page's suggested 90-minute lesson (issue 18, item 7): which chapter to open, for how
 * long, and what to do with the class there. Both editions show the same steps.
 */
export interface LessonStep {
  /** The chapter's slug, the same in both editions. */
  slug: string;
  minutes: number;
  task: string;
  task_ja: string;
}

export const LESSON_MINUTES = 90;

export const LESSON_ROUTE: readonly LessonStep[] = [
  {
    slug: "pipeline",
    minutes: 15,
    task: "Pose the question. In the pipeline explorer, find x, s1, z1 and a1 and read off their shapes.",
    task_ja:
      "問いを示す。パイプライン・エクスプローラーでx、s1、z1、a1を探し、それぞれの形を読み取る。",
  },
  {
    slug: "mechanics",
    minutes: 15,
    task: "Compute one output by hand with the sliding window, then add the bias and the ReLU and watch z1 become a1.",
    task_ja:
      "スライディングウィンドウで出力を1つ手で計算し、バイアスとReLUを加えてz1がa1になる様子を見る。",
  },
  {
    slug: "zeiler-fergus",
    minutes: 15,
    task: "Read Zeiler & Fergus's Figure 1, which names three tensors of one layer apart, then the text, which calls them all feature maps.",
    task_ja:
      "1つの層の3つのテンソルを別々に名付けるZeiler & Fergusの図1を読み、次にそれらをすべて特徴マップと呼ぶ本文を読む。",
  },
  {
    slug: "cs231n",
    minutes: 10,
    task: "CS231n's activation maps: depth slices of a layer's output, often taken before the activation function.",
    task_ja:
      "CS231nの活性化マップを見る。層の出力の深さ方向のスライスで、活性化関数を通す前の値を指すことが多い。",
  },
  {
    slug: "textbooks",
    minutes: 10,
    task: "Three textbooks, three tensors: choose each in the term lens and compare it with another.",
    task_ja:
      "3つの標準的な文献が3つの異なるテンソルを指す。用語レンズで1つずつ選び、別の1つを比較対象に選んで比べる。",
  },
  {
    slug: "in-code",
    minutes: 10,
    task: "In code: read the tensors out of a model and see which one a library's “feature map” is.",
    task_ja:
      "コードの中で、モデルからテンソルを読み出し、ライブラリの言う「特徴マップ」がどれにあたるかを確かめる。",
  },
  {
    slug: "what-to-call-it",
    minutes: 15,
    task: "The short answer, then one exercise discussed by the whole class.",
    task_ja: "短い答えを確かめ、演習を1つ選んでクラス全体で話し合う。",
  },
];
