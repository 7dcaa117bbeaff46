import type { WidgetName } from "../widgets/registry";

/** Interface strings of the English edition. The Japanese edition adds ja.ts with the same keys. */
export const en = {
  siteTitle: "Feature maps, explained",
  /**
   * Who wrote the book, as figure citations, their BibTeX and the credits page name them. One
   * corporate name: BibTeX takes it in braces so that it is not split into first and last names.
   * package.json `author` says the same (tests/content/i18n.test.ts).
   */
  siteAuthors: "The feature-maps-explained authors",
  /** The credits page's line naming the authors: {authors}. */
  creditsAuthors: "Written by {authors}.",
  siteTagline:
    "An explorable textbook: in a convolutional network, which tensor is “the feature map”?",
  skipLink: "Skip to the text",
  contents: "Contents",
  goalsHeading: "After this chapter you can",
  /** A chapter's time estimate: {minutes}. */
  minutesEstimate: "About {minutes} minutes, exercises included",
  lessonRoute: "A 90-minute lesson",
  lessonRouteIntro:
    "For a lecturer with one session: this route reaches the book's answer through its main widgets. Each step names what to do in class.",
  /** One step's time in the lesson route: {minutes}. */
  lessonRouteMinutes: "{minutes} min",
  chapters: "Chapters",
  previous: "Previous",
  next: "Next",
  notFoundTitle: "Page not found",
  notFoundText: "There is no page at this address. The contents list every chapter.",
  toContents: "Go to the contents",
  notFoundEdition: "English edition",
  toSearch: "Search the book",
  licence: "Code MIT, text and figures CC BY 4.0.",
  credits: "Photographs: CC0 and public domain, see the image provenance.",
  english: "English",
  toDarkTheme: "Switch to dark theme",
  toLightTheme: "Switch to light theme",
  figureTools: "Figure tools",
  copyLink: "Copy link to this state",
  linkCopied: "Link copied. It opens the figure exactly as it is now.",
  citeFigure: "Cite this figure",
  citePlain: "Plain text",
  /**
   * A figure's citation: {authors}, {site}, {chapter}, {number} (the figure's number in its
   * chapter, "10.2"), {figure} (its title), {year}, {url}, {date} (the day it is cited).
   */
  citeText:
    "{authors}. “{figure}”, figure {number} in “{chapter}”. {site}, {year}. {url} (accessed {date}).",
  citeBibPublished: "Figure {number} in “{chapter}”, {site}",
  citeBibNote: "Accessed {date}; the URL records the figure's state",
  downloadPng: "Download PNG",
  downloadSvg: "Download SVG",
  downloaded: "Downloaded.",
  exportFailed: "This browser could not export the picture.",
  embed: "Embed",
  embedCode:
    "Paste this into a web page to show the figure there. The script lets the frame take the figure's height; without it the frame is 720 pixels tall and scrolls.",
  copyEmbed: "Copy embed code",
  embedCopied: "Embed code copied.",
  lectureMode: "Lecture mode",
  lecturePrevious: "Previous figure",
  lectureNext: "Next figure",
  lectureClose: "Close",
  lectureKeys: "Keyboard",
  /** Lecture mode's line under the figure: {n} of {total} figures of the page, {title}. */
  lecturePosition: "Figure {n} of {total}: {title}",
  lectureHelp:
    "With the figure itself or these buttons focused, the arrow keys ← → and Page Up / Page Down show the previous or next figure, and Esc returns to the page. Inside the figure the keys work its controls: focus the sliding window's input grid and move the window with the arrow keys, or press its Step buttons.",
  gallery: "Gallery of figures",
  galleryIntro:
    "Every interactive figure of the book. Each can be opened on its own page, for an iframe in your own course pages.",
  openAlone: "Open alone (for embedding)",
  inChapter: "In the chapter",
  search: "Search",
  searchLabel: "Search the chapters, the sources and the bibliography",
  searchPlaceholder: "for example: rectified feature map",
  searchCount: "{n} pages found.",
  searchUnavailable: "The search index could not be loaded. Is the site built with npm run build?",
  searchNoScript:
    "Search needs JavaScript. Without it, the contents and the bibliography list every chapter and source.",
  whoCallsWhat: "Who calls what",
  bibliography: "Bibliography",
  creditsTitle: "Credits and licences",
  language: "Language",
  otherLanguage: "日本語",
  otherLanguageName: "Japanese",
  chooseLanguage: "Choose a language",
  whoCallsWhatIntro:
    "Each row is a source, each column a stage of our network (the pipeline chapter defines them). A cell holds the word the source uses for that stage; follow it to the quote and its citation. A source appears in several columns when it uses one word for several tensors. The table is generated from the same data as the term lens and the bibliography.",
  compareCaption: "Who calls what: the word each source uses for each stage",
  compareScrollHint: "The table is wider than this window: scroll it sideways to see every stage →",
  source: "Source",
  bibliographyIntro:
    "Every source the book cites, with the short passages it quotes. A passage marked paraphrase is one whose exact wording we know only from secondary copies; until it has been checked against the original we give its sense in our own words.",
  paraphrase: "Paraphrase",
  reference: "Reference",
  /** Ends with its own space, if the language puts one there. */
  after: "After ",
  secondaryOnly: "The exact wording is known to us only from secondary copies.",
  ourTranslation: "Our translation",
  sourceFigureCaption: "Which tensors {source} names, and with which words (outlined).",
  creditsIntro:
    "The code of this site is under the MIT licence; its text and the figures it generates are under CC BY 4.0. Every figure is computed by the site’s own convolution code from the inputs below. Quotations remain the work of their authors and are cited where they appear.",
  photographs: "Photographs",
  photographsIntro:
    "The widgets use 64 × 64 grey-scale crops of these photographs, which come from the sample data of scikit-image. The licence of each is given as scikit-image’s documentation states it.",
  glossary: "Glossary",
  glossaryIntro:
    "The terms of this book with their Japanese equivalents and the stages of our network each can name, in the colours used throughout.",
  /** After a label that introduces what follows: "Stages it can name: w1 b1". */
  colon: ": ",
  glossaryStages: "Stages it can name",
  glossaryStageSection: "The stages of our network",
  glossaryStageIntro:
    "Each stage of the two-layer network the chapters follow, by the id they use for it. A stage id in a chapter links to its entry here.",
  glossaryTermsForStage: "Terms that can name it",
  worksheet: "Printable worksheet",
  answerKey: "Answer key",
  chapterOnline: "The chapter online",
  printPage: "Print",
  exercisesPage: "Exercises checked in your browser",
  exercisesIntro:
    "Three tasks to solve in small figures. The site checks each answer with the same convolution code that draws the figures, and a wrong answer gets a hint that says what it does instead.",
} as const;

