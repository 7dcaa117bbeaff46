import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FIELD_LIMIT, fillLabel, parseFieldNumber } from "../../src/widgets/parseNumber";

describe("parseFieldNumber", () => {
  it.each([
    ["1.5", 1.5],
    ["-2", -2],
    [" .5 ", 0.5],
    ["1e-2", 0.01],
    ["\u22123", -3],
    ["-0", 0],
    ["  2  ", 2],
    ["\u30002\u3000", 2], // ideographic spaces
    ["\uff11\uff12", 12], // full-width digits
    ["\uff0d\uff10\uff0e\uff15", -0.5], // full-width minus and full stop
    ["\u30fc\uff13", -3], // ー, typed by a Japanese input method for the minus key
    ["\uff10\u3002\uff15", 0.5], // 。 as the decimal point
    ["\u20132", -2], // en dash, as a word processor turns "-2"
  ])("parseFieldNumber(%j) reads %d", (text, value) => {
    expect(parseFieldNumber(text)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["-", "notANumber"],
    ["abc", "notANumber"],
    ["1,5", "decimalComma"],
    ["-0,25", "decimalComma"],
    ["\uff10\uff0c\uff15", "decimalComma"],
    ["1,2,3", "notANumber"],
    [",", "notANumber"],
    ["\u2212", "notANumber"],
    ["- 2", "notANumber"],
    ["\uff11\uff12\uff41", "notANumber"],
    ["1\n2", "notANumber"],
    ["NaN", "notANumber"],
    ["Infinity", "notANumber"],
    ["1e999", "outOfRange"],
    ["-1e999", "outOfRange"],
    ["\uff11\uff10\uff11", "outOfRange"],
    ["101", "outOfRange"],
  ])("parseFieldNumber(%j) refuses it as %s", (text, error) => {
    expect(parseFieldNumber(text)).toEqual({ ok: false, error });
  });

  it("parseFieldNumber never returns a non-finite or out-of-range value for any string", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseFieldNumber(text);
        if (parsed.ok) {
          expect(Number.isFinite(parsed.value)).toBe(true);
          expect(Math.abs(parsed.value)).toBeLessThanOrEqual(FIELD_LIMIT);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("fillLabel", () => {
  it("fillLabel replaces known placeholders and leaves unknown ones visible", () => {
    expect(fillLabel("Conv1 filter {k}, row {r}, column {c}", { k: 1, r: 2, c: 3 })).toBe(
      "Conv1 filter 1, row 2, column 3",
    );
    expect(fillLabel("{a} {missing}", { a: "x" })).toBe("x {missing}");
  });
});
