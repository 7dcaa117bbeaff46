// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/core";
import { drawnAtBuild } from "../../src/viz/atBuild";
import { colourScale } from "../../src/viz/scales";
import {
  drawCredit,
  drawFileMessage,
  drawNumbers,
  drawStageHead,
  drawStatus,
  type NumberRow,
  type StageHead,
} from "../../src/widgets/PipelineExplorer/draw";
import { pipelineExplorerEn as labels } from "../../src/widgets/PipelineExplorer/labels";
import {
  defaultConfig,
  explorerParams,
  inputTensor,
} from "../../src/widgets/PipelineExplorer/model";
import { readoutOf } from "../../src/widgets/PipelineExplorer/readout";
import { drawReadout, readoutPicture } from "../../src/widgets/PipelineExplorer/readoutDraw";

/** The build's markup of `draw` for a state, parsed into a page as the browser gets it. */
function built(draw: (div: HTMLDivElement) => void): { host: HTMLElement; markup: string } {
  const markup = drawnAtBuild<HTMLDivElement>("div", draw);
  const host = document.createElement("div");
  host.innerHTML = markup;
  return { host, markup };
}

/**
 * The two promises of a draw function: drawn again on the build's markup with the same state it
 * changes nothing; drawn with a new state it gives what a fresh draw of that state gives.
 */
function checkRedraw<S>(draw: (div: HTMLDivElement, state: S) => void, old: S, next: S): void {
  const same = built((div) => draw(div, old));
  draw(same.host.firstElementChild as HTMLDivElement, old);
  expect(same.host.innerHTML).toBe(same.markup);

  const updated = built((div) => draw(div, old));
  draw(updated.host.firstElementChild as HTMLDivElement, next);
  const fresh = built((div) => draw(div, next));
  expect(updated.host.innerHTML).toBe(fresh.markup);
  expect(fresh.markup).not.toBe(same.markup);
}

const shared: StageHead = {
  stage: "z2",
  scale: colourScale("diverging", -2, 3),
  mode: "stage",
  pool: false,
};

function row(key: string, cells: string[]): NumberRow {
  const [stage, k] = key.split("-");
  return { key, stage: stage as NumberRow["stage"], k: Number(k), cells };
}

const plainRows = [row("x-0", ["0", "1", "0.5", "0 %"]), row("z2-0", ["−1", "2", "0.1", "3 %"])];
const pooledRows = [
  row("x-0", ["0", "1", "0.5", "0 %"]),
  row("p1-0", ["0", "4", "1", "10 %"]),
  row("z2-0", ["−3", "5", "0.2", "1 %"]),
];

describe("pipeline explorer: stage heads", () => {
  it("names the stage, draws its legend (a diverging scale is symmetric) and says which scale is on", () => {
    const { host } = built((div) => drawStageHead(div, shared, labels));
    const head = host.querySelector(".pe__col-head")!;
    expect(head.getAttribute("data-stage")).toBe("z2");
    expect(head.querySelector(".pe__stage-name")!.textContent).toBe(labels.stageNames.z2);
    expect(head.querySelector("[data-legend='z2'] .legend__ticks")!.textContent).toBe("−303");
    expect(head.querySelector("[data-scale-note]")!.textContent).toBe(labels.scaleNotes.stage);
    expect(head.hasAttribute("data-pooled")).toBe(false);
  });

  it("with pooling, z2 reads p1; under own scales the legend's ticks are hidden", () => {
    const { host } = built((div) =>
      drawStageHead(div, { ...shared, pool: true, mode: "map" }, labels),
    );
    expect(host.querySelector(".pe__stage-name")!.textContent).toBe(labels.z2Pooled);
    expect(host.querySelector(".legend__ticks")!.hasAttribute("hidden")).toBe(true);
    expect(host.querySelector("[data-scale-note]")!.textContent).toBe(labels.scaleNotes.map);
  });

  it("marks p1's head as existing only with pooling", () => {
    const { host } = built((div) => drawStageHead(div, { ...shared, stage: "p1" }, labels));
    expect(host.querySelector(".pe__col-head")!.hasAttribute("data-pooled")).toBe(true);
  });

  it("redraws the build's markup unchanged, and a new state as a fresh draw", () => {
    const next: StageHead = { ...shared, scale: colourScale("sequential", 0, 8), pool: true };
    checkRedraw<StageHead>((div, head) => drawStageHead(div, head, labels), shared, next);
    checkRedraw<StageHead>((div, head) => drawStageHead(div, head, labels), shared, {
      ...shared,
      mode: "map",
    });
  });
});

describe("pipeline explorer: numbers table", () => {
  it("writes a row per map with its name, map number and summary", () => {
    const { host } = built((div) => drawNumbers(div, pooledRows, true, labels));
    const rows = [...host.querySelectorAll("tbody tr")];
    expect(rows.map((r) => r.getAttribute("data-row"))).toEqual(["x-0", "p1-0", "z2-0"]);
    expect(rows[2].querySelector("th")!.textContent).toBe(`${labels.z2Pooled} [1]`);
    expect([...rows[2].querySelectorAll("td")].map((td) => td.textContent)).toEqual(
      pooledRows[2].cells,
    );
    expect(rows[1].hasAttribute("data-pooled")).toBe(true);
    expect(host.querySelectorAll("thead th")).toHaveLength(5);
  });

  it("puts p1's row back in its place when pooling comes on, and takes it away again", () => {
    const { host } = built((div) => drawNumbers(div, plainRows, false, labels));
    const table = host.firstElementChild as HTMLDivElement;
    const z2 = table.querySelector("tr[data-row='z2-0']");
    drawNumbers(table, pooledRows, true, labels);
    expect([...table.querySelectorAll("tbody tr")].map((r) => r.getAttribute("data-row"))).toEqual([
      "x-0",
      "p1-0",
      "z2-0",
    ]);
    expect(table.querySelector("tr[data-row='z2-0']")).toBe(z2);
    drawNumbers(table, plainRows, false, labels);
    expect(table.querySelector("tr[data-row='p1-0']")).toBeNull();
  });

  it("redraws the build's markup unchanged, and a new state as a fresh draw", () => {
    checkRedraw<[NumberRow[], boolean]>(
      (div, [rows, pool]) => drawNumbers(div, rows, pool, labels),
      [plainRows, false],
      [pooledRows, true],
    );
  });
});

