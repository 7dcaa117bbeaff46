import { describe, expect, it } from "vitest";
import { KERNEL_PRESETS, activationFn, conv2d, createRandom, tensor } from "../../src/core";
import { formatNumber } from "../../src/viz/format";
import {
  INPUT_SIZE,
  PADDINGS,
  SLIDING_INPUTS,
  announcement,
  computeMaps,
  filledUpTo,
  greyValues,
  ownValues,
  parseGrey,
  inputValues,
  movePosition,
  paddedInput,
  positionArithmetic,
  slidingFrame,
  type SlidingConfig,
} from "../../src/widgets/SlidingWindow/model";
import {
  decodeGrey,
  defaultSlidingState,
  encodeGrey,
  outputSide,
  readSlidingState,
  writeSlidingState,
} from "../../src/widgets/SlidingWindow/state";
import { slidingWindowEn } from "../../src/widgets/SlidingWindow/labels";

/** Presets plus seeded random kernels with two decimals, each with a bias. */
function kernels(): { kernel: number[]; bias: number }[] {
  const random = createRandom(7);
  const rounded = () => Math.round(random.uniform(-3, 3) * 100) / 100;
  return [
    ...KERNEL_PRESETS.map((p) => ({ kernel: [...p.kernel], bias: -0.1 })),
    ...Array.from({ length: 5 }, () => ({
      kernel: Array.from({ length: 9 }, rounded),
      bias: rounded(),
    })),
  ];
}

/** The convolution at one output position by explicit loops, zero outside the input. */
function explicitSum(x: Float32Array, kernel: number[], pad: number, row: number, col: number) {
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      const r = row + i - pad;
      const c = col + j - pad;
      if (r >= 0 && c >= 0 && r < INPUT_SIZE && c < INPUT_SIZE) {
        sum += kernel[i * 3 + j] * x[r * INPUT_SIZE + c];
      }
    }
  }
  return sum;
}

describe("sliding window arithmetic", () => {
  it("positionArithmetic's written products sum to the core's conv2d output at every position", () => {
    const relu = activationFn({ name: "relu" });
    let positions = 0;
    for (const input of SLIDING_INPUTS) {
      const x = inputValues(input.id);
      for (const padding of PADDINGS) {
        for (const { kernel, bias } of kernels()) {
          const config: SlidingConfig = {
            input: input.id,
            values: null,
            preset: null,
            kernel,
            bias,
            padding,
          };
          const maps = computeMaps(config);
          const pad = padding === "same" ? 1 : 0;
          const core = conv2d(tensor([1, 8, 8], x), tensor([1, 1, 3, 3], kernel), [bias], {
            padding,
          });
          expect([maps.rows, maps.cols]).toEqual([outputSide(padding), outputSide(padding)]);
          for (let row = 0; row < maps.rows; row++) {
            for (let col = 0; col < maps.cols; col++) {
              const arith = positionArithmetic(maps, config, row, col);
              const written = arith.terms.reduce((s, t) => s + t.product, 0);
              const expected = explicitSum(x, kernel, pad, row, col);
              expect(written).toBeCloseTo(expected, 5);
              expect(arith.s).toBeCloseTo(expected, 5);
              expect(arith.z).toBeCloseTo(core.data[row * maps.cols + col], 5);
              expect(arith.z).toBeCloseTo(expected + bias, 5);
              expect(arith.a).toBe(Math.fround(relu(arith.z)));
              positions++;
            }
          }
        }
      }
    }
    expect(positions).toBe(2 * 15 * (36 + 64));
  });

  it("arithmeticLines writes each of the nine products and the core's sum, bias and ReLU", () => {
    const { config, position } = defaultSlidingState();
    const frame = slidingFrame(config, position, slidingWindowEn);
    const { s, z, a } = frame.lines;
    const terms = s.slice(s.indexOf("=") + 1, s.lastIndexOf("=")).split(" + ");
    expect(terms).toHaveLength(9);
    terms.forEach((text, i) => {
      const { weight, value } = frame.arith.terms[i];
      const w = formatNumber(weight);
      expect(text.trim()).toBe(`${weight < 0 ? `(${w})` : w}(${formatNumber(value)})`);
    });
    expect(s.endsWith(`= ${formatNumber(frame.arith.s)}`)).toBe(true);
    expect(z).toContain(`= ${formatNumber(frame.arith.z)}`);
    expect(a).toBe(
      `a1 = ReLU(z1) = max(0, ${formatNumber(frame.arith.z)}) = ${formatNumber(frame.arith.a)}`,
    );
    const spoken = announcement(slidingWindowEn, frame.arith);
    expect(spoken).toMatch(/^z1 at row 3, column 4 = /);
    expect(spoken).toContain(`ReLU gives ${formatNumber(frame.arith.a)}`);
  });

  it("windowTerms reads zeros on the padding ring, and paddedInput draws them", () => {
    const config: SlidingConfig = { ...defaultSlidingState().config, padding: "same" };
    const maps = computeMaps(config);
    const corner = positionArithmetic(maps, config, 0, 0);
    expect(corner.terms.filter((t) => t.padding)).toHaveLength(5);
    corner.terms.filter((t) => t.padding).forEach((t) => expect(t.value).toBe(0));
    const drawn = paddedInput(maps);
    expect(drawn).toHaveLength(100);
    expect(drawn.slice(0, 10).every((v) => v === 0)).toBe(true);
    expect(drawn[11]).toBe(maps.x.data[0]);
  });

  it("inputValues crops 8×8 grey values rounded to two decimals", () => {
    for (const input of SLIDING_INPUTS) {
      const x = inputValues(input.id);
      expect(x).toHaveLength(64);
      for (const v of x) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
        expect(Math.abs(v * 100 - Math.round(v * 100))).toBeLessThan(1e-4);
      }
    }
    expect(() => inputValues("nope")).toThrow(RangeError);
  });

  it("filledUpTo leaves the positions after the window empty", () => {
    expect(filledUpTo(Float32Array.from([1, 2, 3]), 1)).toEqual([1, 2, null]);
  });
});

