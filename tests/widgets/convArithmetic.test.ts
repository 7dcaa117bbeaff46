import { describe, expect, it } from "vitest";
import katex from "katex";
import {
  DEFAULT_GEOMETRY,
  FORMULA_TEX,
  LIMITS,
  PRESETS,
  analyse,
  formulaNumbers,
  inputScene,
  outputScene,
  parseGeometryField,
  startsText,
  type Geometry,
  movedCell,
  nextCell,
  readCells,
} from "../../src/widgets/ConvArithmetic/model";
import { readGeometryState, writeGeometryState } from "../../src/widgets/ConvArithmetic/state";
import { explanation, numberRows, statusText } from "../../src/widgets/ConvArithmetic/text";
import { convArithmeticEn as labels } from "../../src/widgets/ConvArithmetic/labels";

/** The oracle: slide a window of the dilated span over the padded input and count the stops. */
function enumeratePositions({ n, k, s, p, d }: Geometry): { count: number; lastEnd: number } {
  const padded = n + 2 * p;
  let count = 0;
  let lastEnd = -1;
  for (let start = 0; ; start += s) {
    const taps = Array.from({ length: k }, (_, i) => start + i * d);
    if (taps[k - 1] >= padded) break;
    count++;
    lastEnd = taps[k - 1];
  }
  return { count, lastEnd };
}

const geometry = (n: number, k: number, s = 1, p = 0, d = 1): Geometry => ({ n, k, s, p, d });

