import { describe, expect, it } from "vitest";
import { fromFloat16Bits, toFloat16Bits } from "../../../src/core/train/index";

describe("float16", () => {
  it("toFloat16Bits gives the IEEE half-precision bits of known values", () => {
    expect(toFloat16Bits(1)).toBe(0x3c00);
    expect(toFloat16Bits(-2)).toBe(0xc000);
    expect(toFloat16Bits(65504)).toBe(0x7bff);
    expect(toFloat16Bits(0.1)).toBe(0x2e66);
    expect(toFloat16Bits(2 ** -24)).toBe(0x0001);
    expect(toFloat16Bits(0)).toBe(0);
    expect(toFloat16Bits(1e6)).toBe(0x7c00);
  });

  it("fromFloat16Bits then toFloat16Bits returns every finite bit pattern unchanged", () => {
    const changed: number[] = [];
    for (let h = 0; h < 0x10000; h++) {
      if ((h & 0x7c00) === 0x7c00) continue; // Infinity and NaN
      if (toFloat16Bits(fromFloat16Bits(h)) !== h) changed.push(h);
    }
    expect(changed).toEqual([]);
  });

  it("toFloat16Bits rounds to the nearest half-precision value (relative error ≤ 2⁻¹¹)", () => {
    for (const v of [0.123456, -3.14159, 7.77e-3, 1234.5678, -0.000731]) {
      const back = fromFloat16Bits(toFloat16Bits(v));
      expect(Math.abs(back - v) / Math.abs(v)).toBeLessThanOrEqual(2 ** -11);
    }
  });

  it("toFloat16Bits rounds a tie to the even neighbour", () => {
    // 1 + 2⁻¹¹ lies halfway between 1 (0x3c00) and 1 + 2⁻¹⁰ (0x3c01).
    expect(toFloat16Bits(1 + 2 ** -11)).toBe(0x3c00);
    expect(toFloat16Bits(1 + 3 * 2 ** -11)).toBe(0x3c02);
  });
});