describe("movePosition", () => {
  it("movePosition follows the scan order left and right, stays in the column up and down", () => {
    expect(movePosition(5, "ArrowRight", 6, 6)).toBe(6);
    expect(movePosition(6, "ArrowLeft", 6, 6)).toBe(5);
    expect(movePosition(0, "previous", 6, 6)).toBe(0);
    expect(movePosition(35, "next", 6, 6)).toBe(35);
    expect(movePosition(3, "ArrowUp", 6, 6)).toBe(3);
    expect(movePosition(3, "ArrowDown", 6, 6)).toBe(9);
    expect(movePosition(33, "ArrowDown", 6, 6)).toBe(33);
    expect(movePosition(20, "Home", 6, 6)).toBe(0);
    expect(movePosition(20, "End", 6, 6)).toBe(35);
  });
});

describe("sliding window state in the URL", () => {
  it("writeSlidingState then readSlidingState restores every setting and keeps other keys", () => {
    const state = {
      config: {
        input: "corner" as const,
        values: Array.from({ length: 64 }, (_, i) => ((i * 37) % 101) / 100),
        preset: null,
        kernel: [1, -2.5, 0, 0, 0.25, 0, 0, 0, -1],
        bias: 0.3,
        padding: "same" as const,
      },
      position: 63,
      speed: "fast" as const,
    };
    const hash = writeSlidingState("#tr.at=1,1", state);
    expect(hash).toContain("tr.at=");
    expect(hash).toContain("sw.speed=fast");
    expect(readSlidingState(hash)).toEqual({ state, fellBack: false });
    const preset = { ...defaultSlidingState(), position: 0 };
    preset.config.preset = "laplacian";
    preset.config.kernel = [0, 1, 0, 1, -4, 1, 0, 1, 0];
    expect(writeSlidingState("", preset)).toContain("sw.k=laplacian");
    expect(writeSlidingState("", preset), "the normal speed is left out").not.toContain("speed");
    expect(readSlidingState(writeSlidingState("", preset)).state).toEqual(preset);
  });

  it("readSlidingState keeps defaults for unreadable keys and reports it", () => {
    const fallback = defaultSlidingState();
    for (const bad of [
      "#sw.in=moon",
      "#sw.k=1,2,3",
      "#sw.k=1,2,3,4,5,6,7,8,x",
      "#sw.b=1e999",
      "#sw.pad=2",
      "#sw.pos=7,7",
      "#sw.pos=0,1",
      "#sw.speed=warp",
      "#sw.speed=constructor",
      // 75 digits, but the first value's seven bits are 127 hundredths.
      `#sw.x=${"_".repeat(75)}`,
      `#sw.x=${"A".repeat(74)}`,
      `#sw.x=${"A".repeat(74)}B`,
      `#sw.x=${"A".repeat(74)}+`,
    ]) {
      const read = readSlidingState(bad);
      expect(read.fellBack, bad).toBe(true);
      expect(read.state).toEqual(fallback);
    }
    // 7,7 exists once padding makes the output 8×8.
    expect(readSlidingState("#sw.pad=same&sw.pos=7,7").state.position).toBe(6 * 8 + 6);
    expect(readSlidingState("#intro")).toEqual({ state: fallback, fellBack: false });
  });
});

