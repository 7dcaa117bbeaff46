/** Every visible or spoken word of the pipeline explorer; each edition passes its own. */
export interface PipelineExplorerLabels {
  caption: string;
  input: string;
  sample: string;
  layer1: string;
  layer2: string;
  filter: string;
  preset: string;
  customPreset: string;
  kernelLegend: string;
  cell: string;
  bias: string;
  biasName: string;
  stageNames: Record<"x" | "s1" | "z1" | "a1" | "z2" | "a2", string>;
  mapAlt: string;
  layer2Note: string;
  numbers: string;
  numbersCaption: string;
  stage: string;
  min: string;
  max: string;
  mean: string;
  zeroShare: string;
  errors: Record<"empty" | "notANumber" | "outOfRange", string>;
  keptValue: string;
  updated: string;
  legendFor: string;
  stateFallback: string;
  ownImage: string;
  ownCredit: string;
  draw: string;
  drawHelp: string;
  clear: string;
  load: string;
  loaded: string;
  fileErrors: Record<
    "empty" | "notAnImage" | "svg" | "tooLarge" | "tooManyPixels" | "decode",
    string
  >;
}

export const pipelineExplorerEn: PipelineExplorerLabels = {
  caption:
    "The two-layer network, computed live in your browser. Edit a kernel cell or a bias and watch every map that depends on it change.",
  input: "Input x",
  sample: "Input image",
  layer1: "Layer 1: conv1 → ReLU",
  layer2: "Layer 2: conv2 → ReLU",
  filter: "Conv1 filter {k}",
  preset: "Preset for conv1 filter {k}",
  customPreset: "(edited)",
  kernelLegend: "Kernel w1[{k}] and bias b1[{k}]",
  cell: "Conv1 filter {k}, row {r}, column {c}",
  bias: "Bias of conv1 filter {k}",
  biasName: "bias",
  stageNames: {
    x: "x, the input",
    s1: "s1 = w1 ∗ x",
    z1: "z1 = s1 + b1",
    a1: "a1 = ReLU(z1)",
    z2: "z2 = w2 ∗ a1 + b2",
    a2: "a2 = ReLU(z2)",
  },
  mapAlt:
    "{stage}, map {k}: {size} grid, values from {min} to {max}, {zero}% of them zero or below",
  layer2Note:
    "w2 is fixed here: filter 1 adds the first two maps of a1 (the two edge maps) and subtracts 0.5; filter 2 finds the upper and lower borders of the bright regions in the fourth map.",
  numbers: "The numbers behind the figure",
  numbersCaption: "Summary of every map shown above",
  stage: "Map",
  min: "Minimum",
  max: "Maximum",
  mean: "Mean",
  zeroShare: "Share ≤ 0",
  errors: {
    empty: "Type a number, for example 0.5 or −1.",
    notANumber: "That is not a number. Use digits, a point and an optional minus sign.",
    outOfRange: "Use a number between −100 and 100.",
  },
  keptValue: "The maps still use the last good value, {value}.",
  updated:
    "Conv1 filter {k} changed. z1 map {k} now runs from {min} to {max}; {zero}% of a1 map {k} is zero.",
  legendFor: "Colour scale of {stage}",
  stateFallback:
    "Part of this link’s figure state could not be read, so the explorer shows its default for that part.",
  ownImage: "Your own image",
  ownCredit: "Your own input. It stays in your browser.",
  draw: "Draw on the input",
  drawHelp:
    "Drag on the input to paint white; hold Shift to paint black. With the keyboard, focus the input, move the brush with the arrow keys and press Space to paint (Shift+Space for black).",
  clear: "Clear to black",
  load: "Load an image file",
  loaded: "Loaded “{name}”, cropped to its central square and scaled to 64 × 64.",
  fileErrors: {
    empty: "That file is empty. Choose a PNG, JPEG, WebP or GIF image.",
    notAnImage: "That file is not an image. Choose a PNG, JPEG, WebP or GIF image.",
    svg: "SVG drawings are not accepted here. Choose a PNG, JPEG, WebP or GIF image.",
    tooLarge: "That file is larger than 20 MB. Choose a smaller image.",
    tooManyPixels: "That image has more than 40 million pixels. Choose a smaller image.",
    decode: "Your browser could not read that file as an image. Try a PNG or JPEG.",
  },
};
