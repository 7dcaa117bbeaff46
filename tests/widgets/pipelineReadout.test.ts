import { describe, expect, it } from "vitest";
import { runPipeline, type PipelineResult, type Tensor } from "../../src/core";
import { pipelineExplorerEn, pipelineExplorerJa } from "../../src/widgets/PipelineExplorer/labels";
import { marksOf } from "../../src/widgets/PipelineExplorer/marks";
import {
  defaultConfig,
  explorerParams,
  inputTensor,
} from "../../src/widgets/PipelineExplorer/model";
import { readoutOf, type Cell } from "../../src/widgets/PipelineExplorer/readout";
import { readoutSentences } from "../../src/widgets/PipelineExplorer/readoutText";
import { readPinnedCell, writePinnedCell } from "../../src/widgets/PipelineExplorer/state";

function network(pool: boolean) {
  const config = { ...defaultConfig(), pool };
  const params = explorerParams(config);
  return { params, result: runPipeline(inputTensor(config.sample), params) };
}

const at = (t: Tensor, k: number, row: number, col: number) =>
  t.data[(k * t.shape[1] + row) * t.shape[2] + col];

/** float32 rounding of a sum of a few terms of this size. */
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-5);

const step = (result: PipelineResult, params: ReturnType<typeof network>["params"], cell: Cell) =>
  readoutOf(result, params, cell).steps;

const plain = network(false);
const pooled = network(true);

describe("pipeline explorer readout", () => {
  it("an s1 cell is the sum of its 3×3 window of x times the kernel, as the core computed it", () => {
    const { result, params } = plain;
    const readout = readoutOf(result, params, { stage: "s1", k: 1, row: 20, col: 30 });
    expect(readout.value).toBe(at(result.s1, 1, 20, 30));
    const [conv] = readout.steps;
    if (conv.kind !== "conv") throw new Error("expected a convolution");
    expect(conv.input).toBe("x");
    expect(conv.windows).toHaveLength(1);
    const [window] = conv.windows;
    expect(window.values).toEqual(
      [19, 20, 21].flatMap((r) => [29, 30, 31].map((c) => at(result.x, 0, r, c))),
    );
    expect(window.kernel).toEqual(Array.from(params.w1.data.slice(9, 18)));
    expect(conv.sum).toBe(readout.value);
    close(window.partial, conv.sum);
  });

  it("a window at the map's corner reads zeros from the padding and says where", () => {
    const { result, params } = plain;
    const [conv] = step(result, params, { stage: "s1", k: 0, row: 0, col: 0 });
    if (conv.kind !== "conv") throw new Error("expected a convolution");
    const [window] = conv.windows;
    expect(window.padded).toEqual([true, true, true, true, false, false, true, false, false]);
    expect(window.values.filter((_, i) => window.padded[i]).every((v) => v === 0)).toBe(true);
    close(window.partial, conv.sum);
  });

  it("an a1 cell adds b1 to s1 and applies ReLU, each step with the core's values", () => {
    const { result, params } = plain;
    // Filter 4 (a blur with bias −0.35): some cells are cut by ReLU.
    const k = 3;
    const cells = [0, 9, 17, 33, 50].map((row) => ({ stage: "a1" as const, k, row, col: 25 }));
    for (const cell of cells) {
      const [conv, bias, relu] = step(result, params, cell);
      expect(conv.kind).toBe("conv");
      expect(bias).toEqual({
        kind: "bias",
        bias: params.b1[k],
        before: at(result.s1, k, cell.row, cell.col),
        value: at(result.z1, k, cell.row, cell.col),
      });
      close(bias.kind === "bias" ? bias.before + bias.bias : NaN, at(result.z1, k, cell.row, 25));
      expect(relu).toEqual({
        kind: "activation",
        before: at(result.z1, k, cell.row, cell.col),
        value: Math.max(0, at(result.z1, k, cell.row, cell.col)),
      });
    }
  });

  it("with pooling, a z2 cell sums a 3×3×4 window of p1 with w2 and adds b2", () => {
    const { result, params } = pooled;
    const cell = { stage: "z2" as const, k: 0, row: 10, col: 12 };
    const [conv, bias] = step(result, params, cell);
    if (conv.kind !== "conv" || bias.kind !== "bias") throw new Error("expected conv, bias");
    expect(conv.input).toBe("p1");
    expect(conv.windows.map((w) => w.channel)).toEqual([0, 1, 2, 3]);
    expect(conv.windows[2].values[4]).toBe(at(result.p1!, 2, 10, 12));
    close(
      conv.windows.reduce((sum, w) => sum + w.partial, 0),
      at(result.s2, 0, 10, 12),
    );
    expect(bias.bias).toBe(params.b2[0]);
    expect(bias.value).toBe(at(result.z2, 0, 10, 12));
  });

  it("a p1 cell is the largest of its 2×2 window of a1, and says which cell it came from", () => {
    const { result, params } = pooled;
    for (const [row, col] of [
      [5, 7],
      [16, 16],
      [31, 0],
    ]) {
      const [pool] = step(result, params, { stage: "p1", k: 2, row, col });
      if (pool.kind !== "pool") throw new Error("expected a pooling");
      expect(pool.values).toHaveLength(4);
      expect(pool.max).toBe(Math.max(...pool.values));
      expect(pool.max).toBe(at(result.p1!, 2, row, col));
      expect(at(result.a1, 2, pool.from.row, pool.from.col)).toBe(pool.max);
      expect(Math.floor(pool.from.row / 2)).toBe(row);
      expect(Math.floor(pool.from.col / 2)).toBe(col);
    }
  });

  it("refuses a cell that is not on its map", () => {
    expect(() =>
      readoutOf(plain.result, plain.params, { stage: "p1", k: 0, row: 0, col: 0 }),
    ).toThrow(RangeError);
    expect(() =>
      readoutOf(pooled.result, pooled.params, { stage: "z2", k: 0, row: 32, col: 0 }),
    ).toThrow(RangeError);
  });
});

