import { describe, expect, it } from "vitest";
import {
  presetById,
  runPipeline,
  tensor,
  type PipelineParams,
  type PipelineResult,
  type Tensor,
} from "../../src/core";
import { traceNetwork } from "../../src/widgets/Trace/network";
import { traceView, type OutputStage, type TraceCursor } from "../../src/widgets/Trace/model";
import { CROP, outputCrop, traceFrame } from "../../src/widgets/Trace/frame";
import {
  clampCursor,
  defaultCursor,
  readTraceCursor,
  traceShape,
  writeTraceCursor,
  type TraceShape,
} from "../../src/widgets/Trace/state";
import { gridMove, layer1Lines, layer2Lines } from "../../src/widgets/Trace/text";
import { traceEn } from "../../src/widgets/Trace/labels";
import { sampleValues, SAMPLE_SIZE } from "../../src/widgets/samples";

/**
 * Small networks for the exhaustive checks (every output, every pixel perturbed): a 12 × 12
 * crop of the photograph with two decimals, Sobel x and y with bias −0.125 (so every z1 is a
 * multiple of 0.01 off by 0.005, never at ReLU's kink) and one uneven conv2 filter; 'valid' or
 * 'same' padding, with or without max pooling.
 */
const SIDE = 12;
function smallInput(): Tensor {
  const full = sampleValues("chelsea");
  const data = new Float32Array(SIDE * SIDE);
  for (let r = 0; r < SIDE; r++) {
    for (let c = 0; c < SIDE; c++) {
      data[r * SIDE + c] = Math.round(full[(14 + r) * SAMPLE_SIZE + 12 + c] * 100) / 100;
    }
  }
  return tensor([1, SIDE, SIDE], data);
}
const W2 = [
  [0.3, 0.5, 0.2, 0.6, 0.9, 0.4, 0.1, 0.7, 0.3],
  [0.4, 0.2, 0.6, 0.3, 0.8, 0.5, 0.7, 0.1, 0.2],
];
function smallParams(padding: "valid" | "same", pool = false): PipelineParams {
  return {
    w1: tensor([2, 1, 3, 3], [...presetById("sobel-x")!.kernel, ...presetById("sobel-y")!.kernel]),
    b1: [-0.125, -0.125],
    w2: tensor([1, 2, 3, 3], W2.flat()),
    b2: [-0.4],
    conv1: { padding },
    conv2: { padding },
    activation: { name: "relu" },
    pool: pool ? { kind: "max", size: 2 } : null,
  };
}

const NETWORKS = [
  { name: "valid", params: smallParams("valid") },
  { name: "same", params: smallParams("same") },
  { name: "same, pooled", params: smallParams("same", true) },
].map((n) => ({ ...n, result: runPipeline(smallInput(), n.params) }));

const DEFAULT = traceNetwork();
const SHAPE: TraceShape = traceShape(DEFAULT.params, DEFAULT.result);

/** The network's output after replacing x[p] by x[p] + delta. */
function perturbed(params: PipelineParams, p: number, delta: number): PipelineResult {
  const x = smallInput();
  const data = Float32Array.from(x.data);
  data[p] += delta;
  return runPipeline(tensor(x.shape, data), params);
}

/** For every x pixel, the outputs computed with it moved by each delta. */
function perturbations(params: PipelineParams, deltas: number[]): PipelineResult[][] {
  return Array.from({ length: SIDE * SIDE }, (_, p) => deltas.map((d) => perturbed(params, p, d)));
}

function cursorAt(row: number, col: number, stage: OutputStage = "z2"): TraceCursor {
  return { ...defaultCursor(), stage, row, col };
}

/** The pixels of a box that lie in the SIDE × SIDE input. */
function boxCells(box: { top: number; left: number; size: number }): Set<number> {
  const cells = new Set<number>();
  for (let r = Math.max(box.top, 0); r < Math.min(box.top + box.size, SIDE); r++) {
    for (let c = Math.max(box.left, 0); c < Math.min(box.left + box.size, SIDE); c++) {
      cells.add(r * SIDE + c);
    }
  }
  return cells;
}

