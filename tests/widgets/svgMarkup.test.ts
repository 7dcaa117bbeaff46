import { describe, expect, test } from "vitest";
import {
  element,
  escapeXml,
  isPainted,
  parseLinearGradient,
  parseRepeatingGradient,
  parseShadowRings,
  wrapText,
} from "../../src/widgets/shared/svgMarkup";

describe("escapeXml", () => {
  test("escapes markup and drops characters XML forbids", () => {
    expect(escapeXml(`a < b & "c" > d\u0001`)).toBe("a &lt; b &amp; &quot;c&quot; &gt; d");
  });
  test("keeps Japanese text and astral characters", () => {
    expect(escapeXml("特徴マップ 𝑥")).toBe("特徴マップ 𝑥");
  });
});

describe("element", () => {
  test("writes attributes, rounds numbers, leaves out undefined ones", () => {
    expect(element("rect", { x: 1.23456, y: undefined, fill: "rgb(1, 2, 3)" })).toBe(
      '<rect x="1.23" fill="rgb(1, 2, 3)"/>',
    );
    expect(element("text", { x: 0 }, "Emboss")).toBe('<text x="0">Emboss</text>');
  });
});

describe("isPainted", () => {
  test("transparent colours paint nothing", () => {
    expect(isPainted("rgba(0, 0, 0, 0)")).toBe(false);
    expect(isPainted("transparent")).toBe(false);
    expect(isPainted("rgba(0, 0, 0, 0.2)")).toBe(true);
    expect(isPainted("rgb(255, 255, 255)")).toBe(true);
  });
});

describe("parseLinearGradient", () => {
  test("a computed legend gradient becomes stops along x", () => {
    expect(
      parseLinearGradient(
        "linear-gradient(to right, rgb(0, 0, 0) 0%, rgb(255, 0, 0) 50%, rgb(255, 255, 255) 100%)",
      ),
    ).toEqual({
      x1: 0,
      y1: 0,
      x2: 1,
      y2: 0,
      stops: [
        { offset: 0, colour: "rgb(0, 0, 0)" },
        { offset: 0.5, colour: "rgb(255, 0, 0)" },
        { offset: 1, colour: "rgb(255, 255, 255)" },
      ],
    });
  });
  test("angles and stops without positions", () => {
    const g = parseLinearGradient("linear-gradient(90deg, red, blue)");
    expect(g).toMatchObject({ x1: 0, x2: 1, y1: 0, y2: 0 });
    expect(g?.stops.map((s) => s.offset)).toEqual([0, 1]);
    expect(parseLinearGradient("linear-gradient(red, blue)")).toMatchObject({ y1: 0, y2: 1 });
  });
  test("anything else is not a gradient", () => {
    expect(parseLinearGradient("none")).toBeNull();
    expect(parseLinearGradient('url("a.png")')).toBeNull();
  });
});

describe("wrapText", () => {
  const measure = (s: string) => s.length;
  test("breaks at spaces within the width", () => {
    expect(wrapText("one two three four", 9, measure)).toEqual(["one two", "three", "four"]);
  });
  test("breaks a word longer than a line between characters, after what fits", () => {
    expect(wrapText("see http://example.org/a", 10, measure)).toEqual([
      "see http:/",
      "/example.o",
      "rg/a",
    ]);
  });
  test("breaks Japanese text, which has no spaces, between characters", () => {
    expect(wrapText("特徴マップとは何か", 4, measure)).toEqual(["特徴マッ", "プとは何", "か"]);
  });
});

describe("parseRepeatingGradient", () => {
  test("the hatching of cut cells: two colours repeating every 8 px at 45°", () => {
    expect(
      parseRepeatingGradient(
        "repeating-linear-gradient(45deg, rgb(255, 255, 255) 0px, rgb(255, 255, 255) 4px, rgb(0, 0, 0) 4px, rgb(0, 0, 0) 8px)",
      ),
    ).toEqual({
      angle: 45,
      period: 8,
      stops: [
        { offset: 0, colour: "rgb(255, 255, 255)" },
        { offset: 0.5, colour: "rgb(255, 255, 255)" },
        { offset: 0.5, colour: "rgb(0, 0, 0)" },
        { offset: 1, colour: "rgb(0, 0, 0)" },
      ],
    });
  });
  test("a colour with two positions is a stop at each", () => {
    expect(
      parseRepeatingGradient("repeating-linear-gradient(red 0px 4px, blue 4px 8px)")?.stops,
    ).toHaveLength(4);
  });
  test("stops without lengths cannot repeat", () => {
    expect(parseRepeatingGradient("repeating-linear-gradient(red, blue)")).toBeNull();
    expect(parseRepeatingGradient("linear-gradient(red, blue)")).toBeNull();
  });
});

describe("parseShadowRings", () => {
  test("spread-only shadows are rings; blurred or offset ones are left out", () => {
    expect(
      parseShadowRings(
        "rgb(255, 255, 255) 0px 0px 0px 4px, rgb(0, 0, 0) 0px 0px 0px 2px inset, rgba(0, 0, 0, 0.2) 0px 2px 6px 0px",
      ),
    ).toEqual([
      { colour: "rgb(255, 255, 255)", spread: 4, inset: false },
      { colour: "rgb(0, 0, 0)", spread: 2, inset: true },
    ]);
    expect(parseShadowRings("none")).toEqual([]);
  });
});
