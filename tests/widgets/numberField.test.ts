import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decimalKeypadLacksMinus, steppedText } from "../../src/widgets/shared/numberField";

describe("steppedText", () => {
  const range = { step: 0.1, min: -1, max: 1 };
  it.each([
    ["0.2", 1, "0.3"], // not 0.30000000000000004
    ["0.3", -1, "0.2"],
    ["0.5", 10, "1"], // clamped to max
    ["-0.95", -1, "-1"], // clamped to min
    ["-0.1", 1, "0"], // never "-0"
    ["\u22120.5", 1, "-0.4"],
    ["abc", 1, "0.1"], // unreadable text starts from 0, as a number field does
    ["", -10, "-1"],
  ])("steppedText(%j, %d) is %j", (text, steps, expected) => {
    expect(steppedText(text, steps, range)).toBe(expected);
  });

  it("steppedText is null when the value would not change at a bound", () => {
    expect(steppedText("1", 1, range)).toBeNull();
    expect(steppedText(" -1 ", -10, range)).toBeNull();
  });

  it("steppedText starts unreadable text from the nearest bound when 0 is out of range", () => {
    expect(steppedText("x", 1, { step: 1, min: 1, max: 80 })).toBe("1");
  });

  it("steppedText always gives a finite number within the range, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom(1, -1, 10, -10),
        fc.constantFrom(0.01, 0.05, 0.1, 1),
        (text, steps, step) => {
          const next = steppedText(text, steps, { step, min: -100, max: 100 });
          if (next === null) return;
          const value = Number(next);
          expect(Number.isFinite(value)).toBe(true);
          expect(Math.abs(value)).toBeLessThanOrEqual(100);
          expect(next).not.toMatch(/NaN|Infinity/);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("decimalKeypadLacksMinus", () => {
  const IPHONE =
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1";
  const IPAD =
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15";
  const ANDROID =
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36";
  const DESKTOP =
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36";

  it("is true on an iPhone, whose decimal keypad has digits and a point only", () => {
    expect(decimalKeypadLacksMinus(IPHONE)).toBe(true);
    expect(
      decimalKeypadLacksMinus(IPHONE.replace("iPhone; CPU iPhone", "iPod touch; CPU iPhone")),
    ).toBe(true);
  });

  it("is false on an iPad, on Android and on a desktop", () => {
    for (const agent of [IPAD, ANDROID, DESKTOP])
      expect(decimalKeypadLacksMinus(agent)).toBe(false);
  });
});
