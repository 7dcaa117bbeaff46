import { describe, expect, it } from "vitest";
import { KERNEL_PRESETS, conv2d, presetById, tensor } from "../../src/core/index";

describe("presets", () => {
  it("KERNEL_PRESETS has the ten kernels, each 3×3 with a name and a one-line note", () => {
    expect(KERNEL_PRESETS.map((p) => p.id)).toEqual([
      "identity",
      "box-blur",
      "gaussian-blur",
      "sharpen",
      "sobel-x",
      "sobel-y",
      "prewitt",
      "laplacian",
      "emboss",
      "outline",
    ]);
    for (const p of KERNEL_PRESETS) {
      expect(p.kernel).toHaveLength(9);
      expect(p.kernel.every(Number.isFinite)).toBe(true);
      expect(p.name.length).toBeGreaterThan(0);
      expect(p.note).toMatch(/^[A-Z].*\.$/);
      expect(p.note).not.toMatch(/\n/);
    }
  });

  it("KERNEL_PRESETS blurs sum to 1 and edge detectors to 0", () => {
    const sum = (id: string) => presetById(id)!.kernel.reduce((a, b) => a + b, 0);
    expect(sum("box-blur")).toBeCloseTo(1, 12);
    expect(sum("gaussian-blur")).toBe(1);
    expect(sum("sharpen")).toBe(1);
    for (const id of ["sobel-x", "sobel-y", "prewitt", "laplacian", "outline"]) {
      expect(sum(id)).toBe(0);
    }
  });

  it("presetById('sobel-x') is positive where the image brightens to the right", () => {
    // A dark-to-bright step from left to right: columns 0, 0, 1, 1.
    const x = tensor([1, 3, 4], [0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1]);
    const w = tensor([1, 1, 3, 3], presetById("sobel-x")!.kernel);
    expect(Array.from(conv2d(x, w).data)).toEqual([4, 4]);
  });

  it("presetById with an unknown id returns undefined", () => {
    expect(presetById("nope")).toBeUndefined();
  });

  it("KERNEL_PRESETS cannot be edited by accident", () => {
    const p = presetById("identity")!;
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.kernel)).toBe(true);
    expect(Object.isFrozen(KERNEL_PRESETS)).toBe(true);
  });
});
