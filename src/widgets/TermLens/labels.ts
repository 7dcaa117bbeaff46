/** Every visible or spoken word of the term lens; each edition passes its own. */
export interface TermLensLabels {
  caption: string;
  sources: string;
  pin: string;
  noPin: string;
  layer1: string;
  layer2: string;
  functions: string;
  stageNames: Record<string, string>;
  stageHints: Record<string, string>;
  chosen: string;
  pinned: string;
  ourWords: string;
  /** Marks our Japanese translation shown under a verbatim English quote. */
  ourTranslation: string;
  unverifiedNote: string;
  names: string;
  announce: string;
  fallback: string;
  tableCaption: string;
  tableSource: string;
  tableTerm: string;
  tableStages: string;
  tableQuote: string;
  nothing: string;
}

export const termLensEn: TermLensLabels = {
  caption:
    "The term lens. Choose a source: every tensor its words name lights up, labelled with its own word. Pin a second source to compare two authors.",
  sources: "Sources",
  pin: "Compare with",
  noPin: "nobody",
  layer1: "Layer 1",
  layer2: "Layer 2",
  functions: "Functions, not tensors",
  stageNames: {
    x: "x",
    w1: "w1",
    b1: "b1",
    s1: "s1 = w1 ∗ x",
    z1: "z1 = s1 + b1",
    a1: "a1 = ReLU(z1)",
    p1: "p1 = pool(a1)",
    w2: "w2",
    b2: "b2",
    s2: "s2 = w2 ∗ p1",
    z2: "z2 = s2 + b2",
    a2: "a2 = ReLU(z2)",
    p2: "p2 = pool(a2)",
    F1: "F1: x ↦ a1",
    F2: "F2: p1 ↦ a2",
    phi: "φ: ℝⁿ → ℝᵐ",
  },
  stageHints: {
    x: "input image",
    w1: "conv1 filters",
    b1: "conv1 biases",
    s1: "convolution only",
    z1: "pre-activation",
    a1: "activation",
    p1: "max-pooled",
    w2: "conv2 filters",
    b2: "conv2 biases",
    s2: "convolution only",
    z2: "pre-activation",
    a2: "activation",
    p2: "max-pooled",
    F1: "the layer as a function",
    F2: "the layer as a function",
    phi: "kernel methods",
  },
  chosen: "Chosen",
  pinned: "Pinned",
  ourWords: "In our words",
  ourTranslation: "Our translation",
  unverifiedNote:
    "The source’s exact wording is known to us only from secondary copies, so we do not quote it.",
  names: "names",
  announce: "{source}: {count} stages highlighted: {list}.",
  fallback: "The link named a source this page does not know, so it shows the default.",
  tableCaption: "Which tensor each source’s words name",
  tableSource: "Source",
  tableTerm: "Term",
  tableStages: "Stages",
  tableQuote: "Quote or paraphrase",
  nothing: "—",
};
