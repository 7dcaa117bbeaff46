import type { UiStrings } from "./en";
import type { WidgetName } from "../widgets/registry";

/** 日本語版のインターフェース文字列。キーはen.tsと同じ(テストで確認)。 */
export const ja: UiStrings = {
  siteTitle: "特徴マップとは何か",
  siteAuthors: "feature-maps-explained執筆者一同",
  creditsAuthors: "著者：{authors}",
  siteTagline:
    "畳み込みニューラルネットワークで「特徴マップ」と呼ばれるのはどのテンソルか。動かして確かめる教科書。",
  skipLink: "本文へ移動",
  contents: "目次",
  goalsHeading: "この章の目標",
  minutesEstimate: "所要時間の目安：約{minutes}分（演習を含む）",
  lessonRoute: "90分の授業案",
  lessonRouteIntro:
    "1コマで本書を扱う講師向けの道筋です。主な図を動かしながら本書の答えまでたどります。各段階で授業中に行うことを示します。",
  lessonRouteMinutes: "{minutes}分",
  chapters: "章",
  previous: "前へ",
  next: "次へ",
  notFoundTitle: "ページが見つかりません",
  notFoundText: "このアドレスにはページがありません。目次にすべての章があります。",
  toContents: "目次へ",
  notFoundEdition: "日本語版",
  toSearch: "本書を検索",
  licence: "コードはMIT、本文と図はCC BY 4.0。",
  credits: "写真はCC0またはパブリックドメイン（出典はクレジットを参照）。",
  english: "English",
  toDarkTheme: "ダークテーマに切り替え",
  toLightTheme: "ライトテーマに切り替え",
  figureTools: "図のツール",
  copyLink: "この状態へのリンクをコピー",
  linkCopied: "リンクをコピーしました。図を今の状態のまま開けます。",
  citeFigure: "この図を引用",
  citePlain: "プレーンテキスト",
  citeText:
    "{authors}「{figure}」（図{number}）、『{site}』「{chapter}」、{year}年。{url}（{date}閲覧）",
  citeBibPublished: "『{site}』「{chapter}」図{number}",
  citeBibNote: "{date}閲覧。URLに図の状態を記録",
  downloadPng: "PNGで保存",
  downloadSvg: "SVGで保存",
  downloaded: "保存しました。",
  exportFailed: "このブラウザでは画像を書き出せませんでした。",
  embed: "埋め込み",
  embedCode:
    "このコードをウェブページに貼ると、そこに図が表示されます。スクリプトが枠の高さを図に合わせます（スクリプトがなければ枠は高さ720ピクセルで、中がスクロールします）。",
  copyEmbed: "埋め込みコードをコピー",
  embedCopied: "埋め込みコードをコピーしました。",
  lectureMode: "講義モード",
  lecturePrevious: "前の図",
  lectureNext: "次の図",
  lectureClose: "閉じる",
  lectureKeys: "キー操作",
  lecturePosition: "図{n}／{total}：{title}",
  lectureHelp:
    "図そのものかこれらのボタンにフォーカスがあるときは、←→キーまたはPage Up／Page Downキーで前後の図に移り、Escキーでページに戻ります。図の中では、キーは図の操作に使われます。スライディングウィンドウでは、入力の格子にフォーカスして矢印キーを使うか、「1つ進む」「1つ戻る」ボタンを押すと窓が動きます。",
  gallery: "図の一覧",
  galleryIntro:
    "本書のインタラクティブな図をすべて集めました。どの図も単独のページで開けるので、授業のページにiframeで埋め込めます。",
  openAlone: "単独で開く（埋め込み用）",
  inChapter: "掲載章",
  search: "検索",
  searchLabel: "章・出典・参考文献を検索",
  searchPlaceholder: "例：特徴マップ",
  searchCount: "{n}ページ見つかりました。",
  searchUnavailable: "検索索引を読み込めませんでした。サイトはnpm run buildでビルドしましたか。",
  searchNoScript:
    "検索にはJavaScriptが必要です。目次と参考文献にはすべての章と出典が載っています。",
  whoCallsWhat: "誰が何と呼ぶか",
  bibliography: "参考文献",
  creditsTitle: "クレジットとライセンス",
  language: "言語",
  otherLanguage: "English",
  otherLanguageName: "英語",
  chooseLanguage: "言語を選んでください",
  whoCallsWhatIntro:
    "行は出典、列は本書のネットワークの段階（パイプラインの章で定義）です。セルにはその出典がその段階を呼ぶ語が入り、リンク先で引用と出典情報を確かめられます。1つの語を複数のテンソルに使う出典は、複数の列に現れます。この表は、用語レンズや参考文献と同じデータから生成しています。",
  compareCaption: "誰が何と呼ぶか：各出典が各段階を呼ぶ語",
  compareScrollHint: "表はこの画面より広いため、横にスクロールするとすべての段階が見えます →",
  source: "出典",
  bibliographyIntro:
    "本書が引用するすべての出典と、引用した短い一節です。「言い換え」と記した一節は、正確な文言を二次的な写しでしか確認できていないものです。原典で確かめるまでは、本書の言葉で趣旨を示します。",
  paraphrase: "言い換え",
  reference: "出典",
  after: "出典：",
  secondaryOnly: "正確な文言は二次的な写しでしか確認できていません。",
  ourTranslation: "訳（本書による）",
  sourceFigureCaption: "{source}が指すテンソルと、その語（枠で囲んだもの）。",
  creditsIntro:
    "本書のコードはMITライセンス、本文と生成した図はCC BY 4.0です。図はすべて、下の入力から本書自身の畳み込みコードで計算しています。引用文の著作権はそれぞれの著者にあり、引用箇所に出典を示しています。",
  photographs: "写真",
  photographsIntro:
    "ウィジェットでは、これらの写真を64×64のグレースケールに切り出して使っています。写真はscikit-imageのサンプルデータで、ライセンスはscikit-imageの文書の記載どおりです。",
  glossary: "用語集",
  glossaryIntro:
    "本書の用語を、英語の原語と、それが指しうるネットワークの段階（本書全体で共通の色）とともにまとめました。日本語の文献どうしでも用法が異なる点を注記しています。",
  colon: "：",
  glossaryStages: "指しうる段階",
  glossaryStageSection: "本書のネットワークの段階",
  glossaryStageIntro:
    "各章がたどる2層ネットワークの段階を、章で使う記号ごとに示します。章の中の段階の記号は、ここの項目にリンクしています。",
  glossaryTermsForStage: "この段階を指しうる用語",
  worksheet: "印刷用ワークシート",
  answerKey: "解答",
  chapterOnline: "この章のウェブ版",
  printPage: "印刷する",
  exercisesPage: "ブラウザで確かめる演習",
  exercisesIntro:
    "小さな図の中で解く3つの課題です。答えは図を描くのと同じ畳み込みのコードで確かめ、間違っていれば、その答えが実際には何をするのかをヒントで示します。",
};

