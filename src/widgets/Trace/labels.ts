import type { Lang } from "../../i18n";

/** Every visible or spoken word of the trace figure; each edition passes its own. */
export interface TraceLabels {
  /** The edition these words belong to; it sets how sizes are written (formatSize). */
  lang: Lang;
  caption: string;
  /** The network the first frame shows: the pipeline explorer's default one. */
  network: string;
  /** Said instead once a pipeline explorer on the page is followed. */
  networkExplorer: string;
  /** Where a cropped grid lies in its full map. */
  crop: string;
  traceFrom: string;
  mapChoice: string;
  stageChoices: Record<"a2" | "z2", string>;
  stageNames: Record<"x" | "z1" | "a1" | "z2" | "a2", string>;
  mapName: string;
  outputGrid: string;
  cellLabel: string;
  keyHelp: string;
  mapAlt: string;
  inputAlt: string;
  legendFor: string;
  key: string;
  layer2Heading: string;
  termsOfMap: string;
  termLabel: string;
  cutTerm: string;
  padTerm: string;
  /** A term's label followed by why ReLU cut it. */
  termWithCut: string;
  mapPart: string;
  s2Line: string;
  z2Line: string;
  a2Line: string;
  outputCut: string;
  viaHeading: string;
  viaHelp: string;
  s1Line: string;
  z1Line: string;
  a1Line: string;
  viaCut: string;
  announce: string;
  announceVia: string;
  pinned: string;
  unpinned: string;
  notice: string;
}

export const traceEn: TraceLabels = {
  lang: "en",
  caption:
    "Follow one output back through the network. Point at a cell of the output grid (a2, or z2 before its ReLU), or focus it and use the arrow keys: its receptive field lights up in a1, z1 and x. Click a cell to pin it while you read its numbers. Hatched cells are where the path is cut: units ReLU set to zero, and pixels whose small change cannot reach the output.",
  network:
    "This figure runs on the pipeline explorer’s default network: the 64 × 64 photograph of the cat, four conv1 filters and two conv2 filters, 3 × 3 with ‘same’ padding, without pooling. Each grid shows the neighbourhood of the chosen output; the numbers under it place it in the full map.",
  networkExplorer:
    "This figure follows the pipeline explorer on this page: edit a kernel or a bias there, or switch pooling on, and the trace is worked out again on that network.",
  crop: "Rows {r1}–{r2}, columns {c1}–{c2} of {size}",
  traceFrom: "Trace back from",
  mapChoice: "Map of the output",
  stageChoices: { a2: "a2, after ReLU", z2: "z2, before ReLU" },
  stageNames: {
    x: "x, the input",
    z1: "z1 = w1 ∗ x + b1",
    a1: "a1 = ReLU(z1)",
    z2: "z2 = w2 ∗ a1 + b2",
    a2: "a2 = ReLU(z2)",
  },
  mapName: "map {k}",
  outputGrid: "{stage}: choose the output to trace",
  cellLabel: "{stage} map {m}, row {r}, column {c}: {v}",
  keyHelp:
    "Arrow keys move along the whole output map; Home and End go to the ends of a row, Ctrl+Home and Ctrl+End to the first and last cell. Enter pins the cell, Escape unpins it.",
  mapAlt:
    "{stage}, map {k}, {size} grid. The chosen output reads rows {r1} to {r2}, columns {c1} to {c2}; {cut} of those {n} units are zero after ReLU.",
  inputAlt:
    "{stage}, {size} grid. The chosen output's receptive field is rows {r1} to {r2}, columns {c1} to {c2}; a small change of {live} of its {n} pixels alters the output.",
  legendFor: "Colour scale of {stage}",
  key: "Thick outline: the receptive field of the chosen output. Thin outline: the chosen a1 unit and its own field. Hatched: cut by ReLU or by a zero weight. Dashed: zero padding outside the map.",
  layer2Heading: "{stage} map {m} at row {r}, column {c}: {n} terms, weight w2 × {source}",
  termsOfMap: "From {source} map {k}",
  termLabel: "{source} map {k}, row {r}, column {c}: {w} × {a} = {p}",
  cutTerm: "cut: z1 = {z}, so ReLU gives 0",
  padTerm: "padding outside the map, so the value is 0",
  termWithCut: "{term}; {cut}",
  mapPart: "{v} (map {k})",
  s2Line: "s2 = {parts} = {s}",
  z2Line: "z2 = s2 + b2 = {s} + {b} = {z}",
  a2Line: "a2 = ReLU(z2) = max(0, {z}) = {a}",
  outputCut:
    "ReLU set this a2 unit to 0: a small change anywhere in x leaves it at 0, so its whole field is hatched. Choose z2 to see the paths before that last cut.",
  viaHeading: "One step further back: a1 map {k}, row {r}, column {c}",
  viaHelp: "Choose a term above to follow it back to x.",
  s1Line: "s1 = {terms} = {s}",
  z1Line: "z1 = s1 + b1 = {s} + {b} = {z}",
  a1Line: "a1 = ReLU(z1) = max(0, {z}) = {a}",
  viaCut:
    "z1 ≤ 0, so ReLU cuts here: these nine pixels reach the output only through other a1 units.",
  announce:
    "{stage} map {m} at row {r}, column {c} = {v}. Its receptive field is rows {r1} to {r2}, columns {c1} to {c2} of x; {cut} of the {n} a1 units it reads are zero.",
  announceVia:
    "a1 map {k}, row {r}, column {c} = {a}, from z1 = {terms} = {s}, plus bias {b} gives {z}.",
  pinned: "{stage} at row {r}, column {c} pinned: moving the pointer leaves it in place.",
  unpinned: "Unpinned: the trace follows the pointer again.",
  notice: "This link's position for the figure could not be read, so the default is shown.",
};