export type UiStrings = { [K in keyof typeof en]: string };

/** The name and one line about each widget, for the gallery and embed pages. */
export const widgetTitlesEn: Record<WidgetName, { title: string; about: string }> = {
  "pipeline-explorer": {
    title: "Pipeline explorer",
    about: "The two-layer network live: edit kernels and biases, draw or load your own input.",
  },
  "term-lens": {
    title: "Term lens",
    about: "Choose an author and see which tensors their words name; pin a second to compare.",
  },
  "sliding-window": {
    title: "Sliding window",
    about: "The kernel steps over the input with every product and sum written out.",
  },
  "bias-activation": {
    title: "Bias and activation",
    about: "Slide the bias, change the activation, and watch the histogram and the zeroed share.",
  },
  "channels-view": {
    title: "Channels",
    about: "How each map of z2 sums the contributions of every map of a1.",
  },
  "conv-arithmetic": {
    title: "Convolution arithmetic",
    about: "Input size, kernel, stride, padding and dilation, and the output size they give.",
  },
  "trace-view": {
    title: "Trace",
    about: "Follow one output back through both layers to the input pixels it depends on.",
  },
  "kernel-feature-map": {
    title: "The kernel-methods feature map φ",
    about:
      "Lift two rings by φ into 3-D, where a plane separates them; compare ⟨φ(x), φ(y)⟩ with k(x, y).",
  },
  "trained-network": {
    title: "A trained network",
    about: "A small CNN trained on MNIST: its filters, maps, dead filters and the occlusion test.",
  },
};

/** The figures a widget with views shows, by figure id (src/widgets/registry.ts FIGURES). */
export const viewTitlesEn: Record<string, { title: string; about: string }> = {
  "trained-network-maps": {
    title: "A trained network: a digit and its maps",
    about: "A small CNN trained on MNIST: pick or draw a digit and look at each of its tensors.",
  },
  "trained-network-dead": {
    title: "A trained network: a dead filter",
    about: "Push one conv1 filter's bias down until its maps are zero on every digit.",
  },
  "trained-network-occlusion": {
    title: "A trained network: the occlusion test",
    about: "Cover part of a digit with a grey square, at every position, and map what changes.",
  },
};
