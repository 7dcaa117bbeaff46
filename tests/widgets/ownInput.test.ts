import { describe, expect, it } from "vitest";
import {
  MAX_FILE_BYTES,
  centreSquare,
  checkDecodedSize,
  checkImageFile,
  paintDisc,
  rgbaToGrey,
} from "../../src/widgets/ownInput";

describe("checkImageFile", () => {
  it.each([
    [{ size: 0, type: "image/png", name: "a.png" }, "empty"],
    [{ size: 10, type: "image/svg+xml", name: "a.svg" }, "svg"],
    [{ size: 10, type: "", name: "evil.SVG" }, "svg"],
    [{ size: 10, type: "text/plain", name: "notes.txt" }, "notAnImage"],
    [{ size: 10, type: "application/pdf", name: "a.pdf" }, "notAnImage"],
    [{ size: MAX_FILE_BYTES + 1, type: "image/jpeg", name: "big.jpg" }, "tooLarge"],
    [{ size: 2000, type: "image/jpeg", name: "cat.jpg" }, null],
    [{ size: 2000, type: "", name: "unknown-type" }, null],
  ])("checkImageFile(%j) answers %s", (file, problem) => {
    expect(checkImageFile(file)).toBe(problem);
  });
});

describe("checkDecodedSize", () => {
  it("checkDecodedSize refuses a 50-megapixel image and accepts a phone photo", () => {
    expect(checkDecodedSize(10_000, 5_000)).toBe("tooManyPixels");
    expect(checkDecodedSize(4032, 3024)).toBeNull();
    expect(checkDecodedSize(0, 10)).toBe("notAnImage");
  });
});

describe("centreSquare", () => {
  it("centreSquare takes the largest centred square", () => {
    expect(centreSquare(600, 400)).toEqual([100, 0, 400]);
    expect(centreSquare(300, 451)).toEqual([0, 75, 300]);
  });
});

describe("rgbaToGrey", () => {
  it("rgbaToGrey maps white to 1, black to 0 and pure green brighter than pure blue", () => {
    const grey = rgbaToGrey([255, 255, 255, 255, 0, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 0]);
    expect(grey[0]).toBeCloseTo(1, 6);
    expect(grey[1]).toBe(0);
    expect(grey[2]).toBeGreaterThan(grey[3]);
  });
});

describe("paintDisc", () => {
  it("paintDisc paints exactly the cells within the radius and reports a change", () => {
    const values = new Float32Array(25);
    expect(paintDisc(values, 5, 2, 2, 1, 1)).toBe(true);
    const painted = [...values].flatMap((v, i) => (v === 1 ? [i] : []));
    expect(painted).toEqual([7, 11, 12, 13, 17]);
    expect(paintDisc(values, 5, 2, 2, 1, 1)).toBe(false);
  });

  it("paintDisc clips at the edges", () => {
    const values = new Float32Array(9);
    paintDisc(values, 3, 0, 0, 1, 1);
    expect([...values]).toEqual([1, 1, 0, 1, 0, 0, 0, 0, 0]);
  });
});
