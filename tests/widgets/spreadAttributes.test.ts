import { describe, expect, it } from "vitest";
import { passThrough } from "../../src/widgets/shared/spreadAttributes";

describe("passThrough", () => {
  it("gives a bare data attribute its empty value, so Astro renders it bare", () => {
    expect(passThrough({ "data-bias": true, "data-astro-cid-abc": true })).toEqual({
      "data-bias": "",
      "data-astro-cid-abc": "",
    });
  });

  it("leaves other values and other attributes as they are", () => {
    const attributes = {
      "data-cell": 3,
      "data-off": false,
      "aria-hidden": true,
      hidden: true,
      value: "0.5",
      "aria-label": "Bias b1",
    };
    expect(passThrough(attributes)).toEqual(attributes);
  });
});