/** 図の一覧と埋め込みページ用の、各ウィジェットの名前と説明。 */
export const widgetTitlesJa: Record<WidgetName, { title: string; about: string }> = {
  "pipeline-explorer": {
    title: "パイプライン・エクスプローラー",
    about:
      "2層のネットワークをその場で計算します。カーネルとバイアスを編集し、自分の入力を描いたり読み込んだりできます。",
  },
  "term-lens": {
    title: "用語レンズ",
    about:
      "著者を選ぶと、その人の言葉が指すテンソルが光ります。もう1人を比較対象に選んで比べられます。",
  },
  "sliding-window": {
    title: "スライディングウィンドウ",
    about: "カーネルが入力の上を一歩ずつ動き、積と和がすべて数値で示されます。",
  },
  "bias-activation": {
    title: "バイアスと活性化関数",
    about: "バイアスを動かし活性化関数を替えて、ヒストグラムと0になる割合を見ます。",
  },
  "channels-view": {
    title: "チャネル",
    about: "z2の各マップが、a1のすべてのマップからの寄与をどう足し合わせるかを見ます。",
  },
  "conv-arithmetic": {
    title: "出力サイズの計算",
    about: "入力サイズ・カーネル・ストライド・パディング・ダイレーションと、出力サイズの関係。",
  },
  "trace-view": {
    title: "受容野をたどる",
    about: "出力のセルを1つ選び、両方の層をさかのぼって、それが依存する入力画素までたどります。",
  },
  "kernel-feature-map": {
    title: "カーネル法の特徴写像φ",
    about: "2つの輪をφで3次元に持ち上げると平面で分けられます。⟨φ(x), φ(y)⟩とk(x, y)を比べます。",
  },
  "trained-network": {
    title: "学習済みネットワーク",
    about: "MNISTで学習した小さなCNN：フィルタ、マップ、死んだフィルタ、遮蔽実験。",
  },
};

/** ビューごとに別の図になるウィジェットの、図IDごとの名前と説明。 */
export const viewTitlesJa: Record<string, { title: string; about: string }> = {
  "trained-network-maps": {
    title: "学習済みネットワーク：数字とマップ",
    about: "MNISTで学習した小さなCNN。数字を選ぶか描いて、各テンソルを見ます。",
  },
  "trained-network-dead": {
    title: "学習済みネットワーク：死んだフィルタ",
    about: "conv1のフィルタ1つのバイアスを下げ、どの数字でもマップが0になるまでを見ます。",
  },
  "trained-network-occlusion": {
    title: "学習済みネットワーク：遮蔽実験",
    about: "数字の一部を灰色の正方形で隠し、すべての位置で何が変わるかをマップにします。",
  },
};