describe("trace view", () => {
  it("traceView's x field is exactly the pixels some change of which alters that z2 unit", () => {
    for (const { name, params, result } of NETWORKS) {
      const [, rows, cols] = result.z2.shape;
      // Large changes revive or kill a1 units (or win a pooling window), so every pixel with
      // any path can show itself.
      const runs = perturbations(params, [2, -2, 5]);
      for (let row = 0; row < rows; row++) {
        for (let col = 0; col < cols; col++) {
          const view = traceView(result, params, cursorAt(row, col));
          expect(view.xBox.size, name).toBe(params.pool ? 8 : 5);
          const out = row * cols + col;
          const altering = new Set<number>();
          runs.forEach((variants, p) => {
            if (variants.some((r) => r.z2.data[out] !== result.z2.data[out])) altering.add(p);
          });
          expect(altering, `${name} ${row},${col}`).toEqual(boxCells(view.xBox));
        }
      }
    }
  });

  it("traceView marks as sensitive exactly the pixels whose small change alters the output", () => {
    // Without pooling: a pooling window with two equal largest units would pass on a change
    // of either, and the trace follows one. Small enough that no z1 or z2 crosses 0.
    const epsilon = 2e-4;
    for (const { name, params, result } of NETWORKS.filter((n) => !n.params.pool)) {
      const [, rows, cols] = result.z2.shape;
      const runs = perturbations(params, [epsilon, -epsilon]);
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
            expect(view.sensitive, `${name} ${row},${col}`).toEqual(changed);
            if (view.outputCut) cutOutputs++;
            const field = boxCells(view.xBox);
            if (!view.outputCut) cutPixels += [...field].filter((p) => !view.sensitive[p]).length;
            // Nothing outside the receptive field is ever sensitive.
            view.sensitive.forEach((s, p) => s && expect(field.has(p)).toBe(true));
          }
        }
      }
      // The figure has something to show: zeroed outputs, and fields with cut pixels.
      expect(cutOutputs, name).toBeGreaterThan(0);
      expect(cutPixels, name).toBeGreaterThan(0);
    }
  });

  it("traceView's terms add up to the core's s2 and s1, by explicit loops over the weights", () => {
    const { params, result } = traceNetwork();
    const w1 = params.w1.data;
    const w2 = params.w2.data;
    const c1 = result.a1.shape[0];
    const [c2, rows, cols] = result.z2.shape;
    const at = (t: Tensor, c: number, r: number, col: number) =>
      r < 0 || col < 0 || r >= t.shape[1] || col >= t.shape[2]
        ? 0
        : t.data[(c * t.shape[1] + r) * t.shape[2] + col];
    // Every other row and column of both maps, borders included (the 'same' padding).
    for (let map = 0; map < c2; map++) {
      for (let row = 0; row < rows; row += 3) {
        for (let col = 0; col < cols; col += 3) {
          const view = traceView(result, params, {
            ...cursorAt(row, col),
            map,
            via: { channel: (row + col) % c1, i: 1, j: 1 },
          });
          let expected2 = 0;
          for (let c = 0; c < c1; c++) {
            for (let i = 0; i < 3; i++) {
              for (let j = 0; j < 3; j++) {
                expected2 +=
                  w2[((map * c1 + c) * 3 + i) * 3 + j] * at(result.a1, c, row + i - 1, col + j - 1);
              }
            }
          }
          const sum2 = view.layer2.reduce((s, t) => s + t.product, 0);
          expect(view.layer2).toHaveLength(9 * c1);
          expect(sum2).toBeCloseTo(expected2, 5);
          expect(sum2).toBeCloseTo(result.s2.data[(map * rows + row) * cols + col], 5);
          expect(view.z2).toBeCloseTo(view.s2 + view.b2, 5);
          expect(view.a2).toBe(Math.max(0, view.z2));

          const { via } = view;
          let expected1 = 0;
          for (let u = 0; u < 3; u++) {
            for (let v = 0; v < 3; v++) {
              expected1 +=
                w1[via.channel * 9 + u * 3 + v] * at(result.x, 0, via.row + u - 1, via.col + v - 1);
            }
          }
          expect(via.terms.reduce((s, t) => s + t.product, 0)).toBeCloseTo(expected1, 5);
          expect(via.s1).toBeCloseTo(expected1, 5);
          expect(via.z1).toBeCloseTo(via.s1 + via.b1, 5);
          expect(via.a1).toBe(at(result.a1, via.channel, via.row, via.col));
          expect(via.cut).toBe(via.z1 <= 0);
        }
      }
    }
  });

  it("with pooling, each term reads p1, and follows it to the largest a1 unit of its window", () => {
    const { params, result } = NETWORKS.find((n) => n.params.pool)!;
    const view = traceView(result, params, cursorAt(2, 3));
    expect(view.pooled).toBe(true);
    for (const term of view.layer2.filter((t) => !t.pad)) {
      const [, hp, wp] = result.p1!.shape;
      const [, h1, w1] = result.a1.shape;
      expect(term.value).toBe(result.p1!.data[(term.channel * hp + term.row) * wp + term.col]);
      const { row, col } = term.source!;
      expect(Math.floor(row / 2)).toBe(term.row);
      expect(Math.floor(col / 2)).toBe(term.col);
      expect(result.a1.data[(term.channel * h1 + row) * w1 + col]).toBe(term.value);
    }
  });

  it("the default network's frame crops every map around the chosen output, padding marked", () => {
    const { params, result } = traceNetwork();
    const corner = traceFrame(result, params, cursorAt(0, 0));
    expect(corner.crops.output).toEqual({ top: 0, left: 0, size: CROP.output });
    // The field of the corner unit reaches two pixels past the image: padding, not pixels.
    expect(corner.view.xBox).toEqual({ top: -2, left: -2, size: 5 });
    const padded = corner.x.marks["data-pad"].filter(Boolean).length;
    expect(padded).toBe(corner.x.values.filter((v) => v === null).length);
    expect(padded).toBeGreaterThan(0);
    const [, side] = result.x.shape;
    const middle = traceFrame(result, params, cursorAt(30, 40));
    expect(middle.x.values[0]).toBe(result.x.data[middle.crops.x.top * side + middle.crops.x.left]);
    expect(middle.x.marks["data-pad"].some(Boolean)).toBe(false);
  });

  it("outputCrop keeps its window while it holds the cursor, else centres it inside the map", () => {
    const kept = { top: 10, left: 10, size: CROP.output };
    expect(outputCrop(kept, { row: 21, col: 10 }, 64, 64)).toBe(kept);
    expect(outputCrop(kept, { row: 22, col: 10 }, 64, 64)).toEqual({
      top: 22 - CROP.output / 2,
      left: 10 - CROP.output / 2,
      size: CROP.output,
    });
    expect(outputCrop(null, { row: 63, col: 0 }, 64, 64)).toEqual({
      top: 64 - CROP.output,
      left: 0,
      size: CROP.output,
    });
  });

  it("layer2Lines and layer1Lines write the core's sums and every term of the chosen a1 unit", () => {
    const { params, result } = traceNetwork();
    const view = traceView(result, params, defaultCursor());
    const lines2 = layer2Lines(traceEn, view);
    expect(lines2.s).toMatch(/\(map 1\) \+ .*\(map 4\)/);
    expect(lines2.a).toMatch(/^a2 = ReLU\(z2\)/);
    const lines1 = layer1Lines(traceEn, view);
    expect(lines1.s.split(" + ")).toHaveLength(9);
    expect(`${lines2.s}${lines2.z}${lines1.s}`).not.toMatch(/NaN|Infinity/);
  });
});

