/** Every visible or spoken word of the sliding-window figure; each edition passes its own. */
export interface SlidingWindowLabels {
  caption: string;
  input: string;
  inputs: Record<"eye" | "corner", string>;
  padding: string;
  paddings: Record<"valid" | "same", string>;
  preset: string;
  customPreset: string;
  kernelLegend: string;
  cell: string;
  bias: string;
  controls: string;
  first: string;
  previous: string;
  play: string;
  pause: string;
  next: string;
  last: string;
  position: string;
  inputGrid: string;
  keyHelp: string;
  zGrid: string;
  aGrid: string;
  stageNames: Record<"x" | "z1" | "a1", string>;
  legendFor: string;
  paddingNote: string;
  pendingNote: string;
  windowHeading: string;
  windowValues: string;
  products: string;
  sLine: string;
  zLine: string;
  aLine: string;
  spokenTerm: string;
  announce: string;
  errors: Record<"empty" | "notANumber" | "outOfRange", string>;
  keptValue: string;
  notice: string;
}

export const slidingWindowEn: SlidingWindowLabels = {
  caption:
    "One output at a time: the 3×3 kernel slides over an 8×8 input. At each position it multiplies the nine numbers under it by its nine weights, adds the products and the bias, and ReLU keeps the result only if it is positive. Input values are rounded to two decimals.",
  input: "Input",
  inputs: {
    eye: "Rim of the cat's eye (photo crop)",
    corner: "Corner of a bright square (generated)",
  },
  padding: "Padding",
  paddings: {
    valid: "None: output 6×6",
    same: "One ring of zeros: output 8×8",
  },
  preset: "Kernel preset",
  customPreset: "(edited)",
  kernelLegend: "Kernel w1",
  cell: "Kernel weight, row {r}, column {c}",
  bias: "Bias b1",
  controls: "Move the window",
  first: "First position",
  previous: "Step back",
  play: "Play",
  pause: "Pause",
  next: "Step forward",
  last: "Last position",
  position: "Position {n} of {total}: output row {r}, column {c}",
  inputGrid: "Input x with the 3×3 window",
  keyHelp:
    "Focus the input grid and use the arrow keys to move the window; Home and End jump to the first and last position.",
  zGrid: "z1, the sum plus the bias, filled in so far",
  aGrid: "a1 = ReLU(z1), filled in so far",
  stageNames: { x: "x, the input", z1: "z1 = w1 ∗ x + b1", a1: "a1 = ReLU(z1)" },
  legendFor: "Colour scale of {stage}",
  paddingNote: "Dashed cells are zero padding.",
  pendingNote: "Striped cells are not computed yet.",
  windowHeading: "At this position",
  windowValues: "Numbers under the window",
  products: "Products, weight × number",
  sLine: "s1 = {terms} = {s}",
  zLine: "z1 = s1 + b1 = {s} + {b} = {z}",
  aLine: "a1 = ReLU(z1) = max(0, {z}) = {a}",
  spokenTerm: "{w} × {x}",
  announce: "z1 at row {r}, column {c} = {terms} = {s}, plus bias {b} gives {z}; ReLU gives {a}.",
  errors: {
    empty: "Type a number, for example 0.5 or −1.",
    notANumber: "That is not a number. Use digits, a point and an optional minus sign.",
    outOfRange: "Use a number between −100 and 100.",
  },
  keptValue: "The figure still uses the last good value, {value}.",
  notice:
    "Part of this link's settings for the figure could not be read, so defaults are shown for them.",
};
