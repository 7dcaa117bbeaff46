/**
 * No markup is ever built from text a reader can supply (a URL hash, a typed value, a file
 * name): such text goes in through textContent / createElement. This scan finds every way of
 * handing a string to the HTML parser in src/ and fails on any use not in the allow-list below,
 * where each entry says why its string cannot carry reader input.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(__dirname, "../../src");

/** Sinks that parse a string as HTML. Reading outerHTML (serialising) is fine; assigning is not. */
const SINKS: [name: string, pattern: RegExp][] = [
  ["innerHTML", /\binnerHTML\b/],
  ["outerHTML =", /\bouterHTML\s*(\+?=)(?!=)/],
  ["insertAdjacentHTML", /\binsertAdjacentHTML\b/],
  ["document.write", /\bdocument\s*\.\s*write(ln)?\b/],
  ["set:html", /\bset:html\b/],
  ["createContextualFragment", /\bcreateContextualFragment\b/],
  ["srcdoc", /\bsrcdoc\b/],
  ["parseFromString", /\bparseFromString\b/],
];

interface Allowed {
  /** Path under src/. */
  file: string;
  sink: string;
  /** How many uses of the sink the file has. */
  count: number;
  why: string;
}

const ALLOWED: Allowed[] = [
  {
    file: "components/head/HeadBasics.astro",
    sink: "set:html",
    count: 1,
    why: "the theme script is a constant string in the file (its CSP hash is computed from it)",
  },
  {
    file: "components/worksheet/ExerciseText.astro",
    sink: "set:html",
    count: 1,
    why: "KaTeX output at build time, of TeX from our own chapters' exercises (KaTeX's trust is off)",
  },
  {
    file: "widgets/ConvArithmetic/ConvArithmetic.astro",
    sink: "set:html",
    count: 8,
    why:
      "KaTeX output at build time of a constant formula; drawnAtBuild markup of the two grids, " +
      "their captions, the substituted formula, the explanation and the table: d3 sets " +
      "attributes and text through the DOM, which escapes them",
  },
  {
    file: "widgets/BiasActivation/BiasActivation.astro",
    sink: "set:html",
    count: 1,
    why:
      "drawHistogram's markup at build time (drawnAtBuild: happy-dom serialises what d3 drew, " +
      "escaping text and attributes), of the default state and our own labels",
  },
  {
    file: "components/HeatmapLegend.astro",
    sink: "set:html",
    count: 1,
    why: "drawLegend's markup at build time (drawnAtBuild, serialised by happy-dom): numbers and our labels",
  },
  {
    file: "widgets/CellGrid/CellGrid.astro",
    sink: "set:html",
    count: 1,
    why: "drawCellGrid's markup at build time (drawnAtBuild, serialised by happy-dom): numbers and our labels",
  },
  {
    file: "widgets/TermLens/TermLens.astro",
    sink: "set:html",
    count: 4,
    why:
      "drawnAtBuild markup of the source buttons, network note, stage cards and panels: d3 " +
      "sets attributes and text through the DOM, which escapes them (sources' words included)",
  },
  {
    file: "widgets/CheckedExercises/BiasTask.astro",
    sink: "set:html",
    count: 1,
    why: "drawResult's empty verdict at build time (drawnAtBuild, serialised by happy-dom)",
  },
  {
    file: "widgets/CheckedExercises/EdgeTask.astro",
    sink: "set:html",
    count: 1,
    why: "drawResult's empty verdict at build time (drawnAtBuild, serialised by happy-dom)",
  },
  {
    file: "widgets/CheckedExercises/StageTask.astro",
    sink: "set:html",
    count: 1,
    why: "drawResult's empty verdict at build time (drawnAtBuild, serialised by happy-dom)",
  },
  {
    file: "widgets/KernelFeatureMap/KernelFeatureMap.astro",
    sink: "set:html",
    count: 6,
    why:
      "drawnAtBuild markup of the two plots, the key and verdict, the slider, the readout and the " +
      "table: d3 sets their attributes and text through the DOM, which escapes them",
  },
  {
    file: "widgets/PipelineExplorer/PipelineExplorer.astro",
    sink: "set:html",
    count: 7,
    why:
      "drawnAtBuild markup of the stage heads, numbers table, readout, credit, file message and " +
      "status line (d3 sets attributes and text through the DOM, which escapes them): the " +
      "default state, the shipped samples' credits and our own labels",
  },
  {
    file: "widgets/Trace/Trace.astro",
    sink: "set:html",
    count: 5,
    why:
      "drawnAtBuild markup of the crops' captions, the output's column and the two computations: " +
      "d3 sets attributes and text through the DOM, which escapes them; numbers and our labels",
  },
  {
    file: "widgets/SlidingWindow/SlidingWindow.astro",
    sink: "set:html",
    count: 6,
    why:
      "drawnAtBuild markup of the notes, the position, the window's values and products and the " +
      "lines: d3 sets attributes and text through the DOM, which escapes them; numbers and our labels",
  },
  {
    file: "widgets/Channels/Channels.astro",
    sink: "set:html",
    count: 1,
    why: "drawOutput's markup at build time (drawnAtBuild, serialised by happy-dom): numbers, our labels and PNG data URIs",
  },
  {
    file: "widgets/TrainedNetwork/DeadView.astro",
    sink: "set:html",
    count: 2,
    why:
      "drawnAtBuild markup of the slider's value and of the grid, legend and status line: d3 " +
      "sets attributes and text through the DOM, which escapes them; numbers, our labels and PNG data URIs",
  },
  {
    file: "widgets/TrainedNetwork/OcclusionView.astro",
    sink: "set:html",
    count: 3,
    why:
      "drawnAtBuild markup of the occluded digit, the two maps with their markers and legends, " +
      "and the status line: d3 sets attributes and text through the DOM; numbers, our labels and PNG data URIs",
  },
  {
    file: "widgets/TrainedNetwork/MapsView.astro",
    sink: "set:html",
    count: 4,
    why:
      "drawnAtBuild markup of the prediction, the names lines, the layers and the numbers " +
      "table: d3 sets attributes and text through the DOM; the names are our sources' own words",
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|tsx|js|mjs|astro|mdx)$/.test(f))
    .map((f) => f.split(path.sep).join("/"))
    .sort();
}

