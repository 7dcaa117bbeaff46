/** Every visible or spoken word of the convolution arithmetic widget; each edition passes its own. */
export interface ConvArithmeticLabels {
  caption: string;
  controls: string;
  fields: Record<"n" | "k" | "s" | "p" | "d", string>;
  presets: string;
  presetNames: Record<
    "deshpande" | "lenet" | "same" | "alexnet" | "alexnetPrinted" | "dilation",
    string
  >;
  inputHeading: string;
  outputHeading: string;
  inputCaption: string;
  inputCaptionNoPadding: string;
  outputCaption: string;
  noOutput: string;
  inputAlt: string;
  outputAlt: string;
  noOutputAlt: string;
  gridTooFine: string;
  key: string;
  keyItems: Record<"input" | "padding" | "taps" | "last" | "uncovered", string>;
  formulaHeading: string;
  formulaSpoken: string;
  explanations: {
    fits: string;
    drops: string;
    dropsFix: string;
    alexnet: string;
    doesNotFit: string;
    doesNotFitDilated: string;
    coreSays: string;
    rowsOne: string;
    rowsMany: string;
  };
  numbers: string;
  numbersCaption: string;
  quantity: string;
  value: string;
  rows: Record<"n" | "k" | "s" | "p" | "d" | "padded" | "span" | "output" | "uncovered", string>;
  errors: {
    empty: string;
    notANumber: string;
    notWhole: string;
    outOfRange: string;
  };
  keptValue: string;
  hashFallback: string;
  status: { fits: string; drops: string; doesNotFit: string };
}

export const convArithmeticEn: ConvArithmeticLabels = {
  caption:
    "How big is the output? Change the input size, kernel size, stride, padding and dilation, or pick a textbook case, and watch the kernel's first position, the output grid and the formula.",
  controls: "Sizes, in pixels",
  fields: {
    n: "n, input size",
    k: "k, kernel size",
    s: "s, stride",
    p: "p, padding per side",
    d: "d, dilation",
  },
  presets: "Textbook cases",
  presetNames: {
    deshpande: "Deshpande: 32, 5×5 → 28",
    lenet: "LeNet-5 C1: 32, 5×5 → 28",
    same: "“Same”: 32, 3×3, padding 1 → 32",
    alexnet: "AlexNet conv1: 227, 11×11, stride 4 → 55",
    alexnetPrinted: "AlexNet as printed: 224, 11×11, stride 4",
    dilation: "Dilation 2: 9, 3×3 → 5",
  },
  inputHeading: "Padded input and the kernel at its first position",
  outputHeading: "Output",
  inputCaption: "{padded} × {padded}: the {n} × {n} input inside a zero border {p} wide",
  inputCaptionNoPadding: "{padded} × {padded}: the input, without padding",
  outputCaption: "{o} × {o}",
  noOutput: "No output: the kernel has nowhere to go.",
  inputAlt:
    "Padded input of {padded} × {padded} cells: the {n} × {n} input inside a zero border {p} wide. The {k} × {k} kernel's taps, with dilation {d}, cover a {span} × {span} square in the top-left corner.",
  outputAlt:
    "Output grid of {o} × {o} cells; the top-left cell comes from the kernel's first position.",
  noOutputAlt: "No output grid: the kernel does not fit.",
  gridTooFine: "Too many cells to draw their borders: each side has {cells} cells.",
  key: "Key",
  keyItems: {
    input: "input pixel",
    padding: "zero padding",
    taps: "kernel taps, first position (and the output cell they make)",
    last: "last position (and its output cell)",
    uncovered: "never covered by any position",
  },
  formulaHeading: "The output size",
  formulaSpoken:
    "o equals the floor of ({n} plus 2 times {p} minus {d} times ({k} minus 1) minus 1) divided by {s}, plus 1",
  explanations: {
    fits: "The {span}-pixel-wide window starts at {starts} along each side of the {padded}-pixel padded input, so the output is {o} × {o}.",
    drops:
      "({padded} − {span}) / {s} = {numerator} / {s} = {quotient} is not a whole number: without the floor the formula would give {exact}. The last window stops short of the edge, so the last {rows} of the padded input are never covered. PyTorch and TensorFlow drop them without a warning and return {o}.",
    dropsFix: "With n = {up} (or n = {down}) the windows would fit exactly.",
    alexnet:
      "This is AlexNet's conv1 with the 224 of the paper's text: 55 × 55 does not come out. CS231n uses 227 instead, which gives exactly 55.",
    doesNotFit: "The {k}×{k} kernel does not fit in the {padded}×{padded} padded input.",
    doesNotFitDilated:
      "The {k}×{k} kernel with dilation {d} spans {span}×{span} pixels and does not fit in the {padded}×{padded} padded input.",
    coreSays: "The convolution core refuses it: “{message}”",
    rowsOne: "row and column",
    rowsMany: "{r} rows and columns",
  },
  numbers: "The numbers behind the figure",
  numbersCaption: "Sizes along one side (rows and columns are alike)",
  quantity: "Quantity",
  value: "Value",
  rows: {
    n: "Input size n",
    k: "Kernel size k",
    s: "Stride s",
    p: "Padding p",
    d: "Dilation d",
    padded: "Padded input n + 2p",
    span: "Kernel span d(k − 1) + 1",
    output: "Output size o",
    uncovered: "Rows or columns never covered",
  },
  errors: {
    empty: "Type a whole number.",
    notANumber: "That is not a number. Use digits only.",
    notWhole: "Use a whole number, without a decimal part.",
    outOfRange: "Use a whole number from {min} to {max}.",
  },
  keptValue: "The figure still uses the last good value, {value}.",
  hashFallback:
    "The link asked for sizes this figure cannot show, so it starts from its default sizes.",
  status: {
    fits: "Output {o} × {o}.",
    drops: "Output {o} × {o}; the last {rows} are never covered.",
    doesNotFit: "No output: the kernel does not fit.",
  },
};
