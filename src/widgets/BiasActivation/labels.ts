import type { ActivationName } from "../../core";

/** Every visible or spoken word of the bias-and-activation widget; each edition passes its own. */
export interface BiasActivationLabels {
  caption: string;
  controls: string;
  kernel: string;
  bias: string;
  biasField: string;
  biasRange: string;
  activation: string;
  activationNames: Record<ActivationName, string>;
  /** The activation's name at the start of a sentence. */
  activationShort: Record<ActivationName, string>;
  slope: string;
  stageNames: Record<"x" | "s" | "z" | "a", string>;
  mapAlt: string;
  legendFor: string;
  histogramTitle: string;
  histogramAxisX: string;
  histogramAxisY: string;
  histogramAlt: string;
  /** The mark at z = 0, per activation: what happens there. */
  thresholdNames: Record<ActivationName, string>;
  barKept: string;
  barZeroed: string;
  barScaled: string;
  barAll: string;
  zeroRelu: string;
  zeroNone: string;
  zeroSome: string;
  zeroWhereZIsZero: string;
  outputRange: string;
  viewLegend: string;
  viewNames: Record<"z" | "a" | "canvas", string>;
  viewCaptions: Record<"z" | "a" | "canvas", string>;
  canvasLegend: string;
  viewAlt: Record<"z" | "a" | "canvas", string>;
  numbers: string;
  numbersCaption: string;
  map: string;
  min: string;
  max: string;
  mean: string;
  exactlyZero: string;
  atOrBelowZero: string;
  errors: Record<"empty" | "notANumber" | "outOfRange", string>;
  slopeOutOfRange: string;
  keptValue: string;
  status: string;
  fallback: string;
}

export const biasActivationEn: BiasActivationLabels = {
  caption:
    "One map of conv1, before and after its bias and its activation. Slide the bias, choose f, and watch the histogram of z1 move across the point where f bends.",
  controls: "Kernel, bias and activation",
  kernel: "Kernel w1",
  bias: "Bias b1",
  biasField: "Bias b1, typed",
  biasRange: "from {lo} to {hi}",
  activation: "Activation f",
  activationNames: {
    identity: "identity, f(z) = z",
    relu: "ReLU, max(0, z)",
    leakyRelu: "leaky ReLU",
    sigmoid: "sigmoid, 1 / (1 + e⁻ᶻ)",
    tanh: "tanh",
  },
  activationShort: {
    identity: "The identity",
    relu: "ReLU",
    leakyRelu: "Leaky ReLU",
    sigmoid: "Sigmoid",
    tanh: "Tanh",
  },
  slope: "Leaky slope for z < 0",
  stageNames: {
    x: "x, the input",
    s: "s1 = w1 ∗ x",
    z: "z1 = s1 + b1",
    a: "a1 = f(z1)",
  },
  mapAlt: "{stage}: {size} grid, values from {min} to {max}",
  legendFor: "Colour scale of {stage}",
  histogramTitle: "How the values of z1 are spread",
  histogramAxisX: "z1 = s1 + b1",
  histogramAxisY: "units",
  histogramAlt:
    "Histogram of z1: {bins} bins from {lo} to {hi}. {below} of the {n} units have z1 at or below 0. {zero}",
  thresholdNames: {
    identity: "z = 0",
    relu: "ReLU cuts here",
    leakyRelu: "leaky ReLU bends here",
    sigmoid: "sigmoid(0) = 0.5",
    tanh: "tanh(0) = 0",
  },
  barKept: "units f passes unchanged (z1 > 0)",
  barZeroed: "units ReLU sets to 0 (z1 ≤ 0)",
  barScaled: "units multiplied by the slope (z1 < 0)",
  barAll: "units, each reshaped by f",
  zeroRelu:
    "ReLU sets {share} of the units to exactly 0: the {count} of {n} whose z1 is 0 or below.",
  zeroNone: "{name} sets none of the {n} units to exactly 0.",
  zeroSome: "{name} sets {count} of the {n} units ({share}) to exactly 0.",
  zeroWhereZIsZero: "They are the units whose z1 is itself exactly 0.",
  outputRange: "Here its outputs run from {min} to {max}.",
  viewLegend: "What you see",
  viewNames: {
    z: "signed z1",
    a: "f(z1)",
    canvas: "z1 on an 8-bit canvas",
  },
  viewCaptions: {
    z: "z1 with its sign: blue below 0, white at 0, red above. Nothing is hidden.",
    a: "a1 = f(z1) on its own colour scale, the tensor the next layer receives.",
    canvas:
      "z1 written straight into an 8-bit image, as a canvas or PIL does: 255·z1, rounded and clamped to 0–255, in grey. {black} of the pixels are black, because every negative value is clipped to 0; {white} are white, because every value above 1 is clipped to 255. Clipping the negatives away is exactly what a ReLU does, so many kernel demos that draw their output this way show a rectified map without saying so.",
  },
  canvasLegend:
    "Grey level on the canvas (value of z1: black at 0 and below, white at 1 and above)",
  viewAlt: {
    z: "Signed z1: {size} grid, values from {min} to {max}",
    a: "f(z1): {size} grid, values from {min} to {max}",
    canvas: "z1 clamped to an 8-bit grey image: {black} black, {white} white",
  },
  numbers: "The numbers behind the figure",
  numbersCaption: "Summary of each map shown above",
  map: "Map",
  min: "Minimum",
  max: "Maximum",
  mean: "Mean",
  exactlyZero: "Exactly 0",
  atOrBelowZero: "At or below 0",
  errors: {
    empty: "Type a number, for example 0.5 or −1.",
    notANumber: "That is not a number. Use digits, a point and an optional minus sign.",
    outOfRange: "Use a number from {lo} to {hi}.",
  },
  slopeOutOfRange: "Use a slope from 0 to 1.",
  keptValue: "The maps still use the last good value, {value}.",
  status: "Bias {bias}, {activation}. {zero}",
  fallback:
    "The link asked for a setting this figure does not have, so it shows the default for that part instead.",
};
