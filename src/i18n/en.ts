/** Interface strings of the English edition. The Japanese edition adds ja.ts with the same keys. */
export const en = {
  siteTitle: "Feature maps, explained",
  siteTagline:
    "An explorable textbook: in a convolutional network, which tensor is “the feature map”?",
  skipLink: "Skip to the text",
  contents: "Contents",
  chapters: "Chapters",
  previous: "Previous",
  next: "Next",
  notFoundTitle: "Page not found",
  notFoundText: "There is no page at this address. The contents list every chapter.",
  toContents: "Go to the contents",
  licence: "Code MIT, text and figures CC BY 4.0.",
  credits: "Photographs: CC0 and public domain, see the image provenance.",
  english: "English",
  darkTheme: "Dark theme",
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
} as const;

export type UiStrings = { [K in keyof typeof en]: string };