describe("conv arithmetic model", () => {
  it("analyse gives as many output cells as there are window positions, for every small geometry", () => {
    let checked = 0;
    for (let n = 1; n <= 32; n++) {
      for (let k = 1; k <= 9; k++) {
        for (let s = 1; s <= 5; s++) {
          for (let p = 0; p <= 5; p++) {
            for (let d = 1; d <= 4; d++) {
              const g = geometry(n, k, s, p, d);
              const { count, lastEnd } = enumeratePositions(g);
              const a = analyse(g);
              if (count === 0) {
                expect(a.kind, JSON.stringify(g)).toBe("doesNotFit");
              } else {
                expect(a.kind === "doesNotFit" ? 0 : a.output, JSON.stringify(g)).toBe(count);
                const uncovered = n + 2 * p - 1 - lastEnd;
                expect(a.kind === "drops" ? a.remainder : 0, JSON.stringify(g)).toBe(uncovered);
              }
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBe(32 * 9 * 5 * 6 * 4);
  });

  it("analyse matches the enumeration for the large textbook inputs too", () => {
    for (const g of [geometry(227, 11, 4), geometry(224, 11, 4), geometry(256, 11, 5, 5, 4)]) {
      const a = analyse(g);
      expect(a.kind === "doesNotFit" ? 0 : a.output).toBe(enumeratePositions(g).count);
    }
  });

  it("analyse gives the textbook presets their published sizes", () => {
    const output = (id: string) => {
      const a = analyse(PRESETS.find((p) => p.id === id)!.geometry);
      return a.kind === "doesNotFit" ? null : { kind: a.kind, o: a.output };
    };
    expect(output("deshpande")).toEqual({ kind: "fits", o: 28 });
    expect(output("lenet")).toEqual({ kind: "fits", o: 28 });
    expect(output("same")).toEqual({ kind: "fits", o: 32 });
    expect(output("alexnet")).toEqual({ kind: "fits", o: 55 });
    expect(output("alexnetPrinted")).toEqual({ kind: "drops", o: 54 });
    expect(output("dilation")).toEqual({ kind: "fits", o: 5 });
  });

  it("analyse passes on the core's message when the kernel does not fit", () => {
    const a = analyse(geometry(5, 7));
    expect(a).toMatchObject({ kind: "doesNotFit", padded: 5, span: 7 });
    expect(a.kind === "doesNotFit" && a.message).toMatch(/larger than the padded input/);
    expect(explanation(labels, geometry(5, 7), a)[0]).toBe(
      "The 7×7 kernel does not fit in the 5×5 padded input.",
    );
    const dilated = geometry(5, 3, 1, 0, 3);
    expect(explanation(labels, dilated, analyse(dilated))[0]).toMatch(/dilation 3 spans 7×7/);
  });

  it("explanation of AlexNet as printed gives 54.25 and names CS231n's 227", () => {
    const g = PRESETS.find((p) => p.id === "alexnetPrinted")!.geometry;
    const text = explanation(labels, g, analyse(g)).join(" ");
    expect(text).toMatch(/\(224 − 11\) \/ 4 = 213 \/ 4 = 53\.25/);
    expect(text).toMatch(/would give 54\.25/);
    expect(text).toMatch(/the last row and column of the padded input are never covered/);
    expect(text).toMatch(/227/);
  });

  it("explanation of an uneven stride suggests the nearest input sizes that fit exactly", () => {
    const g = geometry(8, 3, 2, 0, 1); // (8 − 3)/2 = 2.5: windows at 0, 2, 4 end at 6; 7 is dropped
    const a = analyse(g);
    expect(a).toMatchObject({ kind: "drops", output: 3, remainder: 1 });
    const [, fix] = explanation(labels, g, a);
    expect(fix).toBe("With n = 9 (or n = 7) the windows would fit exactly.");
    for (const n of [7, 9]) expect(analyse({ ...g, n }).kind).toBe("fits");
  });

  it("formulaNumbers marks quotients with more than three decimals as approximate", () => {
    const g = geometry(4, 1, 3); // 3/3 = 1
    expect(formulaNumbers(g, analyse(g))).toMatchObject({ quotient: 1, approximate: false });
    const h = geometry(5, 1, 3); // 4/3
    expect(formulaNumbers(h, analyse(h))).toMatchObject({
      quotientText: "1.333",
      approximate: true,
      floor: 1,
      output: 2,
    });
  });

  it("FORMULA_TEX renders in KaTeX", () => {
    expect(() => katex.renderToString(FORMULA_TEX, { throwOnError: true })).not.toThrow();
  });

  it("inputScene puts k×k taps d apart and outlines the last window where the output ends", () => {
    const g = geometry(7, 3, 2, 1, 2);
    const a = analyse(g);
    const scene = inputScene(g, a);
    const taps = scene.rects.filter((r) => r.part === "tap");
    expect(taps).toHaveLength(9);
    expect(new Set(taps.map((t) => Math.floor(t.x)))).toEqual(new Set([0, 2, 4]));
    const last = scene.rects.find((r) => r.part === "last")!;
    expect(last.x + last.w).toBeLessThanOrEqual(a.padded);
    expect(outputScene(a)!.side).toBe(a.kind === "doesNotFit" ? 0 : a.output);
  });

  it("inputScene grows to hold a kernel that overhangs the input, and outputScene is empty", () => {
    const g = geometry(3, 5);
    const scene = inputScene(g, analyse(g));
    expect(scene.side).toBe(5);
    expect(outputScene(analyse(g))).toBeNull();
  });

  it("inputScene draws no cell borders once a side has too many cells to see them", () => {
    const small = geometry(7, 3);
    const large = geometry(227, 11, 4);
    expect(inputScene(small, analyse(small)).gridLines).not.toBe("");
    expect(inputScene(large, analyse(large)).gridLines).toBe("");
  });

  it("startsText lists the first window starts and the last one", () => {
    expect(startsText(4, 2)).toBe("0, 2, 4, 6");
    expect(startsText(55, 4)).toBe("0, 4, 8, …, 216");
  });

  it("parseGeometryField accepts whole numbers within a field's limits only", () => {
    expect(parseGeometryField("n", "227")).toEqual({ ok: true, value: 227 });
    expect(parseGeometryField("p", "0")).toEqual({ ok: true, value: 0 });
    expect(parseGeometryField("k", "2.5")).toEqual({ ok: false, error: "notWhole" });
    expect(parseGeometryField("s", "0")).toEqual({ ok: false, error: "outOfRange" });
    expect(parseGeometryField("d", String(LIMITS.d.max + 1))).toEqual({
      ok: false,
      error: "outOfRange",
    });
    expect(parseGeometryField("n", "")).toEqual({ ok: false, error: "empty" });
    expect(parseGeometryField("n", "seven")).toEqual({ ok: false, error: "notANumber" });
    expect(parseGeometryField("n", "1e400")).toEqual({ ok: false, error: "outOfRange" });
  });

  it("numberRows and statusText never show NaN or Infinity", () => {
    for (const g of [geometry(5, 7), geometry(224, 11, 4), geometry(1, 1)]) {
      const a = analyse(g);
      const text = [...numberRows(labels, g, a).flat(), statusText(labels, a)].join(" ");
      expect(text).not.toMatch(/NaN|Infinity|undefined|\{/);
    }
  });
});

describe("conv arithmetic URL state", () => {
  it("readGeometryState round-trips what writeGeometryState wrote, keeping other widgets' keys", () => {
    const g = geometry(224, 11, 4, 0, 1);
    const hash = writeGeometryState("#lens=karn&sw.pos=3", g);
    expect(hash).toMatch(/lens=karn/);
    expect(hash).toMatch(/sw\.pos=3/);
    expect(readGeometryState(hash)).toEqual({ geometry: g, fellBack: false });
  });

  it("readGeometryState without its keys gives the defaults without a notice", () => {
    expect(readGeometryState("#lens=karn")).toEqual({
      geometry: DEFAULT_GEOMETRY,
      fellBack: false,
    });
    expect(readGeometryState("")).toEqual({ geometry: DEFAULT_GEOMETRY, fellBack: false });
  });

  it("readGeometryState falls back to the defaults, visibly, for any foreign value", () => {
    for (const hash of [
      "#ca.n=0",
      "#ca.k=2.5",
      "#ca.s=abc",
      "#ca.d=%E0%A4",
      "#ca.p=99",
      "#ca.x=1",
    ]) {
      expect(readGeometryState(hash).fellBack, hash).toBe(true);
      expect(readGeometryState(hash).geometry).toEqual(DEFAULT_GEOMETRY);
    }
  });

  it("readGeometryState takes the defaults for keys left out", () => {
    expect(readGeometryState("#ca.n=12").geometry).toEqual({ ...DEFAULT_GEOMETRY, n: 12 });
  });
});

describe("the window an output cell reads", () => {
  const g = { n: 7, k: 3, s: 2, p: 1, d: 2 };

  it("starts s cells further per output step, with taps d cells apart", () => {
    const cells = readCells(g, { row: 1, col: 2 });
    expect(cells.map((c) => [c.x, c.y])).toEqual([
      [4, 2],
      [6, 2],
      [8, 2],
      [4, 4],
      [6, 4],
      [8, 4],
      [4, 6],
      [6, 6],
      [8, 6],
    ]);
    // The padded input is 9 wide: column 8 is the ring of zeros, columns 1 to 7 the input.
    expect(cells.filter((c) => c.padding).map((c) => c.x)).toEqual([8, 8, 8]);
    expect(readCells(g, { row: 0, col: 0 }).filter((c) => c.padding)).toHaveLength(5);
  });

  it("moves by arrow keys within the output, and Home and End jump to its corners", () => {
    const at = { row: 0, col: 2 };
    expect(movedCell(at, "ArrowRight", 3)).toEqual({ row: 0, col: 2 });
    expect(movedCell(at, "ArrowLeft", 3)).toEqual({ row: 0, col: 1 });
    expect(movedCell(at, "ArrowUp", 3)).toEqual({ row: 0, col: 2 });
    expect(movedCell(at, "ArrowDown", 3)).toEqual({ row: 1, col: 2 });
    expect(movedCell(at, "End", 3)).toEqual({ row: 2, col: 2 });
    expect(movedCell(at, "Home", 3)).toEqual({ row: 0, col: 0 });
    expect(movedCell(at, "a", 3)).toBeNull();
  });

  it("sweeps in reading order and stops after the last cell", () => {
    expect(nextCell({ row: 0, col: 1 }, 3)).toEqual({ row: 0, col: 2 });
    expect(nextCell({ row: 0, col: 2 }, 3)).toEqual({ row: 1, col: 0 });
    expect(nextCell({ row: 2, col: 2 }, 3)).toBeNull();
  });
});