/** Every use of every sink: "file: sink" once per line that has it. */
function findSinks(): Map<string, number> {
  const found = new Map<string, number>();
  for (const file of sourceFiles(SRC)) {
    const lines = readFileSync(path.join(SRC, file), "utf8").split("\n");
    for (const [name, pattern] of SINKS) {
      const uses = lines.filter((line) => pattern.test(line)).length;
      if (uses) found.set(`${file}: ${name}`, uses);
    }
  }
  return found;
}

describe("no HTML built from strings at run time", () => {
  it("findSinks sees each kind of sink", () => {
    const samples = [
      "el.innerHTML = text;",
      "el.outerHTML = text;",
      "el.outerHTML += text;",
      "el.insertAdjacentHTML('beforeend', t)",
      "document.write(x)",
      "document.writeln(x)",
      "<div set:html={x} />",
      "range.createContextualFragment(t)",
      "frame.srcdoc = t",
      "new DOMParser().parseFromString(t, 'text/html')",
    ];
    for (const sample of samples) {
      expect(
        SINKS.some(([, p]) => p.test(sample)),
        sample,
      ).toBe(true);
    }
    // Serialising is not parsing.
    expect(SINKS.some(([, p]) => p.test("textarea.value = frame.outerHTML;"))).toBe(false);
    expect(SINKS.some(([, p]) => p.test("if (a.outerHTML === b) {}"))).toBe(false);
  });

  it("src/ uses no HTML sink except the allow-listed build-time ones", () => {
    const found = findSinks();
    const allowed = new Map(ALLOWED.map((a) => [`${a.file}: ${a.sink}`, a.count]));
    const unexpected = [...found]
      .filter(([key, count]) => allowed.get(key) !== count)
      .map(([key, count]) => `${key} (${count}×)`);
    expect(unexpected, "new or changed HTML sinks: use textContent / createElement").toEqual([]);
    const stale = [...allowed.keys()].filter((key) => !found.has(key));
    expect(stale, "allow-list entries that no longer match: remove them").toEqual([]);
  });
});