describe("the reader's own input", () => {
  it("computeMaps reads the reader's values instead of the crop", () => {
    const values = Array.from({ length: 64 }, (_, i) => (i % 8 === 3 ? 1 : 0));
    const config: SlidingConfig = { ...defaultSlidingState().config, values };
    const maps = computeMaps(config);
    expect(Array.from(maps.x.data)).toEqual(values);
    const kernel = config.kernel;
    for (let row = 0; row < maps.rows; row++) {
      for (let col = 0; col < maps.cols; col++) {
        const expected = explicitSum(Float32Array.from(values), kernel, 0, row, col);
        expect(maps.s.data[row * maps.cols + col]).toBeCloseTo(expected, 5);
      }
    }
  });

  it("greyValues gives the crop in plain hundredths; ownValues is null when nothing changed", () => {
    const crop = greyValues({ input: "eye", values: null });
    expect(crop).toHaveLength(64);
    crop.forEach((v, i) => {
      expect(String(v)).toMatch(/^(0|1|0\.\d\d?)$/);
      expect(v).toBeCloseTo(inputValues("eye")[i], 6);
    });
    expect(ownValues("eye", crop)).toBeNull();
    const edited = [...crop];
    edited[9] = crop[9] === 1 ? 0 : 1;
    expect(ownValues("eye", edited)).toEqual(edited);
    expect(ownValues("corner", crop), "the eye's values are not the corner's").toEqual(crop);
  });

  it("parseGrey takes 0 to 1 in hundredths and refuses the rest with the fields' codes", () => {
    expect(parseGrey("0.5")).toEqual({ ok: true, value: 0.5 });
    expect(parseGrey("１")).toEqual({ ok: true, value: 1 });
    expect(parseGrey("0.333")).toEqual({ ok: true, value: 0.33 });
    expect(parseGrey("-0")).toEqual({ ok: true, value: 0 });
    expect(parseGrey("-0.2")).toEqual({ ok: false, error: "outOfRange" });
    expect(parseGrey("1.01")).toEqual({ ok: false, error: "outOfRange" });
    expect(parseGrey("0,5")).toEqual({ ok: false, error: "decimalComma" });
    expect(parseGrey("")).toEqual({ ok: false, error: "empty" });
    expect(parseGrey("x")).toEqual({ ok: false, error: "notANumber" });
  });

  it("encodeGrey packs 64 hundredths into 75 URL-safe characters that decodeGrey reads back", () => {
    const random = createRandom(3);
    const inputs = [
      Array.from({ length: 64 }, () => 0),
      Array.from({ length: 64 }, () => 1),
      greyValues({ input: "corner", values: null }),
      Array.from({ length: 64 }, () => Math.round(random.uniform(0, 1) * 100) / 100),
    ];
    for (const values of inputs) {
      const text = encodeGrey(values);
      expect(text).toMatch(/^[A-Za-z0-9_-]{75}$/);
      expect(encodeURIComponent(text)).toBe(text);
      expect(decodeGrey(text)).toEqual(values);
    }
    expect(encodeGrey(inputs[0])).toBe("A".repeat(75));
    // 1 is 100 hundredths, 1100100 in seven bits: the first twelve bits, 110010 011001, are y Z.
    expect(encodeGrey(inputs[1]).slice(0, 2)).toBe("yZ");
  });

  it("a drawn input round-trips through the URL with the other settings, and is left out when not drawn", () => {
    const state = defaultSlidingState();
    expect(writeSlidingState("", state)).not.toContain("sw.x");
    state.config.values = Array.from({ length: 64 }, (_, i) => (i < 32 ? 0.25 : 0.9));
    const hash = writeSlidingState("#pe.x=1", state);
    expect(hash).toMatch(/sw\.x=[A-Za-z0-9_-]{75}(&|$)/);
    expect(readSlidingState(hash)).toEqual({ state, fellBack: false });
  });
});