export const traceJa: TraceLabels = {
  lang: "ja",
  caption:
    "出力のセルを1つ選び、ネットワークを入力までさかのぼる。出力の格子（a2、またはReLUを通す前のz2）のセルを指すか、格子にフォーカスして矢印キーを使うと、その受容野がa1、z1、xで光る。セルをクリックすると固定され、数値を読む間は動かない。斜線のセルは経路が断たれているところで、ReLUが0にしたユニットと、少し変えても出力が変わらない画素を表す。",
  network:
    "この図はパイプライン・エクスプローラーの既定のネットワークで計算しています。64×64の猫の写真、conv1のフィルタ4つ、conv2のフィルタ2つで、カーネルは3×3、パディングは「same」、プーリングはありません。各格子は選んだ出力の近傍を示し、格子の下の数は元のマップでの位置を表します。",
  networkExplorer:
    "この図はこのページのパイプライン・エクスプローラーに連動しています。そこでカーネルやバイアスを編集したりプーリングをオンにしたりすると、そのネットワークでさかのぼり直します。",
  crop: "{size}のうち{r1}〜{r2}行、{c1}〜{c2}列",
  traceFrom: "さかのぼる起点",
  mapChoice: "出力のマップ",
  stageChoices: { a2: "a2（ReLUの後）", z2: "z2（ReLUの前）" },
  stageNames: {
    x: "入力x",
    z1: "z1 = w1 ∗ x + b1",
    a1: "a1 = ReLU(z1)",
    z2: "z2 = w2 ∗ a1 + b2",
    a2: "a2 = ReLU(z2)",
  },
  mapName: "マップ{k}",
  outputGrid: "{stage}：さかのぼる出力を選ぶ",
  cellLabel: "{stage}のマップ{m}の{r}行{c}列：{v}",
  keyHelp:
    "矢印キーで出力のマップ全体を動きます。HomeキーとEndキーで行の端へ、Ctrl+HomeとCtrl+Endで最初と最後のセルへ移ります。Enterキーでセルを固定し、Escキーで固定を解除します。",
  mapAlt:
    "{stage}のマップ{k}（{size}の格子）。選んだ出力は{r1}〜{r2}行、{c1}〜{c2}列を読み、その{n}個のユニットのうち{cut}個がReLUの後で0である。",
  inputAlt:
    "{stage}（{size}の格子）。選んだ出力の受容野は{r1}〜{r2}行、{c1}〜{c2}列で、その{n}個の画素のうち{live}個は少し変えると出力が変わる。",
  legendFor: "{stage}のカラースケール",
  key: "太い枠：選んだ出力の受容野。細い枠：選んだa1のユニットとその受容野。斜線：ReLUまたは0の重みで断たれた部分。破線：マップの外のゼロパディング。",
  layer2Heading: "{stage}のマップ{m}の{r}行{c}列：重みw2 × {source}の{n}個の項",
  termsOfMap: "{source}のマップ{k}から",
  termLabel: "{source}のマップ{k}の{r}行{c}列：{w} × {a} = {p}",
  cutTerm: "断たれている：z1 = {z}なのでReLUは0を返す",
  padTerm: "マップの外のパディングなので値は0",
  termWithCut: "{term}。{cut}",
  mapPart: "{v}（マップ{k}）",
  s2Line: "s2 = {parts} = {s}",
  z2Line: "z2 = s2 + b2 = {s} + {b} = {z}",
  a2Line: "a2 = ReLU(z2) = max(0, {z}) = {a}",
  outputCut:
    "ReLUはこのa2のユニットを0にしました。xのどこを少し変えても0のままなので、受容野全体に斜線を引いています。このReLUで断たれる前の経路を見るには、z2を選んでください。",
  viaHeading: "さらに1段さかのぼる：a1のマップ{k}の{r}行{c}列",
  viaHelp: "上の項を選ぶと、そこからxまでさかのぼれます。",
  s1Line: "s1 = {terms} = {s}",
  z1Line: "z1 = s1 + b1 = {s} + {b} = {z}",
  a1Line: "a1 = ReLU(z1) = max(0, {z}) = {a}",
  viaCut:
    "z1 ≤ 0なので、ReLUはここで経路を断つ。この9つの画素は、ほかのa1のユニットを通してしか出力に届かない。",
  announce:
    "{stage}のマップ{m}の{r}行{c}列は{v}です。その受容野はxの{r1}〜{r2}行、{c1}〜{c2}列で、読み込む{n}個のa1のユニットのうち{cut}個が0です。",
  announceVia:
    "a1のマップ{k}の{r}行{c}列は{a}です。z1 = {terms} = {s}にバイアス{b}を足すと{z}になります。",
  pinned: "{r}行{c}列の{stage}を固定しました。ポインターを動かしても変わりません。",
  unpinned: "固定を解除しました。ポインターの位置を再びさかのぼります。",
  notice: "このリンクが示す図の位置を読み取れなかったため、既定の位置を表示しています。",
};

export const traceLabels: Record<Lang, TraceLabels> = { en: traceEn, ja: traceJa };
