/** Every visible or spoken word of the trace figure; each edition passes its own. */
export interface TraceLabels {
  caption: string;
  traceFrom: string;
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
  notice: string;
}

export const traceEn: TraceLabels = {
  caption:
    "Follow one output back through the network. Point at a cell of the output grid (a2, or z2 before its ReLU), or focus it and use the arrow keys: its receptive field lights up in a1, z1 and x. Hatched cells are where ReLU cuts the path: units it set to zero, and pixels whose small change therefore cannot reach the output.",
  traceFrom: "Trace back from",
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
  cellLabel: "{stage}, row {r}, column {c}: {v}",
  keyHelp:
    "Arrow keys move along the output; Home and End go to the ends of a row, Ctrl+Home and Ctrl+End to the first and last cell.",
  mapAlt:
    "{stage}, map {k}, {size} grid. The chosen output reads rows {r1} to {r2}, columns {c1} to {c2}; {cut} of those {n} units are zero after ReLU.",
  inputAlt:
    "{stage}, {size} grid. The chosen output's receptive field is rows {r1} to {r2}, columns {c1} to {c2}; a small change of {live} of its {n} pixels alters the output.",
  legendFor: "Colour scale of {stage}",
  key: "Thick outline: the receptive field of the chosen output. Thin outline: the chosen a1 unit and its own field. Hatched: cut by ReLU.",
  layer2Heading: "{stage} at row {r}, column {c}: {n} terms, weight w2 × a1",
  termsOfMap: "From a1 map {k}",
  termLabel: "a1 map {k}, row {r}, column {c}: {w} × {a} = {p}",
  cutTerm: "cut: z1 = {z}, so ReLU gives 0",
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
    "{stage} at row {r}, column {c} = {v}. Its receptive field is rows {r1} to {r2}, columns {c1} to {c2} of x; {cut} of the {n} a1 units it reads are zero.",
  announceVia:
    "a1 map {k}, row {r}, column {c} = {a}, from z1 = {terms} = {s}, plus bias {b} gives {z}.",
  notice: "This link's position for the figure could not be read, so the default is shown.",
};