describe("pipeline explorer marks", () => {
  const boxOn = (marks: ReturnType<typeof marksOf>, stage: string, k: number) =>
    marks.filter((m) => m.stage === stage && m.k === k).map((m) => ({ kind: m.kind, ...m.box }));

  it("a pinned a1 cell marks its 3×3 field in x, its own place in s1, z1 and its place in p1", () => {
    const { result, params } = pooled;
    const marks = marksOf(result, params, { stage: "a1", k: 1, row: 10, col: 21 });
    expect(boxOn(marks, "x", 0)).toEqual([
      { kind: "field", top: 9, left: 20, bottom: 11, right: 22 },
    ]);
    expect(boxOn(marks, "s1", 1)).toEqual([
      { kind: "cell", top: 10, left: 21, bottom: 10, right: 21 },
    ]);
    // Only its own channel in layer 1, every channel past the next convolution.
    expect(boxOn(marks, "z1", 0)).toEqual([]);
    expect(boxOn(marks, "p1", 1)).toEqual([
      { kind: "reach", top: 5, left: 10, bottom: 5, right: 10 },
    ]);
    expect(boxOn(marks, "z2", 1)).toEqual([
      { kind: "reach", top: 4, left: 9, bottom: 6, right: 11 },
    ]);
    expect(boxOn(marks, "p2", 0)).toEqual([
      { kind: "reach", top: 2, left: 4, bottom: 3, right: 5 },
    ]);
  });

  it("a pinned p1 cell's field is 2×2 in a1 and 4×4 in x; a z2 cell's reaches through p1", () => {
    const { result, params } = pooled;
    const p1 = marksOf(result, params, { stage: "p1", k: 2, row: 5, col: 0 });
    expect(boxOn(p1, "a1", 2)).toEqual([{ kind: "field", top: 10, left: 0, bottom: 11, right: 1 }]);
    expect(boxOn(p1, "x", 0)).toEqual([{ kind: "field", top: 9, left: 0, bottom: 12, right: 2 }]);
    const z2 = marksOf(result, params, { stage: "z2", k: 0, row: 5, col: 5 });
    expect(boxOn(z2, "p1", 3)).toEqual([{ kind: "field", top: 4, left: 4, bottom: 6, right: 6 }]);
    expect(boxOn(z2, "a1", 3)).toEqual([{ kind: "field", top: 8, left: 8, bottom: 13, right: 13 }]);
    expect(boxOn(z2, "x", 0)).toEqual([{ kind: "field", top: 7, left: 7, bottom: 14, right: 14 }]);
    expect(boxOn(z2, "a2", 0)).toEqual([{ kind: "cell", top: 5, left: 5, bottom: 5, right: 5 }]);
    expect(boxOn(z2, "a2", 1)).toEqual([]);
  });

  it("without pooling a z2 cell's field in x is 5×5, clipped at the edge", () => {
    const { result, params } = plain;
    const marks = marksOf(result, params, { stage: "z2", k: 1, row: 1, col: 40 });
    expect(boxOn(marks, "x", 0)).toEqual([
      { kind: "field", top: 0, left: 38, bottom: 3, right: 42 },
    ]);
    expect(marks.some((m) => m.stage === "p1")).toBe(false);
  });
});

describe("pipeline explorer readout text and URL", () => {
  it("says the cell, its value and each step, in English and in Japanese", () => {
    const { result, params } = pooled;
    const readout = readoutOf(result, params, { stage: "a1", k: 3, row: 0, col: 9 });
    const en = readoutSentences(pipelineExplorerEn, readout, true);
    expect(en[0]).toMatch(/^Pinned: a1, map 4, row 1, column 10: /);
    expect(en[1]).toMatch(/^s1 = the sum of the 9 products of the 3 × 3 window of x .*padding/);
    expect(en[2]).toMatch(/^z1 = s1 \+ b1\[4\] = .* \+ \(−0\.35\) = /);
    expect(en[3]).toMatch(/^a1 = ReLU\(z1\) = max\(0, /);
    const ja = readoutSentences(pipelineExplorerJa, readout, false);
    expect(ja[0]).toMatch(/^a1のマップ4の1行10列：/);
    expect(ja[1]).toMatch(/3×3の窓/);
    const z2 = readoutSentences(
      pipelineExplorerEn,
      readoutOf(result, params, { stage: "z2", k: 0, row: 3, col: 3 }),
      false,
    );
    expect(z2[1]).toMatch(/36 products of the 3 × 3 × 4 window of p1/);
  });

  it("keeps the pinned cell in the URL, counted from 1, and refuses what it cannot read", () => {
    const cell: Cell = { stage: "p1", k: 2, row: 0, col: 31 };
    const hash = writePinnedCell("#pe.pool=max", cell);
    expect(hash).toBe("#pe.pool=max&pe.cell=p1%2C3%2C1%2C32");
    expect(readPinnedCell(hash)).toEqual({ cell, fellBack: false });
    expect(writePinnedCell(hash, null)).toBe("#pe.pool=max");
    expect(readPinnedCell("#other=1")).toEqual({ cell: null, fellBack: false });
    for (const bad of ["s2,1,1,1", "z1,0,1,1", "z1,1,1", "z1,1,1,x", "w1,1,1,1", "a1,1,-1,2"]) {
      expect(readPinnedCell(`#pe.cell=${bad}`)).toEqual({ cell: null, fellBack: true });
    }
  });
});