describe("trace cursor in the URL", () => {
  it("writeTraceCursor then readTraceCursor gives the same cursor and keeps other keys", () => {
    const cursor: TraceCursor = {
      stage: "z2",
      map: 1,
      row: 7,
      col: 0,
      via: { channel: 1, i: 2, j: 0 },
    };
    const hash = writeTraceCursor("#sw.pos=2,3", cursor);
    expect(hash).toContain("sw.pos=2%2C3");
    expect(readTraceCursor(hash, SHAPE)).toEqual({ cursor, fellBack: false });
  });

  it("readTraceCursor falls back to the default for what it cannot read, and says so", () => {
    for (const bad of [
      "#tr.at=65,1",
      "#tr.at=0,1",
      "#tr.at=a,b",
      "#tr.of=s2",
      "#tr.via=5,1,1",
      "#tr.map=3",
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

describe("clampCursor", () => {
  it("clampCursor keeps a cursor that fits and moves one past a smaller (pooled) map inside it", () => {
    const cursor: TraceCursor = { ...defaultCursor(), row: 40, col: 5 };
    expect(clampCursor(cursor, SHAPE)).toEqual(cursor);
    const pooled = { ...SHAPE, rows: 32, cols: 32 };
    expect(clampCursor(cursor, pooled)).toMatchObject({ row: 31, col: 5 });
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
