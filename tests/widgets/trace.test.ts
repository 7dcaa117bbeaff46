import { describe, expect, it } from "vitest";
import { runPipeline, tensor, type PipelineResult } from "../../src/core";
import { traceInput, traceNetwork, traceParams } from "../../src/widgets/Trace/network";
import { traceView, type OutputStage, type TraceCursor } from "../../src/widgets/Trace/model";
import {
  defaultCursor,
  readTraceCursor,
  writeTraceCursor,
  type TraceShape,
} from "../../src/widgets/Trace/state";
import { gridMove, layer1Lines, layer2Lines } from "../../src/widgets/Trace/text";
import { traceEn } from "../../src/widgets/Trace/labels";

const { params, result } = traceNetwork();
const [, rows, cols] = result.z2.shape;
const [, side] = result.x.shape;
const SHAPE: TraceShape = { rows, cols, channels: result.a1.shape[0], window: 3 };

/** The network's output after replacing x[p] by x[p] + delta. */
function perturbed(p: number, delta: number): PipelineResult {
  const x = traceInput();
  const data = Float32Array.from(x.data);
  data[p] += delta;
  return runPipeline(tensor(x.shape, data), traceParams());
}

/** For every x pixel, the outputs computed with it moved by each delta. */
function perturbations(deltas: number[]): PipelineResult[][] {
  return Array.from({ length: side * side }, (_, p) => deltas.map((d) => perturbed(p, d)));
}

function cursorAt(row: number, col: number, stage: OutputStage = "z2"): TraceCursor {
  return { ...defaultCursor(), stage, row, col };
}

function boxCells(box: { top: number; left: number; size: number }): Set<number> {
  const cells = new Set<number>();
  for (let r = box.top; r < box.top + box.size; r++) {
    for (let c = box.left; c < box.left + box.size; c++) cells.add(r * side + c);
  }
  return cells;
}

describe("trace view", () => {
  it("traceView's x field is exactly the pixels some change of which alters that z2 unit", () => {
    // Large changes revive or kill a1 units, so every pixel with any path can show itself.
    const runs = perturbations([2, -2, 5]);
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < cols; col++) {
        const view = traceView(result, params, cursorAt(row, col));
        expect(view.xBox.size).toBe(5);
        const out = row * cols + col;
        const altering = new Set<number>();
        runs.forEach((variants, p) => {
          if (variants.some((r) => r.z2.data[out] !== result.z2.data[out])) altering.add(p);
        });
        expect(altering).toEqual(boxCells(view.xBox));
      }
    }
  });

  it("traceView marks as sensitive exactly the pixels whose small change alters the output", () => {
    // Small enough that no z1 or z2 crosses 0 (the network keeps them ≥ 0.005 away).
    const epsilon = 2e-4;
    const runs = perturbations([epsilon, -epsilon]);
    let cutOutputs = 0;
    let cutPixels = 0;
    for (const stage of ["z2", "a2"] as const) {
      for (let row = 0; row < rows; row++) {
        for (let col = 0; col < cols; col++) {
          const view = traceView(result, params, cursorAt(row, col, stage));
          const out = row * cols + col;
          const changed = runs.map((variants) =>
            variants.some((r) => r[stage].data[out] !== result[stage].data[out]),
          );
          expect(view.sensitive).toEqual(changed);
          if (view.outputCut) cutOutputs++;
          const field = boxCells(view.xBox);
          if (!view.outputCut) cutPixels += [...field].filter((p) => !view.sensitive[p]).length;
          // Nothing outside the receptive field is ever sensitive.
          view.sensitive.forEach((s, p) => s && expect(field.has(p)).toBe(true));
        }
      }
    }
    // The figure has something to show: zeroed outputs, and fields with cut pixels.
    expect(cutOutputs).toBeGreaterThan(0);
    expect(cutPixels).toBeGreaterThan(0);
  });

  it("traceView's terms add up to the core's s2 and s1, by explicit loops over the weights", () => {
    const w1 = params.w1.data;
    const w2 = params.w2.data;
    const [c1, h1, wd1] = result.a1.shape;
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < cols; col++) {
        const view = traceView(result, params, {
          ...cursorAt(row, col),
          via: { channel: (row + col) % c1, i: row % 3, j: col % 3 },
        });
        let expected2 = 0;
        for (let c = 0; c < c1; c++) {
          for (let i = 0; i < 3; i++) {
            for (let j = 0; j < 3; j++) {
              expected2 +=
                w2[c * 9 + i * 3 + j] * result.a1.data[c * h1 * wd1 + (row + i) * wd1 + col + j];
            }
          }
        }
        const sum2 = view.layer2.reduce((s, t) => s + t.product, 0);
        expect(view.layer2).toHaveLength(9 * c1);
        expect(sum2).toBeCloseTo(expected2, 5);
        expect(sum2).toBeCloseTo(result.s2.data[row * cols + col], 5);
        expect(view.z2).toBeCloseTo(view.s2 + view.b2, 5);
        expect(view.a2).toBe(Math.max(0, view.z2));

        const { via } = view;
        let expected1 = 0;
        for (let u = 0; u < 3; u++) {
          for (let v = 0; v < 3; v++) {
            expected1 +=
              w1[via.channel * 9 + u * 3 + v] * result.x.data[(via.row + u) * side + via.col + v];
          }
        }
        expect(via.terms.reduce((s, t) => s + t.product, 0)).toBeCloseTo(expected1, 5);
        expect(via.s1).toBeCloseTo(expected1, 5);
        expect(via.z1).toBeCloseTo(via.s1 + via.b1, 5);
        expect(via.cut).toBe(via.z1 <= 0);
      }
    }
  });

  it("layer2Lines and layer1Lines write the core's sums and every term of the chosen a1 unit", () => {
    const view = traceView(result, params, defaultCursor());
    const lines2 = layer2Lines(traceEn, view);
    expect(lines2.s).toMatch(/\(map 1\) \+ .*\(map 2\)/);
    expect(lines2.a).toMatch(/^a2 = ReLU\(z2\)/);
    const lines1 = layer1Lines(traceEn, view);
    expect(lines1.s.split(" + ")).toHaveLength(9);
    expect(`${lines2.s}${lines2.z}${lines1.s}`).not.toMatch(/NaN|Infinity/);
  });
});