describe("pipeline explorer: lines of text", () => {
  it("the credit names the photograph, or the reader's own image", () => {
    const { host } = built((div) => drawCredit(div, "own", labels));
    expect(host.querySelector("[data-credit]")!.textContent).toBe(labels.ownCredit);
    const unknown = built((div) => drawCredit(div, "no such sample", labels));
    expect(unknown.host.querySelector("[data-credit]")!.textContent).toBe("");
    checkRedraw<string>((div, sample) => drawCredit(div, sample, labels), "cat", "own");
  });

  it("the file message marks an error, and is empty at first", () => {
    const { host } = built((div) => drawFileMessage(div, { text: "too large", error: true }));
    expect(host.querySelector("[data-file-message][data-error]")!.textContent).toBe("too large");
    checkRedraw(drawFileMessage, null, { text: "too large", error: true });
    checkRedraw(drawFileMessage, { text: "bad", error: true }, { text: "loaded", error: false });
  });

  it("the status line says what an edit did, without NaN for an empty map", () => {
    const edit = { k: 1, zMin: -0.5, zMax: 2, zeroShare: 0.25 };
    const { host } = built((div) => drawStatus(div, edit, labels));
    const status = host.querySelector("[data-status][role='status']")!.textContent!;
    expect(status).toMatch(/filter 2/);
    expect(status).toMatch(/25/);
    expect(status).not.toMatch(/NaN/);
    checkRedraw<typeof edit | null>((div, s) => drawStatus(div, s, labels), null, edit);
  });
});

describe("pipeline explorer: the readout", () => {
  const config = defaultConfig();
  const params = explorerParams(config);
  const result = runPipeline(inputTensor(config.sample), params);
  const cell = readoutOf(result, params, { stage: "a1", k: 0, row: 5, col: 7 });
  const empty = readoutPicture(labels, null, false);
  const pinned = readoutPicture(labels, cell, true);

  it("at build, invites the reader to point at a cell and shows no numbers", () => {
    const { host } = built((div) => drawReadout(div, empty));
    expect(host.querySelector("[data-readout-say][aria-live]")!.textContent).toBe(
      labels.readout.empty,
    );
    expect(host.querySelector("[data-readout-terms]")!.children).toHaveLength(0);
    // No cell read: on a phone the panel then keeps no room on the screen.
    expect(host.querySelector("[data-cell]")).toBeNull();
  });

  it("for a cell, says its computation and shows each window beside its kernel", () => {
    const { host } = built((div) => drawReadout(div, pinned));
    const said = [...host.querySelectorAll("[data-readout-say] p")].map((p) => p.textContent);
    expect(said[0]).toMatch(/^Pinned: a1/);
    expect(said).toHaveLength(cell.steps.length + 1);
    expect(host.querySelectorAll("[data-readout-terms] table")).toHaveLength(2);
    expect(host.querySelector(".pe__readout-body")!.hasAttribute("data-cell")).toBe(true);
  });

  it("does not write a sentence again that did not change (the live region would repeat it)", () => {
    const { host } = built((div) => drawReadout(div, pinned));
    const first = host.querySelector("[data-readout-say] p")!.firstChild;
    drawReadout(host.firstElementChild as HTMLDivElement, pinned);
    expect(host.querySelector("[data-readout-say] p")!.firstChild).toBe(first);
  });

  it("keys the kinds of mark on the maps, in a fixed order, and none without marks", () => {
    const marked = readoutPicture(labels, cell, false, new Set(["reach", "cell"] as const));
    const { host } = built((div) => drawReadout(div, marked));
    const keys = host.querySelector("[data-mark-keys]")!;
    expect(keys.hasAttribute("hidden")).toBe(false);
    expect([...keys.querySelectorAll("rect")].map((r) => r.getAttribute("data-kind"))).toEqual([
      "cell",
      "reach",
    ]);
    expect([...keys.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      labels.readout.marks.cell,
      labels.readout.marks.reach,
    ]);
    drawReadout(host.firstElementChild as HTMLDivElement, pinned);
    expect(keys.hasAttribute("hidden")).toBe(true);
    expect(keys.querySelectorAll("li")).toHaveLength(0);
  });

  it("redraws the build's markup unchanged, and a new state as a fresh draw", () => {
    const marked = readoutPicture(labels, cell, true, new Set(["cell", "field"] as const));
    checkRedraw(drawReadout, empty, pinned);
    checkRedraw(drawReadout, pinned, empty);
    checkRedraw(drawReadout, pinned, marked);
    checkRedraw(drawReadout, marked, empty);
  });
});
