import type { TensorKind } from "./model";

/** Every visible or spoken word of the trained-network widget; each edition passes its own. */
export interface TrainedNetworkLabels {
  captions: Record<"maps" | "dead" | "occlusion", string>;
  digit: string;
  /** An option of the digit menu: "{label}, example {n}". */
  digitOption: string;
  previous: string;
  next: string;
  draw: string;
  drawHelp: string;
  clear: string;
  ownDigit: string;
  inputAlt: string;
  prediction: string;
  /** "The network reads a {predicted} ({percent} sure)." */
  predictionText: string;
  /** "The digit is labelled {label}." */
  truth: string;
  probabilityOf: string;
  barsLabel: string;
  filters: string;
  filtersNote: string;
  w1Alt: string;
  w2Heading: string;
  w2Note: string;
  w2Alt: string;
  tensor: string;
  tensorNames: Record<TensorKind, string>;
  featureMapBy: string;
  otherNamesBy: string;
  nobody: string;
  layer1: string;
  showing: string;
  layer2: string;
  mapAlt: string;
  legendFor: string;
  dead: {
    filter: string;
    shift: string;
    shiftValue: string;
    reset: string;
    gridLabel: string;
    digitAlt: string;
    status: string;
    allSilent: string;
    accuracy: string;
  };
  occlusion: {
    size: string;
    sizeOption: string;
    position: string;
    row: string;
    column: string;
    positionHelp: string;
    activityName: string;
    probabilityName: string;
    occludedAlt: string;
    activityHeading: string;
    activityAlt: string;
    probabilityHeading: string;
    probabilityAlt: string;
    status: string;
    computing: string;
  };
  loading: string;
  loadError: string;
  fellBack: string;
  numbers: string;
  numbersCaption: string;
  mapColumn: string;
  min: string;
  max: string;
  sum: string;
  zeroShare: string;
}

export const trainedNetworkEn: TrainedNetworkLabels = {
  captions: {
    maps: "A small network trained on handwritten digits by this site's own code, computed live in your browser. Pick a held-out digit or draw one, then choose which tensor to look at.",
    dead: "Push one conv1 filter's bias down and watch its activation maps go dark on every digit.",
    occlusion:
      "The occlusion experiment of Zeiler and Fergus: a grey square covers part of the digit, once at every position, and each position gets one value in each of the two maps.",
  },
  digit: "Held-out digit",
  digitOption: "a {label}, example {n}",
  previous: "Previous digit",
  next: "Next digit",
  draw: "Draw a digit",
  drawHelp:
    "Drag on the input to paint white; hold Shift to paint black. With the keyboard, focus the input, move the brush with the arrow keys and press Space to paint (Shift+Space for black).",
  clear: "Clear",
  ownDigit: "your drawing",
  inputAlt: "The input digit, 28 × 28 pixels: {what}",
  prediction: "What the network reads",
  predictionText: "The network reads a {predicted}, with probability {percent}.",
  truth: "The digit is labelled {label}.",
  probabilityOf: "Probability of {k}",
  barsLabel: "Probabilities of the ten classes",
  filters: "Learned conv1 filters w1 (3 × 3) and biases b1",
  filtersNote:
    "Nobody drew these: training found them. Red weights add the pixel below them, blue ones subtract it.",
  w1Alt: "Conv1 filter {k}: 3 × 3 weights from {min} to {max}; bias {bias}",
  w2Heading: "Conv2 filters w2, summarised",
  w2Note:
    "Each of the 16 conv2 filters reads all 8 conv1 maps through its own 3 × 3 kernel. A cell shows that kernel's sum: red, the conv2 filter (row) is excited by the conv1 map (column); blue, inhibited.",
  w2Alt: "Sums of the 16 × 8 conv2 kernels, from {min} to {max}",
  tensor: "Tensor to show",
  tensorNames: {
    s: "s: convolution only, w ∗ x",
    z: "z: plus bias, w ∗ x + b",
    a: "a: after the ReLU",
    p: "p: after 2 × 2 max pooling",
  },
  featureMapBy: "Who would call this tensor the feature map:",
  otherNamesBy: "Who names it otherwise:",
  nobody: "none of our sources",
  layer1: "Layer 1: 8 maps of {stage}",
  showing: "Showing the maps of {first} and {second}.",
  layer2: "Layer 2: 16 maps of {stage}",
  mapAlt: "{stage}, map {k}: {size}, values from {min} to {max}, {zero}% zero or below",
  legendFor: "Colour scale of {stage}",
  dead: {
    filter: "Conv1 filter",
    shift: "Change of its bias b1",
    shiftValue: "{shift} (bias now {bias})",
    reset: "Reset the bias",
    gridLabel: "a1 maps of conv1 filter {k} for eight held-out digits",
    digitAlt: "a1 map of filter {k} for a {label}: {facts}",
    status:
      "Filter {k} is silent (all zero) on {silent} of the 8 digits shown and on {silentAll} of the {count} held-out digits; the network still reads {correct} of those {count} correctly.",
    allSilent: "Filter {k} is dead: its ReLU outputs 0 everywhere, for every digit.",
    accuracy: "Accuracy on the {count} digits",
  },
  occlusion: {
    size: "Size of the grey square",
    sizeOption: "{n} × {n} pixels",
    position: "Position of the grey square",
    row: "Row",
    column: "Column",
    positionHelp: "You can also click a place in either map to move the square there.",
    activityName: "the change in conv2 activity",
    probabilityName: "the probability",
    occludedAlt: "The digit with the grey square at row {row}, column {col}",
    activityHeading: "Change in conv2 map {k}, the strongest",
    activityAlt:
      "Change of the summed activity of conv2 map {k} for each position of the square: from {min} to {max}",
    probabilityHeading: "Probability of a {label}",
    probabilityAlt:
      "Probability of class {label} for each position of the square: from {min} to {max}",
    status:
      "With the square at row {row}, column {col}: conv2 map {k} sums to {activity} ({change} from the whole digit), the probability of a {label} is {probability}, and the network reads a {predicted}.",
    computing: "Computing {n} forward passes…",
  },
  loading: "Loading the trained network…",
  loadError:
    "The trained network could not be loaded ({reason}). The figure shows the state computed when the page was built.",
  fellBack: "Part of the link's settings could not be used, so defaults are shown instead.",
  numbers: "The numbers behind the figure",
  numbersCaption: "Summary of the maps shown",
  mapColumn: "Map",
  min: "Minimum",
  max: "Maximum",
  sum: "Sum",
  zeroShare: "Share ≤ 0",
};