describe("trace cursor in the URL", () => {
  it("writeTraceCursor then readTraceCursor gives the same cursor and keeps other keys", () => {
    const cursor: TraceCursor = { stage: "z2", row: 7, col: 0, via: { channel: 1, i: 2, j: 0 } };
    const hash = writeTraceCursor("#sw.pos=2,3", cursor);
    expect(hash).toContain("sw.pos=2%2C3");
    expect(readTraceCursor(hash, SHAPE)).toEqual({ cursor, fellBack: false });
  });

  it("readTraceCursor falls back to the default for what it cannot read, and says so", () => {
    for (const bad of [
      "#tr.at=9,1",
      "#tr.at=0,1",
      "#tr.at=a,b",
      "#tr.of=s2",
      "#tr.via=3,1,1",
      "#tr.via=1,1",
    ]) {
      const read = readTraceCursor(bad, SHAPE);
      expect(read.fellBack, bad).toBe(true);
    }
    const partly = readTraceCursor("#tr.at=2,2&tr.of=nope", SHAPE);
    expect(partly.cursor.row).toBe(1);
    expect(partly.cursor.stage).toBe(defaultCursor().stage);
    expect(readTraceCursor("#section-heading", SHAPE)).toEqual({
      cursor: defaultCursor(),
      fellBack: false,
    });
  });
});

describe("gridMove", () => {
  it("gridMove stops at the edges and jumps with Home, End and Ctrl", () => {
    expect(gridMove(0, "ArrowLeft", 8, 8)).toBe(0);
    expect(gridMove(7, "ArrowRight", 8, 8)).toBe(7);
    expect(gridMove(9, "ArrowUp", 8, 8)).toBe(1);
    expect(gridMove(60, "ArrowDown", 8, 8)).toBe(60);
    expect(gridMove(19, "Home", 8, 8)).toBe(16);
    expect(gridMove(19, "End", 8, 8)).toBe(23);
    expect(gridMove(19, "Home", 8, 8, true)).toBe(0);
    expect(gridMove(19, "End", 8, 8, true)).toBe(63);
  });
});
